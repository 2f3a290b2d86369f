/**
 * What follows from an organisation's kind (gemeente, provincie, waterschap):
 * the names of its bodies, who signs, the titles of its documents, and the
 * words that belong to the other kinds. Data only.
 */
import type {DocumentId, Soort} from './organisatie-namen.js'

/** A body of the organisation. */
export interface Orgaan {
  /** As it stands in a sentence: `college van burgemeester en wethouders`. */
  readonly naam: string
  /** How the text refers to it further: `het college`. */
  readonly kort: string
}

/** The title and file name of each document type, as a kind calls it. */
export type DocumentNamen = Readonly<
  Record<DocumentId, {readonly titel: string; readonly bestand: string}>
>

interface KindDefaults {
  readonly prefix: RegExp
  readonly dagelijksBestuur: Orgaan
  readonly algemeenBestuur: Orgaan
  readonly voorsteller: string
  readonly aanhef: (korteNaam: string, naam: string) => string
  readonly ondertekening: readonly string[]
  readonly ondertekeningBestuur: readonly string[]
  readonly afzenderBestuur: string
  readonly documenten: DocumentNamen
  /** Words that belong to other kinds and must not name this kind's bodies. */
  readonly vreemd: RegExp
}

// "college" is left out: a hoogheemraadschap has a college of dijkgraaf and
// heemraden, and a province speaks of the college of Gedeputeerde Staten.
const gemeenteWoorden = /gemeente|burgemeester|wethouder|\braad\b/i
const provincieWoorden = /staten|gedeputeerde|provincie|commissaris/i
const waterschapWoorden = /dijkgraaf|heemraad|waterschap|algemeen bestuur/i

/** What follows from each kind. */
export const kindDefaults: Readonly<Record<Soort, KindDefaults>> = {
  gemeente: {
    prefix: /^gemeente\s+/i,
    dagelijksBestuur: {
      naam: 'college van burgemeester en wethouders',
      kort: 'het college',
    },
    algemeenBestuur: {naam: 'gemeenteraad', kort: 'de raad'},
    voorsteller: 'burgemeester en wethouders',
    aanhef: (korteNaam) => 'De raad van de gemeente ' + korteNaam,
    ondertekening: ['de griffier', 'de voorzitter'],
    ondertekeningBestuur: ['de secretaris', 'de burgemeester'],
    afzenderBestuur: 'Burgemeester en Wethouders',
    documenten: {
      collegevoorstel: {titel: 'Collegevoorstel', bestand: 'collegevoorstel'},
      raadsinformatiebrief: {
        titel: 'Raadsinformatiebrief',
        bestand: 'raadsinformatiebrief',
      },
      raadsvoorstel: {titel: 'Raadsvoorstel', bestand: 'raadsvoorstel'},
      raadsbesluit: {titel: 'Raadsbesluit', bestand: 'raadsbesluit'},
    },
    vreemd: new RegExp(
      provincieWoorden.source + '|' + waterschapWoorden.source,
      'i',
    ),
  },
  provincie: {
    prefix: /^provincie\s+/i,
    dagelijksBestuur: {
      naam: 'Gedeputeerde Staten',
      kort: 'Gedeputeerde Staten',
    },
    algemeenBestuur: {naam: 'Provinciale Staten', kort: 'Provinciale Staten'},
    voorsteller: 'Gedeputeerde Staten',
    aanhef: (korteNaam) => 'Provinciale Staten van ' + korteNaam,
    ondertekening: ['de griffier', 'de voorzitter'],
    ondertekeningBestuur: ['de secretaris', 'de voorzitter'],
    afzenderBestuur: 'Gedeputeerde Staten',
    documenten: {
      collegevoorstel: {titel: 'GS-voorstel', bestand: 'gs-voorstel'},
      raadsinformatiebrief: {
        titel: 'Statenmededeling',
        bestand: 'statenmededeling',
      },
      raadsvoorstel: {titel: 'Statenvoorstel', bestand: 'statenvoorstel'},
      raadsbesluit: {titel: 'Statenbesluit', bestand: 'statenbesluit'},
    },
    vreemd: new RegExp(
      gemeenteWoorden.source + '|' + waterschapWoorden.source,
      'i',
    ),
  },
  waterschap: {
    prefix: /^(?:waterschap|hoogheemraadschap)\s+/i,
    dagelijksBestuur: {
      naam: 'dagelijks bestuur',
      kort: 'het dagelijks bestuur',
    },
    algemeenBestuur: {naam: 'algemeen bestuur', kort: 'het algemeen bestuur'},
    voorsteller: 'het dagelijks bestuur',
    aanhef: (_korteNaam, naam) => 'Het algemeen bestuur van ' + naam,
    ondertekening: ['de secretaris-directeur', 'de dijkgraaf'],
    ondertekeningBestuur: ['de secretaris-directeur', 'de dijkgraaf'],
    afzenderBestuur: 'Dagelijks bestuur',
    documenten: {
      collegevoorstel: {titel: 'DB-voorstel', bestand: 'db-voorstel'},
      raadsinformatiebrief: {
        titel: 'Informatiebrief algemeen bestuur',
        bestand: 'ab-informatiebrief',
      },
      raadsvoorstel: {titel: 'AB-voorstel', bestand: 'ab-voorstel'},
      raadsbesluit: {titel: 'AB-besluit', bestand: 'ab-besluit'},
    },
    vreemd: new RegExp(
      gemeenteWoorden.source + '|' + provincieWoorden.source,
      'i',
    ),
  },
}
