/**
 * The body of a document as one list of sections: the shared sections, the
 * argumenten and kanttekeningen, and the besluit's own sections, in the
 * order of the organisation's `sectievolgorde`. Pure.
 */
import type {SectionName} from '../check/section-names.js'
import type {DocumentType} from './registry.js'
import {orderBlocks} from './section-order.js'
import {
  redeneringViews,
  type SectionView,
  type ViewInput,
} from './view-model.js'
import {sectionViews} from './section-views.js'

/** The sections that open a voorstel, before its argumenten. */
const openingSections: readonly SectionName[] = ['aanleiding', 'beoogdEffect']

const redeneringHeadings = {
  argumenten: 'Argumenten',
  kanttekeningen: 'Kanttekeningen',
} as const

/** The argumenten or kanttekeningen as one section, or none when there are none. */
export function redeneringSection(
  input: ViewInput,
  key: 'argumenten' | 'kanttekeningen',
): SectionView[] {
  const redeneringen = redeneringViews(input, key)
  if (redeneringen.length === 0) return []
  return [
    {
      id: key,
      heading: input.organisatie.koppen[key] ?? redeneringHeadings[key],
      parts: [],
      redeneringen,
      bijlagen: [],
    },
  ]
}

/**
 * The besluit's own sections that this document shows: those that name it
 * under `documenten`, or without `documenten` every document with sections.
 */
export function eigenSectionViews(
  input: ViewInput,
  type: DocumentType,
): SectionView[] {
  return input.besluit.eigenSecties.flatMap((section, index) => {
    if (!shownIn(section.documenten, type)) return []
    return [
      {
        id: section.id,
        heading: section.kop,
        parts: [
          {
            html: input.renderProse(
              ['eigenSecties', index, 'tekst'],
              section.tekst,
            ),
            table: false as const,
          },
        ],
        redeneringen: [],
        bijlagen: [],
      },
    ]
  })
}

/** Whether a document shows an own section or bijlage: the ones it names, or without names every document with sections. */
function shownIn(
  documenten: readonly string[] | undefined,
  type: DocumentType,
): boolean {
  return documenten ? documenten.includes(type.id) : type.sections.length > 0
}

/** The bijlagen this document lists, as one section, or none. */
export function bijlagenSection(
  input: ViewInput,
  type: DocumentType,
): SectionView[] {
  const bijlagen = input.besluit.bijlagen.filter((bijlage) =>
    shownIn(bijlage.documenten, type),
  )
  if (bijlagen.length === 0) return []
  return [
    {
      id: 'bijlagen',
      heading: input.organisatie.koppen['bijlagen'] ?? 'Bijlagen',
      parts: [],
      redeneringen: [],
      bijlagen: bijlagen.map((bijlage) => ({
        titel: bijlage.titel,
        href:
          bijlage.bestand === undefined
            ? false
            : encodeURIComponent(bijlage.bestand),
        bestand: bijlage.bestand ?? false,
      })),
    },
  ]
}

/**
 * The body of a voorstel (collegevoorstel, raadsvoorstel): the opening
 * sections, argumenten, kanttekeningen, the other shared sections and the
 * own sections, ordered by the organisation's `sectievolgorde`.
 */
export function voorstelSections(
  input: ViewInput,
  type: DocumentType,
): SectionView[] {
  const opening = type.sections.filter((name) => openingSections.includes(name))
  const closing = type.sections.filter((name) => !opening.includes(name))
  return orderBlocks(
    [
      ...sectionViews(input, opening, type),
      ...redeneringSection(input, 'argumenten'),
      ...redeneringSection(input, 'kanttekeningen'),
      ...sectionViews(input, closing, type),
      ...eigenSectionViews(input, type),
      ...bijlagenSection(input, type),
    ],
    input.organisatie.sectievolgorde,
  )
}
