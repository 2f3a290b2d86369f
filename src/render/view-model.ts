/**
 * The view-model of each document: everything the templates show, as
 * already-formatted strings and HTML from the Markdown pipeline. Pure.
 */
import {formatDate} from '../nl/calendar.js'
import type {FinanceTable} from '../compute/finance.js'
import type {NumberedPoint, NumberedReason} from '../compute/numbering.js'
import {
  sectionNames,
  type Besluit,
  type DocumentName,
  type Prose,
  type Section,
  type SectionName,
} from '../check/schema.js'
import {buildTableView, type TableView} from './table-view.js'

/** Renders the prose at a path of the source to HTML (once per path). */
export type RenderProse = (
  path: readonly PropertyKey[],
  prose: Prose | string,
  options?: {inline?: boolean; headingOffset?: number},
) => string

/** A part of a section: HTML, or the finance table. */
export interface PartView {
  readonly html: string
  readonly table: boolean
}

/** A section with its heading. */
export interface SectionView {
  readonly id: string
  readonly heading: string
  readonly parts: readonly PartView[]
}

/** A numbered argument or kanttekening. */
export interface ReasonView {
  readonly number: string
  readonly heading: string
  readonly html: string
}

/** What both documents show about the besluit. */
export interface CommonView {
  /** Document type, subject and date, for the running header of every printed page. */
  readonly runningHeader: string
  readonly gemeente: string
  /** The logo as a data URL, or `false`. */
  readonly logo: string | false
  readonly onderwerp: string
  readonly datum: string
  readonly concept: boolean
  readonly portefeuillehouders: readonly string[]
  readonly table: TableView | undefined
}

/** The collegevoorstel with its voorblad. */
export interface CollegevoorstelView extends CommonView {
  readonly documentType: 'Collegevoorstel'
  readonly adviesRaad: string
  readonly collegebehandeling: string
  readonly samenvatting: string
  readonly beslispunten: ReadonlyArray<{
    readonly number: string
    readonly html: string
  }>
  readonly sectionsBefore: readonly SectionView[]
  readonly argumenten: readonly ReasonView[]
  readonly kanttekeningen: readonly ReasonView[]
  readonly sectionsAfter: readonly SectionView[]
}

/** The raadsinformatiebrief. */
export interface RaadsinformatiebriefView extends CommonView {
  readonly documentType: 'Raadsinformatiebrief'
  readonly titel: string
  readonly aan: string
  readonly kennisnemenVan: string
  readonly sections: readonly SectionView[]
}

/** What a view is built from. */
export interface ViewInput {
  readonly besluit: Besluit
  readonly points: readonly NumberedPoint[]
  readonly argumenten: readonly NumberedReason[]
  readonly kanttekeningen: readonly NumberedReason[]
  readonly table: FinanceTable | undefined
  /** The municipality's logo as a data URL, where the source has one. */
  readonly logo: string | undefined
  readonly renderProse: RenderProse
}

const defaultHeadings: Record<SectionName, string> = {
  aanleiding: 'Aanleiding',
  beoogdEffect: 'Beoogd effect',
  duurzaamheid: 'Duurzaamheid',
  financien: 'Financiën',
  risicoparagraaf: 'Risicoparagraaf',
  communicatieboodschap: 'Communicatieboodschap',
  communicatie: 'Communicatie',
  vervolgstappen: 'Vervolgstappen',
}

/** The sections that open a collegevoorstel, before its argumenten. */
const openingSections: readonly SectionName[] = ['aanleiding', 'beoogdEffect']

/** The shared sections both documents end with, in the schema's order. */
const closingSections = sectionNames.filter(
  (name) => !openingSections.includes(name),
)

/** Build the view of the collegevoorstel. */
export function buildCollegevoorstelView(
  input: ViewInput,
): CollegevoorstelView {
  const {besluit} = input
  const sections = (names: readonly SectionName[]) =>
    sharedSections(input, names, 'collegevoorstel')
  return {
    ...commonView(input, 'Collegevoorstel', besluit.onderwerp),
    documentType: 'Collegevoorstel',
    adviesRaad: besluit.voorblad.adviesRaad,
    collegebehandeling: besluit.voorblad.collegebehandeling,
    samenvatting: input.renderProse(
      ['voorblad', 'samenvatting'],
      besluit.voorblad.samenvatting,
    ),
    beslispunten: input.points.map((point, index) => ({
      number: point.number,
      html: input.renderProse(['beslispunten', index, 'tekst'], point.text, {
        inline: true,
      }),
    })),
    sectionsBefore: sections(openingSections),
    argumenten: reasonViews(input, 'argumenten', input.argumenten),
    kanttekeningen: reasonViews(input, 'kanttekeningen', input.kanttekeningen),
    sectionsAfter: sections(closingSections),
  }
}

/** Build the view of the raadsinformatiebrief, or `undefined` when the source has none. */
export function buildRaadsinformatiebriefView(
  input: ViewInput,
): RaadsinformatiebriefView | undefined {
  const rib = input.besluit.raadsinformatiebrief
  if (!rib) return undefined
  const base = ['raadsinformatiebrief'] as const
  const prose = (
    key: string,
    heading: string,
    value: Prose | undefined,
  ): SectionView[] =>
    value === undefined
      ? []
      : [
          {
            id: key,
            heading,
            parts: [
              {html: input.renderProse([...base, key], value), table: false},
            ],
          },
        ]
  const shared = (names: readonly SectionName[]) =>
    sharedSections(input, names, 'raadsinformatiebrief')
  return {
    ...commonView(input, 'Raadsinformatiebrief', rib.titel),
    documentType: 'Raadsinformatiebrief',
    titel: rib.titel,
    aan: rib.aan,
    kennisnemenVan: input.renderProse(
      [...base, 'kennisnemenVan'],
      rib.kennisnemenVan,
    ),
    sections: [
      ...shared(['aanleiding']),
      ...prose('kernboodschap', 'Kernboodschap', rib.kernboodschap),
      ...rib.secties.map((section, index) => ({
        id: 'rib-' + (index + 1),
        heading: section.kop,
        parts: [
          {
            html: input.renderProse(
              [...base, 'secties', index, 'tekst'],
              section.tekst,
            ),
            table: false,
          },
        ],
      })),
      ...prose('consequenties', 'Consequenties', rib.consequenties),
      ...shared(closingSections),
    ],
  }
}

function commonView(
  input: ViewInput,
  documentType: string,
  title: string,
): CommonView {
  const {besluit} = input
  const [year = 0, month = 0, day = 0] = besluit.datum.split('-').map(Number)
  const datum = formatDate({year, month, day})
  return {
    runningHeader: documentType + ' · ' + title + ' · ' + datum,
    gemeente: besluit.gemeente,
    logo: input.logo ?? false,
    onderwerp: besluit.onderwerp,
    datum,
    concept: besluit.status === 'concept',
    portefeuillehouders: besluit.portefeuillehouders,
    table: input.table ? buildTableView(input.table) : undefined,
  }
}

function sharedSections(
  input: ViewInput,
  names: readonly SectionName[],
  document: DocumentName,
): SectionView[] {
  const views: SectionView[] = []
  for (const name of names) {
    const section: Section | undefined = input.besluit.secties[name]
    if (section === undefined) continue
    const path = ['secties', name]
    const parts: PartView[] = Array.isArray(section)
      ? section.flatMap((part, index) => {
          if (part.alleen !== undefined && part.alleen !== document) return []
          if (part.tabel) return [{html: '', table: input.table !== undefined}]
          return part.tekst === undefined
            ? []
            : [
                {
                  html: input.renderProse(
                    [...path, index, 'tekst'],
                    part.tekst,
                  ),
                  table: false,
                },
              ]
        })
      : [{html: input.renderProse(path, section), table: false}]
    if (parts.length === 0) continue
    views.push({
      id: name,
      heading: input.besluit.koppen[name] ?? defaultHeadings[name],
      parts,
    })
  }
  return views
}

function reasonViews(
  input: ViewInput,
  key: 'argumenten' | 'kanttekeningen',
  reasons: readonly NumberedReason[],
): ReasonView[] {
  return reasons.map((reason) => {
    const source = input.besluit[key][reason.index]
    return {
      number: reason.number,
      heading: reason.heading,
      html: source
        ? input.renderProse([key, reason.index, 'tekst'], source.tekst, {
            headingOffset: 3,
          })
        : '',
    }
  })
}
