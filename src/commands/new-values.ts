/**
 * The values `raadsstuk new` fills into the skeleton: the date, the kind of
 * organisation and what follows from it, and the `$schema` path for the
 * editor (with a copy of the schema where the project cannot reach it).
 */
import {copyFile, mkdir, readFile} from 'node:fs/promises'
import {dirname, join, relative, sep} from 'node:path'
import {parse} from 'yaml'
import {defaultTemplatesDir} from '../io/template-files.js'
import {isValidDate} from '../nl/calendar.js'
import {soorten, type Soort} from '../check/organisatie-namen.js'
import {UsageError} from './args.js'

/** The schema that ships with raadsstuk. */
export const schemaFile = join(
  defaultTemplatesDir,
  '..',
  'schema',
  'raadsstuk.schema.json',
)

/** The article a besluit of the algemeen bestuur usually rests on, per kind. */
export const grondslagen: Record<Soort, string> = {
  gemeente: 'artikel 147 van de Gemeentewet',
  provincie: 'artikel 143 van de Provinciewet',
  waterschap: 'artikel 56 van de Waterschapswet',
}

/** The kind named in an `organisatie.yaml`; its mistakes are for `check` to report. */
export async function kindOf(path: string): Promise<Soort> {
  const value: unknown = parse(await readFile(path, 'utf8'))
  const soort =
    value && typeof value === 'object' && 'soort' in value
      ? String(value.soort)
      : ''
  return (soorten as readonly string[]).includes(soort)
    ? (soort as Soort)
    : 'gemeente'
}

/** The date `weeks` weeks after a `jjjj-mm-dd` date. */
export function weeksLater(datum: string, weeks: number): string {
  const date = new Date(datum + 'T00:00:00Z')
  date.setUTCDate(date.getUTCDate() + weeks * 7)
  return date.toISOString().slice(0, 10)
}

/**
 * The date of a new besluit: `--datum`, else the date the folder name starts
 * with (`2026-03-10-…`), else today. Refuses a date that does not exist.
 */
export function dateOf(name: string, given?: string): string {
  const today = new Date().toISOString().slice(0, 10)
  const datum = given ?? /^\d{4}-\d{2}-\d{2}(?=-|$)/.exec(name)?.[0] ?? today
  const [year, month, day] = datum.split('-').map(Number)
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(datum) ||
    !isValidDate({year: year ?? 0, month: month ?? 0, day: day ?? 0})
  )
    throw new UsageError(
      '`' +
        datum +
        '` is geen datum; schrijf jjjj-mm-dd, zoals ' +
        today +
        (given === undefined ? ' (vooraan de naam, of met --datum)' : ''),
      'new',
    )
  return datum
}

/**
 * The `$schema` path for the editor, relative to the besluit's folder. Where
 * raadsstuk's own schema lies inside the project (installed in its
 * `node_modules/raadsstuk/`, or this repository), the line points there and
 * stays current with updates. Where it lies outside (a global install, npx's
 * cache), a copy is written beside the besluiten, `raadsstuk.schema.json`,
 * so the line works in any repository.
 */
export async function schemaPath(
  contentDir: string,
  folder: string,
  projectDir: string,
): Promise<string> {
  let target = schemaFile
  if (relative(projectDir, schemaFile).startsWith('..' + sep)) {
    target = join(contentDir, 'raadsstuk.schema.json')
    await mkdir(dirname(target), {recursive: true})
    await copyFile(schemaFile, target)
  }
  return relative(folder, target).split(sep).join('/')
}
