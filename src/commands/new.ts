/**
 * `raadsstuk new`: a new besluit folder with a `besluit.yaml` that builds as
 * it is, for a writer to fill in: a collegevoorstel and, unless asked not to,
 * a raadsinformatiebrief. The skeleton is `templates/nieuw-besluit.yaml`
 * (plus `nieuw-rib.yaml`); each `{{naam}}` in it is a value below, worked
 * out in `new-values.ts`.
 */
import {mkdir, readFile, stat, writeFile} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {besluitFileName} from '../io/load.js'
import {defaultTemplatesDir} from '../io/template-files.js'
import {suggest} from '../messages/suggest.js'
import {UsageError} from './args.js'
import {organisatieFileName} from '../check/organisatie.js'
import {kindDefaults} from '../check/organisatie-soorten.js'
import {
  dateOf,
  grondslagen,
  kindOf,
  schemaPath,
  weeksLater,
} from './new-values.js'

/** Options of {@link scaffoldBesluit}. */
export interface Options {
  /** Folder with besluiten (default: `content`). */
  readonly contentDir?: string
  /** The municipality, for a content folder without `organisatie.yaml` (default: none; then `new` refuses). */
  readonly gemeente?: string
  /** The date, `jjjj-mm-dd` (default: the date the name starts with, else today). */
  readonly datum?: string
  /** Make a raadsinformatiebrief too (default: `true`, but `false` with a raadsvoorstel). */
  readonly raadsinformatiebrief?: boolean
  /** The kind of voorstel: `collegevoorstel`, or `raadsvoorstel` (`statenvoorstel`) for a besluit that goes to the raad (default: `collegevoorstel`). */
  readonly soort?: string
  /** The project the content belongs to (default: the working folder); see {@link schemaPath}. */
  readonly projectDir?: string
}

const ribBeslispunt = `- id: rib
    procedureel: true
    tekst: >-
      De raadsinformatiebrief vast te stellen.`

/** Create `<contentDir>/<name>/besluit.yaml`; refuses to overwrite. Returns the file's path. */
export async function scaffoldBesluit(
  name: string,
  options: Options = {},
): Promise<string> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
    throw new UsageError(
      'een naam bestaat uit kleine letters, cijfers en streepjes, zoals `2026-03-10-speeltuin-centrum`, niet `' +
        name +
        '`' +
        (/[\\/]/.test(name)
          ? '; de map kiest u met `--content <map>`, zoals `raadsstuk new ' +
            (name.split(/[\\/]/).pop() ?? '') +
            ' --content ' +
            name.split(/[\\/]/).slice(0, -1).join('/') +
            '`'
          : ''),
      'new',
    )
  }
  const contentDir = resolve(options.contentDir ?? 'content')
  const folder = join(contentDir, name)
  const path = join(folder, besluitFileName)
  if (await exists(path))
    throw new Error('`' + path + '` bestaat al; kies een andere naam')
  const organisatie = await exists(join(contentDir, organisatieFileName))
  if (!organisatie && options.gemeente === undefined)
    throw new Error(
      'van welke organisatie is dit besluit? Zet een `' +
        organisatieFileName +
        '` met `naam:` en `soort:` in `' +
        (options.contentDir ?? 'content') +
        '` (zie docs/organisatie.md), of geef de gemeente: `--gemeente Amersfoort`',
    )
  const soort = options.soort ?? 'collegevoorstel'
  if (!voorstelSoorten.includes(soort)) {
    const likely = suggest(soort, voorstelSoorten)
    throw new UsageError(
      'onbekende soort voorstel `' +
        soort +
        '`; ' +
        (likely ? 'bedoelde u `' + likely + '`? ' : '') +
        'kies ' +
        voorstelSoorten.map((kind) => '`' + kind + '`').join(', '),
      'new',
    )
  }
  const naarRaad = soort !== 'collegevoorstel'
  const kind = organisatie
    ? await kindOf(join(contentDir, organisatieFileName))
    : 'gemeente'
  const datum = dateOf(name, options.datum)
  const onderwerp = name.replace(/^\d{4}-\d{2}-\d{2}-?/, '').replace(/-/g, ' ')
  const rib = options.raadsinformatiebrief ?? !naarRaad
  const read = (file: string) =>
    readFile(join(defaultTemplatesDir, file), 'utf8')
  const template =
    (await read('nieuw-besluit.yaml')) +
    (rib ? '\n' + (await read('nieuw-rib.yaml')) : '') +
    (naarRaad ? '\n' + (await read('nieuw-raadsvoorstel.yaml')) : '')
  const names = kindDefaults[kind].documenten
  const values: Record<string, string> = {
    schema: await schemaPath(
      contentDir,
      folder,
      resolve(options.projectDir ?? '.'),
    ),
    gemeente: options.gemeente ?? '',
    onderwerp:
      onderwerp.charAt(0).toUpperCase() + onderwerp.slice(1) || 'Onderwerp',
    datum,
    adviesRaad: naarRaad
      ? names.raadsvoorstel.titel
      : rib
        ? names.raadsinformatiebrief.titel
        : 'Geen',
    algemeenBestuur: kindDefaults[kind].algemeenBestuur.kort,
    voorstel: names.raadsvoorstel.titel.toLowerCase(),
    besluit: names.raadsbesluit.titel.toLowerCase(),
    grondslag: grondslagen[kind],
    vergaderdatum: weeksLater(datum, 5),
    beslispuntRib: rib ? ribBeslispunt : '',
  }
  await mkdir(folder, {recursive: true})
  await writeFile(
    path,
    template
      .replace(
        /^gemeente: \{\{gemeente\}\}$/m,
        organisatie
          ? '# De organisatie staat in ' + organisatieFileName + '.'
          : '$&',
      )
      .replace(/^ *# \{\{(\w+)\}\}\n/gm, (match, key: string) =>
        values[key] ? '  ' + values[key] + '\n' : '',
      )
      .replace(/\{\{(\w+)\}\}/g, (match, key: string) => values[key] ?? match),
    {flag: 'wx'},
  )
  return path
}

/** The kinds of voorstel `new --soort` makes. */
export const voorstelSoorten = [
  'collegevoorstel',
  'raadsvoorstel',
  'statenvoorstel',
]

function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
