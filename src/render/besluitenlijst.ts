/**
 * The besluitenlijst: for every date of a college meeting, the besluiten
 * taken that day (number, subject, beslispunten as decided,
 * portefeuillehouders), made from the same records as the documents. Pure.
 */
import {formatIso} from '../check/publicatie.js'
import type {PdfMetadata} from './documents.js'
import type {PublicationRecord} from './publication-record.js'
import type {Renderer} from './templates.js'

/** One besluitenlijst, as HTML with what its PDF says about itself. */
export interface Besluitenlijst {
  /** The date of the meeting, jjjj-mm-dd; the file is `besluitenlijst/<datum>.html`. */
  readonly datum: string
  readonly html: string
  readonly metadata: PdfMetadata
}

/** Whether the college decided it: a concept is not on the list. */
function isDecided(record: PublicationRecord): boolean {
  return record.status !== 'concept'
}

/** The dates that have a besluitenlijst, newest first. */
export function besluitenlijstDates(
  records: readonly PublicationRecord[],
): string[] {
  return [
    ...new Set(records.filter(isDecided).map((record) => record.datum)),
  ].sort((a, b) => b.localeCompare(a))
}

/** The besluitenlijst of every meeting date. */
export function buildBesluitenlijsten(
  records: readonly PublicationRecord[],
  renderer: Renderer,
): Besluitenlijst[] {
  return besluitenlijstDates(records).map((datum) => {
    const besluiten = records
      .filter((record) => isDecided(record) && record.datum === datum)
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    const afzender = [
      ...new Set(besluiten.map((record) => record.organisatie)),
    ].join(', ')
    const bestuur = besluiten[0]?.bestuur.kort ?? 'het college'
    const title = 'Besluitenlijst van ' + bestuur + ' van ' + formatIso(datum)
    return {
      datum,
      html: renderer('besluitenlijst', {
        afzender,
        titel: title,
        datum: formatIso(datum),
        runningHeader: 'Besluitenlijst · ' + formatIso(datum),
        besluiten: besluiten.map((record, index) => ({
          nummer: String(index + 1),
          onderwerp: record.onderwerp,
          portefeuillehouders: record.portefeuillehouders,
          ribNummer: record.ribNummer ?? '',
          registratienummer: record.registratienummer ?? '',
          beslispunten: record.beslispunten.map((beslispunt) => ({
            ...beslispunt,
            onderdelen: beslispunt.onderdelen ?? [],
          })),
        })),
      }),
      metadata: {
        title,
        author: afzender,
        subject: title,
        keywords: ['Besluitenlijst', datum],
        date: new Date(datum + 'T00:00:00Z'),
      },
    }
  })
}
