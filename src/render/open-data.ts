/**
 * The open data beside a besluit's documents, `besluit.json`: metadata,
 * numbered beslispunten, finance figures and links to the documents, in the
 * shape of {@link openDataSchema}. Pure.
 */
import type {Besluit} from '../check/schema.js'
import {wijzigingGroups} from '../compute/begrotingswijziging.js'
import type {FinanceResult} from '../compute/finance.js'
import type {YearAmounts} from '../compute/money.js'
import type {YearMonth} from '../nl/calendar.js'
import type {OpenData} from './open-data-schema.js'
import type {PublicationRecord} from './publication-record.js'

/** The JSON-LD context, written once at the top of `out/`. */
export const openDataContextName = 'besluit.context.jsonld'

/** The open data of a besluit, as the text of `besluit.json`. */
export function renderOpenData(
  record: PublicationRecord,
  besluit: Besluit,
  finance: FinanceResult | undefined,
): string {
  const publicatie = besluit.publicatie ?? {}
  const identifiers = [
    ['ribnummer', record.ribNummer],
    ['registratienummer', publicatie.registratienummer],
    ['zaaknummer', publicatie.zaaknummer],
  ] as const
  const data: OpenData = {
    '@context': '../' + openDataContextName,
    '@type': 'Motion',
    id: record.name,
    text: record.onderwerp,
    classification: classificationOf(record),
    date: record.datum,
    result: besluit.status,
    organization: {
      name: record.organisatie,
      classification: record.bestuur.naam,
    },
    creator: besluit.portefeuillehouders.map((name) => ({name})),
    identifiers: identifiers.flatMap(([scheme, identifier]) =>
      identifier === undefined ? [] : [{identifier, scheme}],
    ),
    attachment: record.documenten
      .flatMap((document) => [
        {
          '@type': 'Attachment' as const,
          name: document.titel,
          contentUrl: document.html,
          fileFormat: 'text/html',
        },
        ...(document.pdf
          ? [
              {
                '@type': 'Attachment' as const,
                name: document.titel,
                contentUrl: document.pdf,
                fileFormat: 'application/pdf',
              },
            ]
          : []),
      ])
      .concat(
        // The bijlagen with a file, which the build copies beside the documents.
        besluit.bijlagen.flatMap((bijlage) =>
          bijlage.bestand === undefined
            ? []
            : [
                {
                  '@type': 'Attachment' as const,
                  name: bijlage.titel,
                  contentUrl: bijlage.bestand,
                  fileFormat: mediaType(bijlage.bestand),
                },
              ],
        ),
      ),
    // An onderdeel is part of its beslispunt's text: "… met daarin: 1a. …".
    beslispunten: record.beslispunten.map((point) => ({
      id: point.id,
      position: Number(point.nummer),
      text: [
        point.tekst,
        ...(point.onderdelen ?? []).map(
          (part) => part.nummer + '. ' + part.tekst,
        ),
      ].join(' '),
    })),
    publicatie: {
      ...(record.ribNummer ? {ribNummer: record.ribNummer} : {}),
      ribNummerVoorlopig:
        record.ribNummer !== undefined && record.status !== 'verzonden',
      ...(record.ribTitel ? {ribTitel: record.ribTitel} : {}),
      ...(record.agendapunt ? {agendapunt: record.agendapunt} : {}),
      ...(record.verzonden ? {verzonden: record.verzonden} : {}),
    },
    ...(finance ? {financien: financeData(finance)} : {}),
  }
  return JSON.stringify(data, undefined, 2) + '\n'
}

/**
 * What kind of proposal the besluit is, as its organisation names the
 * document its dagelijks bestuur decides on: `collegevoorstel`,
 * `gs-voorstel`, `db-voorstel` (the file name of that document); a besluit
 * without one is classified by its first document.
 */
function classificationOf(record: PublicationRecord): string {
  const document =
    record.documenten.find(
      (candidate) => candidate.type === 'collegevoorstel',
    ) ?? record.documenten[0]
  return document ? document.html.replace(/\.html$/, '') : 'collegevoorstel'
}

const mediaTypes: Record<string, string> = {
  pdf: 'application/pdf',
  html: 'text/html',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
}

/** The media type of a bijlage by its extension, `application/octet-stream` where unknown. */
function mediaType(name: string): string {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''
  return mediaTypes[extension] ?? 'application/octet-stream'
}

function financeData(
  finance: FinanceResult,
): NonNullable<OpenData['financien']> {
  const {vergoeding, table} = finance
  return {
    eenheid: 'euro',
    ...(vergoeding
      ? {
          vergoeding: {
            tarief: euros(vergoeding.tarief),
            maximumPerJaar: euros(vergoeding.maximumPerJaar),
            leden: vergoeding.leden,
            van: month(vergoeding.from),
            tot: month(vergoeding.to),
            maanden: vergoeding.months,
            persoonsmaanden: vergoeding.personMonths,
            perJaar: years(vergoeding.perYear),
            totaal: euros(vergoeding.total),
          },
        }
      : {}),
    subsidies: finance.subsidies.map((subsidie) => ({
      id: subsidie.id,
      naam: subsidie.name,
      totaal: euros(subsidie.total),
      rest: euros(subsidie.remainder),
      ...(subsidie.cofinanciering === undefined
        ? {}
        : {cofinanciering: euros(subsidie.cofinanciering)}),
    })),
    tabel: {
      jaren: [...table.years],
      lasten: years(table.totals.lasten),
      baten: years(table.totals.baten),
      saldo: years(table.saldo),
    },
    ...(finance.wijzigingen.length > 0
      ? {
          begrotingswijzigingen: finance.wijzigingen.map((wijziging) => ({
            nummer: wijziging.number,
            jaren: [...wijziging.years],
            regels: wijzigingGroups.flatMap((groep) =>
              wijziging.rows[groep].map((row) => ({
                groep,
                programma: row.programma,
                bedragen: years(row.amounts),
              })),
            ),
            // Like the printed table: the saldo and resultaat of every year, 0 where nothing changes.
            saldo: everyYear(wijziging.saldo, wijziging.years),
            resultaat: everyYear(wijziging.result, wijziging.years),
          })),
        }
      : {}),
  }
}

function euros(cents: number): number {
  return cents / 100
}

function years(amounts: YearAmounts): Record<string, number> {
  return Object.fromEntries(
    [...amounts].map(([year, cents]) => [String(year), euros(cents)]),
  )
}

function everyYear(
  amounts: YearAmounts,
  all: readonly number[],
): Record<string, number> {
  return Object.fromEntries(
    all.map((year) => [String(year), euros(amounts.get(year) ?? 0)]),
  )
}

function month(value: YearMonth): string {
  return value.year + '-' + String(value.month).padStart(2, '0')
}
