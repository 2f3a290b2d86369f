/** The collegevoorstel with its voorblad: the document type and its view. Pure. */
import {sectionNames} from '../check/section-names.js'
import {voorstelSections} from './body-sections.js'
import type {DocumentType} from './registry.js'
import {
  beslispuntViews,
  buildCommonView,
  type BeslispuntView,
  type CommonView,
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
  /** The body: shared sections, argumenten, kanttekeningen and own sections, in the organisation's order. */
  readonly sections: readonly SectionView[]
}

/** Build the view of the collegevoorstel. */
export function buildCollegevoorstelView(
  input: ViewInput,
  type: DocumentType,
): CollegevoorstelView {
  const {besluit} = input
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
    sections: voorstelSections(input, type),
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
