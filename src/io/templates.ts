/**
 * The one way every command finds its templates: raadsstuk's own, with
 * single files overridden by the organisation's `templates/` folder (beside
 * its `organisatie.yaml`) and then by `--templates`. A layout, a partial
 * (`partials/<naam>.hbs`) or `style.css` of the same name replaces the
 * default; everything else stays. An override that does not compile is an
 * error at its file and line.
 */
import {readdir, readFile} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import {VFile} from 'vfile'
import {report} from '../messages/problem.js'
import {suggest} from '../messages/suggest.js'
import {kindDefaults} from '../check/organisatie-soorten.js'
import type {BesluitSource} from '../compile.js'
import type {TemplateSet} from '../render/templates.js'
import {
  defaultTemplatesDir,
  loadFontCss,
  loadTemplates,
} from './template-files.js'

/** The name of an organisation's folder of template overrides. */
export const templatesFolderName = 'templates'

/** A template set for a besluit, with the override files that have problems. */
export interface ResolvedTemplates {
  readonly templates: TemplateSet
  /** The override files with a message (an error or a warning). */
  readonly files: readonly VFile[]
  /** Whether an override has an error: then nothing is rendered with it. */
  readonly failed: boolean
}

/** Options of {@link createTemplateResolver}. */
export interface Options {
  /** A folder of overrides over everyone's, `--templates` (default: none). */
  readonly templatesDir?: string | undefined
}

/** Finds the templates of a besluit; `undefined` resolves those of no organisation (the site). */
export type TemplateResolver = (
  source: BesluitSource | undefined,
) => Promise<ResolvedTemplates>

/** The override folders of a besluit, in the order they apply. */
export function templateFolders(
  source: BesluitSource | undefined,
  options: Options = {},
): string[] {
  const folders: string[] = []
  const organisatie = source?.organisatie?.file.path
  if (organisatie) folders.push(join(dirname(organisatie), templatesFolderName))
  if (options.templatesDir) folders.push(resolve(options.templatesDir))
  return folders
}

/** A resolver that reads and checks each folder's overrides once. */
export function createTemplateResolver(
  options: Options = {},
): TemplateResolver {
  let defaults: Promise<TemplateSet> | undefined
  const folders = new Map<string, Promise<FolderOverrides>>()
  const known = new Map<string, Promise<ResolvedTemplates>>()
  return (source) => {
    const list = templateFolders(source, options)
    const key = JSON.stringify(list)
    let resolved = known.get(key)
    if (!resolved) {
      const base = (defaults ??= loadTemplates(defaultTemplatesDir))
      resolved = base.then(async (set) => {
        const overrides = await Promise.all(
          list.map((folder) => {
            let read = folders.get(folder)
            if (!read) folders.set(folder, (read = readOverrides(set, folder)))
            return read
          }),
        )
        return applyOverrides(set, overrides)
      })
      known.set(key, resolved)
    }
    return resolved
  }
}

/** The usable overrides of one folder, and its files with a message. */
interface FolderOverrides {
  readonly layouts: Readonly<Record<string, string>>
  readonly partials: Readonly<Record<string, string>>
  readonly style: string | undefined
  readonly files: readonly VFile[]
  readonly failed: boolean
}

function applyOverrides(
  base: TemplateSet,
  overrides: readonly FolderOverrides[],
): Promise<ResolvedTemplates> | ResolvedTemplates {
  const layouts = {...base.layouts}
  const partials = {...base.partials}
  let style: string | undefined
  for (const folder of overrides) {
    Object.assign(layouts, folder.layouts)
    Object.assign(partials, folder.partials)
    style = folder.style ?? style
  }
  const result = (css: string): ResolvedTemplates => ({
    templates: {layouts, partials, css},
    files: overrides.flatMap((folder) => folder.files),
    failed: overrides.some((folder) => folder.failed),
  })
  if (style === undefined) return result(base.css)
  const own = style
  return loadFontCss().then((fonts) => result(fonts + '\n' + own))
}

async function readOverrides(
  base: TemplateSet,
  folder: string,
): Promise<FolderOverrides> {
  const found = {
    layout: {} as Record<string, string>,
    partial: {} as Record<string, string>,
  }
  const files: VFile[] = []
  let failed = false
  for (const [kind, names] of [
    ['layout', await hbsNames(folder)],
    ['partial', await hbsNames(join(folder, 'partials'))],
  ] as const) {
    const defaults = kind === 'layout' ? base.layouts : base.partials
    for (const name of names) {
      const path = join(folder, kind === 'layout' ? '' : 'partials', name)
      const file = new VFile({path, value: await readFile(path, 'utf8')})
      const id = name.slice(0, -4)
      // A new name may serve a document type of one's own; one close to a
      // default name is a typo that would leave the default in place.
      const meant =
        id in defaults
          ? undefined
          : (typeIdOfFileName(id) ?? suggest(id, Object.keys(defaults)))
      if (meant) {
        report(file, 'raadsstuk heeft geen ' + kind + ' `' + name + '`', {
          ruleId: 'template-unknown',
          hint:
            'bedoelde u `' +
            meant +
            '.hbs`? Een template heet naar het documenttype, ook bij een provincie of waterschap (`raadsvoorstel.hbs` voor het statenvoorstel)',
          warning: true,
        })
        files.push(file)
      } else if (await checkTemplate(file, name)) {
        found[kind][id] = String(file.value)
      } else {
        failed = true
        files.push(file)
      }
    }
  }
  const style = await readFile(join(folder, 'style.css'), 'utf8').catch(
    () => undefined,
  )
  return {layouts: found.layout, partials: found.partial, style, files, failed}
}

/** Whether a template compiles; reports where it does not. */
async function checkTemplate(file: VFile, name: string): Promise<boolean> {
  // Handlebars is loaded only when there is an override to check.
  const {findTemplateError} = await import('../render/templates.js')
  const error = findTemplateError(String(file.value))
  if (!error) return true
  report(file, error.reason, {
    place: {line: error.line, column: error.column},
    ruleId: 'template-syntax',
    hint:
      'elke `{{#…}}` sluit met `{{/…}}` en elke `{{` met `}}`; vergelijk met `templates/' +
      name +
      '` van raadsstuk',
  })
  return false
}

/** The document type whose file is named `name` at some kind of organisation: `raadsvoorstel` for `statenvoorstel`. */
function typeIdOfFileName(name: string): string | undefined {
  for (const kind of Object.values(kindDefaults))
    for (const [id, document] of Object.entries(kind.documenten))
      if (document.bestand === name && id !== name) return id
  return undefined
}

async function hbsNames(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[])
  return names.filter((name) => name.endsWith('.hbs')).sort()
}
