/**
 * `raadsstuk new`: a new besluit folder with a `besluit.yaml` that builds as
 * it is, for a writer to fill in.
 */
import {mkdir, readFile, stat, writeFile} from 'node:fs/promises'
import {join, relative, resolve} from 'node:path'
import {besluitFileName, defaultTemplatesDir} from '../io/load.js'

/** Options of {@link scaffoldBesluit}. */
export interface Options {
  /** Folder with besluiten (default: `content`). */
  readonly contentDir?: string
  /** The municipality (default: `Gemeente`, to be filled in). */
  readonly gemeente?: string
  /** The date, `jjjj-mm-dd` (default: today). */
  readonly datum?: string
}

/** Create `<contentDir>/<name>/besluit.yaml`; refuses to overwrite. Returns the file's path. */
export async function scaffoldBesluit(
  name: string,
  options: Options = {},
): Promise<string> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
    throw new Error(
      'een naam bestaat uit kleine letters, cijfers en streepjes, zoals `2026-03-10-speeltuin-centrum`, niet `' +
        name +
        '`',
    )
  }
  const folder = resolve(options.contentDir ?? 'content', name)
  const path = join(folder, besluitFileName)
  if (
    await stat(path).then(
      () => true,
      () => false,
    )
  )
    throw new Error('`' + path + '` bestaat al; kies een andere naam')
  const datum = options.datum ?? new Date().toISOString().slice(0, 10)
  const onderwerp = name.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/-/g, ' ')
  const schema = relative(
    folder,
    join(defaultTemplatesDir, '..', 'schema', 'raadsstuk.schema.json'),
  )
    .split('\\')
    .join('/')
  const template = await readFile(
    join(defaultTemplatesDir, 'nieuw-besluit.yaml'),
    'utf8',
  )
  const values: Record<string, string> = {
    schema,
    gemeente: options.gemeente ?? 'Gemeente',
    onderwerp: onderwerp.charAt(0).toUpperCase() + onderwerp.slice(1),
    datum,
  }
  await mkdir(folder, {recursive: true})
  await writeFile(
    path,
    template.replace(
      /\{\{(\w+)\}\}/g,
      (match, key: string) => values[key] ?? match,
    ),
    {flag: 'wx'},
  )
  return path
}
