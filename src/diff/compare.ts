/**
 * `raadsstuk diff`: load two versions, compile both in memory, compare each
 * besluit, and make redlines. I/O at the edges only (versions and templates).
 */
import {diffBesluit, type BesluitDiff} from './diff.js'
import {summarizeDiff} from './format.js'
import {createTemplateResolver} from '../io/templates.js'
import {compileBesluit, type BesluitResult} from '../compile.js'
import {renderRedline} from './redline.js'
import {createRenderer} from '../render/templates.js'
import {loadVersion} from '../io/versions.js'
import {defaultRegistry} from '../render/document-types.js'
import type {Registry} from '../render/registry.js'

/** Options of {@link compareVersions}. */
export interface Options {
  /** Folder with besluiten (default: `content`). */
  readonly contentDir?: string
  /** Only these besluiten, by folder name (default: all). */
  readonly besluiten?: readonly string[]
  /** Paths in messages are relative to this folder (default: none). */
  readonly cwd?: string
  /** Folder with templates (default: raadsstuk's own). */
  readonly templatesDir?: string
  /** The document types (default: `defaultDocumentTypes`, the collegevoorstel, raadsinformatiebrief, raadsvoorstel and raadsbesluit). */
  readonly registry?: Registry
}

/** The diffs, with redline pages by besluit and document type. */
export interface Comparison {
  readonly labels: {readonly from: string; readonly to: string}
  readonly diffs: readonly BesluitDiff[]
  /** `<besluit>/<document type>` → HTML page. */
  readonly redlines: ReadonlyMap<string, string>
}

/** Compare version `from` with `to` (default: the working tree). */
export async function compareVersions(
  from: string,
  to: string | undefined,
  options: Options = {},
): Promise<Comparison> {
  const contentDir = options.contentDir ?? 'content'
  const [before, after] = await Promise.all([
    loadVersion(from, contentDir),
    loadVersion(to, contentDir),
  ])
  const registry = options.registry ?? defaultRegistry
  // Each besluit with its organisation's templates, as every command finds them.
  const templatesFor = createTemplateResolver({
    templatesDir: options.templatesDir,
  })
  const compile = async (sources: typeof before.besluiten) =>
    new Map<string, BesluitResult>(
      await Promise.all(
        sources.map(
          async (source) =>
            [
              source.name,
              compileBesluit(
                source,
                createRenderer((await templatesFor(source)).templates),
                {registry},
              ),
            ] as const,
        ),
      ),
    )
  const [old, now] = [
    await compile(before.besluiten),
    await compile(after.besluiten),
  ]
  const names = [...new Set([...old.keys(), ...now.keys()])]
    .filter(
      (name) =>
        !options.besluiten ||
        options.besluiten.length === 0 ||
        options.besluiten.includes(name),
    )
    .sort()
  const unknown = (options.besluiten ?? []).filter(
    (name) => !old.has(name) && !now.has(name),
  )
  if (unknown.length > 0)
    throw new Error(
      'besluit `' + unknown.join('`, `') + '` staat in geen van beide versies',
    )
  const labels = {from: before.label, to: after.label}
  const diffs = names.map((name) =>
    diffBesluit(name, old.get(name), now.get(name), options.cwd),
  )
  const redlines = new Map<string, string>()
  for (const diff of diffs) {
    for (const type of registry.types) {
      const html = (result: BesluitResult | undefined) =>
        result?.documents.find((document) => document.type === type.id)?.html
      const [a, b] = [html(old.get(diff.name)), html(now.get(diff.name))]
      if (a === undefined && b === undefined) continue
      redlines.set(
        diff.name + '/' + type.id,
        renderRedline({
          title: 'Wijzigingen in ' + type.withArticle + ': ' + diff.name,
          summary: summarizeDiff([diff], labels, {registry}),
          from: a,
          to: b,
          labels,
        }),
      )
    }
  }
  return {labels, diffs, redlines}
}
