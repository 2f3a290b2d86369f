/**
 * What decides whether a besluit is built again: its templates, resolved the
 * one way (raadsstuk's own, the organisation's overrides, `--templates`), and
 * the key its outputs were made from.
 */
import {createHash} from 'node:crypto'
import {readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {
  createTemplateResolver,
  templateFolders,
  type ResolvedTemplates,
} from '../io/templates.js'
import type {Stamp} from '../io/stamp.js'
import type {Renderer, TemplateSet} from '../render/templates.js'
import type {BesluitSource} from '../compile.js'
import type {Options} from './build.js'

/** The templates of a besluit as a build uses them. */
export interface BuildTemplates {
  readonly resolved: ResolvedTemplates
  /** What the besluit's outputs depend on of its templates. */
  readonly key: string
  /** `undefined` for `check`, or when an override has an error. */
  readonly renderer: Renderer | undefined
}

/**
 * The templates of each besluit, resolved the one way (raadsstuk's own, the
 * organisation's overrides, `--templates`). `check` reads only overrides.
 */
export async function createTemplates(
  options: Pick<Options, 'templatesDir' | 'checkOnly'>,
): Promise<
  (source: BesluitSource | undefined) => Promise<BuildTemplates | undefined>
> {
  const resolve = createTemplateResolver({templatesDir: options.templatesDir})
  const version = await readVersion()
  // Handlebars is loaded only to render, not for `check`.
  const render = options.checkOnly
    ? undefined
    : await import('../render/templates.js')
  const keys = new WeakMap<TemplateSet, string>()
  return async (source) => {
    if (options.checkOnly && templateFolders(source, options).length === 0)
      return undefined
    const resolved = await resolve(source)
    let key = keys.get(resolved.templates)
    if (key === undefined) {
      key = hash([version, JSON.stringify(resolved.templates)])
      keys.set(resolved.templates, key)
    }
    return {
      resolved,
      key,
      renderer:
        render && !resolved.failed
          ? render.createRenderer(resolved.templates)
          : undefined,
    }
  }
}

/** Whether the outputs in `folder` were made from the same key, with PDFs where they are wanted. */
export async function isCurrent(
  folder: string,
  stamp: Stamp | undefined,
  key: string,
  wantPdf: boolean,
): Promise<boolean> {
  if (stamp?.key !== key) return false
  if (wantPdf && !stamp.outputs.some((name) => name.endsWith('.pdf')))
    return false
  const present = await Promise.all(
    stamp.outputs.map((name) =>
      stat(join(folder, name)).then(
        () => true,
        () => false,
      ),
    ),
  )
  return present.every(Boolean)
}

export function hash(parts: readonly string[]): string {
  const digest = createHash('sha256')
  for (const part of parts) digest.update(part).update('\0')
  return digest.digest('hex')
}

async function readVersion(): Promise<string> {
  const pkg = JSON.parse(
    await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as {version: string}
  return pkg.version
}
