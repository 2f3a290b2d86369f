/**
 * The publication record of a besluit: what the site, the feed, the
 * besluitenlijst and the search need of it, as plain JSON. It is kept in the
 * besluit's stamp in `out/`, so that an unchanged besluit is listed without
 * being read again. Pure.
 */
import {toText} from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {AbstractBeslispunt, BesluitResult} from './result.js'
import type {DocumentType, Registry} from './registry.js'
import {fileNameOf, titleOf} from './organisatie-view.js'

/** A document of a besluit, by its file names in the besluit's folder. */
export interface RecordDocument {
  /** The document type's id, such as `collegevoorstel`. */
  readonly type: string
  /** The document's title, as in its PDF. */
  readonly titel: string
  readonly html: string
  readonly pdf: string | undefined
}

/** What is published of one besluit. */
export interface PublicationRecord {
  /** The folder name. */
  readonly name: string
  /** The organisation's name, such as `Gemeente Amersfoort`. */
  readonly organisatie: string
  /** Its dagelijks bestuur, as in a sentence and as it is referred to further: `college van burgemeester en wethouders`, `het college`. */
  readonly bestuur: {readonly naam: string; readonly kort: string}
  readonly onderwerp: string
  /** jjjj-mm-dd: the college meeting. */
  readonly datum: string
  readonly status: string
  readonly ribNummer: string | undefined
  readonly ribTitel: string | undefined
  readonly registratienummer: string | undefined
  readonly zaaknummer: string | undefined
  readonly agendapunt: string | undefined
  /** jjjj-mm-dd: sent to the council. */
  readonly verzonden: string | undefined
  readonly portefeuillehouders: readonly string[]
  readonly beslispunten: ReadonlyArray<
    RecordBeslispunt & {
      /** Its onderdelen, 3a, 3b … (missing in a stamp of an older build). */
      readonly onderdelen?: readonly RecordBeslispunt[]
    }
  >
  /** The samenvatting as plain text, for the search. */
  readonly samenvatting: string
  readonly documenten: readonly RecordDocument[]
}

/** A beslispunt or onderdeel as the site and the open data quote it. */
export interface RecordBeslispunt {
  readonly id: string
  readonly nummer: string
  readonly tekst: string
}

function recordBeslispunt(beslispunt: AbstractBeslispunt): RecordBeslispunt {
  return {
    id: beslispunt.id,
    nummer: beslispunt.number,
    tekst: htmlToText(beslispunt.html),
  }
}

/** The record of a compiled besluit, or `undefined` when it has none (errors). */
export function buildRecord(
  result: BesluitResult,
  registry: Registry,
  ribNummer: string | undefined,
  pdf: boolean,
): PublicationRecord | undefined {
  const {besluit, abstract} = result
  if (!besluit || !abstract) return undefined
  const publicatie = besluit.publicatie ?? {}
  const {organisatie} = result
  const fileName = (type: DocumentType) =>
    organisatie ? fileNameOf(type, organisatie) : type.fileName
  return {
    name: result.name,
    organisatie:
      result.organisatie?.naam ?? 'Gemeente ' + (besluit.gemeente ?? ''),
    bestuur: result.organisatie?.dagelijksBestuur ?? {
      naam: 'college van burgemeester en wethouders',
      kort: 'het college',
    },
    onderwerp: besluit.onderwerp,
    datum: besluit.datum,
    status: besluit.status,
    ribNummer: besluit.raadsinformatiebrief ? ribNummer : undefined,
    ribTitel: besluit.raadsinformatiebrief?.titel,
    registratienummer: publicatie.registratienummer,
    zaaknummer: publicatie.zaaknummer,
    agendapunt: publicatie.agendapunt,
    verzonden: publicatie.verzonden,
    portefeuillehouders: besluit.portefeuillehouders,
    beslispunten: abstract.beslispunten.map((beslispunt) => ({
      ...recordBeslispunt(beslispunt),
      onderdelen: beslispunt.onderdelen.map(recordBeslispunt),
    })),
    samenvatting: htmlToText(abstract.samenvatting),
    documenten: registry.documentsFor(besluit).map((type) => ({
      type: type.id,
      titel:
        (organisatie ? titleOf(type, organisatie) : type.title) +
        ': ' +
        type.subject(besluit),
      html: fileName(type) + '.html',
      pdf: pdf ? fileName(type) + '.pdf' : undefined,
    })),
  }
}

const parser = unified().use(rehypeParse, {fragment: true})

/** The text of an HTML fragment, white space collapsed. */
export function htmlToText(html: string): string {
  return toText(parser.parse(html)).replace(/\s+/g, ' ').trim()
}
