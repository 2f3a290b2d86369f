/** The collegevoorstel with its voorblad: the document type and its view. Pure. */
import {sectionNames, type SectionName} from '../check/schema.js'
import type {DocumentType} from './registry.js'
import {
  beslispuntViews,
  buildCommonView,
  reasonViews,
  sectionViews,
  type BeslispuntView,
  type CommonView,
  type ReasonView,
  type SectionView,
  type ViewInput,
} from './view-model.js'

/** The view of the collegevoorstel. */
export interface CollegevoorstelView extends CommonView {
  readonly adviesRaad: string
  readonly collegebehandeling: string
  readonly samenvatting: string
  readonly beslispunten: readonly BeslispuntView[]
  /** Where the besluit goes to the algemeen bestuur: `de raad voor te stellen:`, else `false`. */
  readonly voorstelAan: string | false
  readonly sectionsBefore: readonly SectionView[]
  readonly argumenten: readonly ReasonView[]
  readonly kanttekeningen: readonly ReasonView[]
  readonly sectionsAfter: readonly SectionView[]
}

/** The sections that open a collegevoorstel, before its argumenten. */
const openingSections: readonly SectionName[] = ['aanleiding', 'beoogdEffect']

/** Build the view of the collegevoorstel. */
export function buildCollegevoorstelView(
  input: ViewInput,
  type: DocumentType,
): CollegevoorstelView {
  const {besluit} = input
  const opening = type.sections.filter((name) => openingSections.includes(name))
  const closing = type.sections.filter((name) => !opening.includes(name))
  return {
    ...buildCommonView(input, type),
    adviesRaad: besluit.voorblad.adviesRaad,
    collegebehandeling: besluit.voorblad.collegebehandeling,
    samenvatting: input.renderProse(
      ['voorblad', 'samenvatting'],
      besluit.voorblad.samenvatting,
    ),
    beslispunten: beslispuntViews(input),
    voorstelAan:
      besluit.raadsvoorstel !== undefined &&
      input.organisatie.algemeenBestuur.kort + ' voor te stellen:',
    sectionsBefore: sectionViews(input, opening, type),
    argumenten: reasonViews(input, 'argumenten'),
    kanttekeningen: reasonViews(input, 'kanttekeningen'),
    sectionsAfter: sectionViews(input, closing, type),
  }
}

/** The collegevoorstel: proposed to the college, which decides. */
export const collegevoorstel: DocumentType<CollegevoorstelView> = {
  id: 'collegevoorstel',
  title: 'Collegevoorstel',
  withArticle: 'het collegevoorstel',
  fileName: 'collegevoorstel',
  template: 'collegevoorstel',
  sections: sectionNames,
  proposedBy: 'portefeuillehouder',
  decidedBy: 'college',
  subject: (besluit) => besluit.onderwerp,
  buildView: buildCollegevoorstelView,
}
