/** The raadsinformatiebrief: the document type and its view. Pure. */
import type {Prose} from '../check/schema.js'
import {sectionNames} from '../check/section-names.js'
import type {DocumentType} from './registry.js'
import {bijlagenSection, eigenSectionViews} from './body-sections.js'
import {orderBlocks} from './section-order.js'
import {sectionViews} from './section-views.js'
import {
  buildCommonView,
  type CommonView,
  type SectionView,
  type ViewInput,
} from './view-model.js'

/** The view of the raadsinformatiebrief. */
export interface RaadsinformatiebriefView extends CommonView {
  readonly titel: string
  readonly aan: string
  readonly kennisnemenVan: string
  readonly sections: readonly SectionView[]
}

/** Build the view of the raadsinformatiebrief (of a besluit that has one). */
export function buildRaadsinformatiebriefView(
  input: ViewInput,
  type: DocumentType,
): RaadsinformatiebriefView {
  const rib = input.besluit.raadsinformatiebrief
  if (!rib)
    throw new Error(
      'Expected a besluit with a `raadsinformatiebrief`, not none',
    )
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
            redeneringen: [],
            bijlagen: [],
          },
        ]
  // The aanleiding opens the brief; the other shared sections close it.
  const [first, ...rest] = type.sections
  return {
    ...buildCommonView(input, type),
    titel: rib.titel,
    aan:
      rib.aan ??
      input.organisatie.algemeenBestuur.naam.charAt(0).toUpperCase() +
        input.organisatie.algemeenBestuur.naam.slice(1),
    kennisnemenVan: input.renderProse(
      [...base, 'kennisnemenVan'],
      rib.kennisnemenVan,
    ),
    sections: orderBlocks(
      [
        ...sectionViews(input, first ? [first] : [], type),
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
              table: false as const,
            },
          ],
          redeneringen: [],
          bijlagen: [],
        })),
        ...prose('consequenties', 'Consequenties', rib.consequenties),
        ...sectionViews(input, rest, type),
        ...eigenSectionViews(input, type),
        ...bijlagenSection(input, type),
      ],
      input.organisatie.sectievolgorde,
    ),
  }
}

/** The raadsinformatiebrief: the college informs the raad; nobody decides. */
export const raadsinformatiebrief: DocumentType<RaadsinformatiebriefView> = {
  id: 'raadsinformatiebrief',
  title: 'Raadsinformatiebrief',
  withArticle: 'de raadsinformatiebrief',
  fileName: 'raadsinformatiebrief',
  template: 'raadsinformatiebrief',
  sections: sectionNames.filter((name) => name !== 'beoogdEffect'),
  proposedBy: 'college',
  decidedBy: undefined,
  appliesTo: (besluit) => besluit.raadsinformatiebrief !== undefined,
  subject: (besluit) =>
    besluit.raadsinformatiebrief?.titel ?? besluit.onderwerp,
  buildView: buildRaadsinformatiebriefView,
}
