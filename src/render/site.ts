/**
 * The site in `out/`: an index of every besluit by year, newest first, a
 * page per year when the list grows, and a search index the pages search
 * without a server. Pure: records in, files (path and text) out.
 */
import {formatIso} from '../check/publicatie.js'
import type {PublicationRecord} from './publication-record.js'
import type {Renderer} from './templates.js'
import {searchScript} from './site-search.js'
import {besluitenlijstDates} from './besluitenlijst.js'

/** A file of the site, by its path relative to `out/`. */
export interface SiteFile {
  readonly path: string
  readonly content: string
}

/** Options of {@link buildSite}. */
export interface Options {
  /** Besluiten the index lists in full before it shows only the newest year (default: `100`). */
  readonly maxOnIndex?: number
}

/** Newest first: by college date, then by name. */
export function sortRecords(
  records: readonly PublicationRecord[],
): PublicationRecord[] {
  return [...records].sort(
    (a, b) =>
      b.datum.localeCompare(a.datum) || a.name.localeCompare(b.name, 'en'),
  )
}

/** The index, the year pages and the search index. */
export function buildSite(
  records: readonly PublicationRecord[],
  renderer: Renderer,
  options: Options = {},
): SiteFile[] {
  const sorted = sortRecords(records)
  const years = [...new Set(sorted.map((record) => record.datum.slice(0, 4)))]
  const inYear = (year: string) =>
    sorted.filter((record) => record.datum.startsWith(year))
  const lists = besluitenlijstDates(sorted)
  const afzender = senderOf(sorted)
  const page = (basis: string, shown: readonly string[], current?: string) =>
    renderer('site', {
      titel: 'Besluiten' + (afzender ? ', ' + afzender : ''),
      paginatitel:
        'Besluiten' +
        (current ? ' ' + current : '') +
        (afzender ? ', ' + afzender : ''),
      afzender: afzender ?? '',
      basis,
      jaren: years.map((year) => ({
        jaar: year,
        href: basis + 'jaar/' + year + '.html',
        huidig: year === current,
        aantal: inYear(year).length,
      })),
      groepen: shown.map((year) => ({
        jaar: year,
        besluitenlijsten: lists
          .filter((datum) => datum.startsWith(year))
          .map((datum) => ({
            datum: formatIso(datum),
            href: basis + 'besluitenlijst/' + datum + '.html',
          })),
        besluiten: inYear(year).map((record) => entryView(record, basis)),
      })),
    })
  const full = sorted.length <= (options.maxOnIndex ?? 100)
  return [
    {path: 'index.html', content: page('', full ? years : years.slice(0, 1))},
    ...years.map((year) => ({
      path: 'jaar/' + year + '.html',
      content: page('../', [year], year),
    })),
    // The index and the script that searches it, in one file: the pages' CSP allows scripts only from the site itself.
    {
      path: 'zoekindex.js',
      content: buildSearchIndex(sorted) + '\n' + searchScript,
    },
  ]
}

/** The name the site speaks for: the gemeente when all besluiten share one. */
function senderOf(records: readonly PublicationRecord[]): string | undefined {
  const names = new Set(records.map((record) => record.organisatie))
  const [name] = names
  return names.size === 1 && name ? name : undefined
}

/**
 * A besluit's folder as a relative URL: each part encoded, the `/` between
 * an organisation's folder and its besluit kept (an encoded `%2F` is no
 * folder to a web server or a file system).
 */
export function folderUrl(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/')
}

function entryView(record: PublicationRecord, basis: string) {
  const folder = basis + folderUrl(record.name) + '/'
  return {
    onderwerp: record.onderwerp,
    datum: formatIso(record.datum),
    status: record.status,
    ribNummer: record.ribNummer
      ? record.ribNummer + (record.status === 'verzonden' ? '' : ' (voorlopig)')
      : '',
    verzonden: record.verzonden ? formatIso(record.verzonden) : '',
    registratienummer: record.registratienummer ?? '',
    zaaknummer: record.zaaknummer ?? '',
    documenten: record.documenten.map((document) => ({
      naam: document.titel.split(':')[0] ?? document.type,
      html: folder + document.html,
      pdf: document.pdf ? folder + document.pdf : '',
    })),
    openData: folder + 'besluit.json',
  }
}

/** Text folded for searching: lower case, without accents. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
}

/** The search index as a script (a `<script src>` works from `file://` too, unlike `fetch`). */
function buildSearchIndex(records: readonly PublicationRecord[]): string {
  const entries = records.map((record) => ({
    o: record.onderwerp,
    d: formatIso(record.datum),
    u:
      folderUrl(record.name) +
      '/' +
      (record.documenten[0]?.html ?? 'besluit.json'),
    z: foldForSearch(
      [
        record.onderwerp,
        record.ribTitel ?? '',
        record.ribNummer ?? '',
        record.registratienummer ?? '',
        record.zaaknummer ?? '',
        ...record.portefeuillehouders,
        ...record.beslispunten.flatMap((beslispunt) => [
          beslispunt.tekst,
          ...(beslispunt.onderdelen ?? []).map((part) => part.tekst),
        ]),
        record.samenvatting,
      ].join(' '),
    ),
  }))
  return (
    'window.raadsstukZoekindex = ' +
    JSON.stringify(entries).replace(/</g, '\\u003c') +
    '\n'
  )
}
