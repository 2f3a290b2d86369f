/**
 * What every document's view-model shares: everything the templates show, as
 * already-formatted strings and HTML from the Markdown pipeline, and the
 * helpers the document types build their views with. Pure.
 */
import {formatDate} from '../nl/calendar.js'
import type {FinanceTable} from '../compute/finance-table.js'
import type {Begrotingswijziging} from '../compute/begrotingswijziging.js'
import type {
  NumberedBeslispunt,
  NumberedRedenering,
} from '../compute/numbering.js'
import type {Besluit, Prose} from '../check/schema.js'
import type {DocumentType} from './registry.js'
import {buildTableView, type TableView} from './table-view.js'
import type {Organisatie} from '../check/organisatie.js'
import {
  buildOrganisatieView,
  titleOf,
  type OrganisatieView,
} from './organisatie-view.js'

/** Renders the prose at a path of the source to HTML (once per path). */
export type RenderProse = (
  path: readonly PropertyKey[],
  prose: Prose | string,
  options?: {inline?: boolean; headingOffset?: number},
) => string

/** A part of a section: HTML, or a finance table. */
export interface PartView {
  readonly html: string
  readonly table: TableView | false
}

/** A section with its heading: parts of text and tables, or numbered argumenten or kanttekeningen. */
export interface SectionView {
  readonly id: string
  readonly heading: string
  readonly parts: readonly PartView[]
  /** The numbered argumenten or kanttekeningen of such a section (default: none). */
  readonly redeneringen: readonly RedeneringView[]
  /** The bijlagen, in the section that lists them (default: none). */
  readonly bijlagen: readonly BijlageView[]
}

/** A bijlage in the list: its title, and the file the HTML links to. */
export interface BijlageView {
  readonly titel: string
  /** The link to the file beside the document, or `false` without a file. */
  readonly href: string | false
  /** The file's name, or `false`. */
  readonly bestand: string | false
}

/** A numbered argument or kanttekening. */
export interface RedeneringView {
  readonly number: string
  readonly heading: string
  readonly html: string
}

/** A numbered beslispunt or onderdeel. */
export interface BeslispuntView {
  /** `3`, or `3a` for an onderdeel. */
  readonly number: string
  readonly html: string
  /** Its onderdelen (none for an onderdeel). */
  readonly onderdelen: readonly BeslispuntView[]
}

/** What every document shows about the besluit. */
export interface CommonView {
  /** The document type's title, such as `Collegevoorstel`. */
  readonly documentType: string
  /** Document type, subject and date, for the running header of every printed page. */
  readonly runningHeader: string
  readonly organisatie: OrganisatieView
  /** The logo as a data URL, or `false`. */
  readonly logo: string | false
  readonly onderwerp: string
  readonly datum: string
  readonly concept: boolean
  readonly portefeuillehouders: readonly string[]
  readonly table: TableView | undefined
}

/** What a view is built from. */
export interface ViewInput {
  readonly besluit: Besluit
  readonly beslispunten: readonly NumberedBeslispunt[]
  readonly argumenten: readonly NumberedRedenering[]
  readonly kanttekeningen: readonly NumberedRedenering[]
  readonly table: FinanceTable | undefined
  /** The tables of `financien.tabellen` (default: none). */
  readonly tables?: ReadonlyArray<{
    readonly id: string
    readonly title: string
    readonly table: FinanceTable
  }>
  /** The begrotingswijzigingen the besluit adopts (default: none). */
  readonly wijzigingen?: readonly Begrotingswijziging[]
  readonly organisatie: Organisatie
  /** The organisation's logo as a data URL, where the source has one. */
  readonly logo: string | undefined
  readonly renderProse: RenderProse
}

/** The part of a view every document type shares. */
export function buildCommonView(
  input: ViewInput,
  type: DocumentType,
): CommonView {
  const {besluit} = input
  const [year = 0, month = 0, day = 0] = besluit.datum.split('-').map(Number)
  const datum = formatDate({year, month, day})
  return {
    documentType: titleOf(type, input.organisatie),
    runningHeader:
      titleOf(type, input.organisatie) +
      ' · ' +
      type.subject(besluit) +
      ' · ' +
      datum,
    organisatie: buildOrganisatieView(input.organisatie),
    logo: input.logo ?? false,
    onderwerp: besluit.onderwerp,
    datum,
    concept: besluit.status === 'concept',
    portefeuillehouders: besluit.portefeuillehouders,
    table: input.table ? buildTableView(input.table) : undefined,
  }
}

/** The numbered beslispunten with their onderdelen, as inline HTML. */
export function beslispuntViews(
  input: Pick<ViewInput, 'beslispunten' | 'renderProse'>,
  beslispunten: readonly NumberedBeslispunt[] = input.beslispunten,
): BeslispuntView[] {
  return beslispunten.map((beslispunt) => ({
    number: beslispunt.number,
    html: input.renderProse([...beslispunt.path, 'tekst'], beslispunt.text, {
      inline: true,
    }),
    onderdelen: beslispuntViews(input, beslispunt.onderdelen),
  }))
}

/** The numbered argumenten or kanttekeningen. */
export function redeneringViews(
  input: ViewInput,
  key: 'argumenten' | 'kanttekeningen',
): RedeneringView[] {
  return input[key].map((redenering) => {
    const source = input.besluit[key][redenering.index]
    return {
      number: redenering.number,
      heading: redenering.heading,
      html: source
        ? input.renderProse([key, redenering.index, 'tekst'], source.tekst, {
            headingOffset: 3,
          })
        : '',
    }
  })
}
