/**
 * The raadsbesluit (at a province the statenbesluit): the draft decision the
 * algemeen bestuur adopts, in the set form "De raad van de gemeente …,
 * gelezen het voorstel van …; gelet op …; besluit:". The document type and its view. Pure.
 */
import type {DocumentType} from './registry.js'
import {
  beslispuntViews,
  buildCommonView,
  type BeslispuntView,
  type CommonView,
  type SectionView,
  type ViewInput,
} from './view-model.js'
import {bijlagenSection, eigenSectionViews} from './body-sections.js'
import {orderBlocks} from './section-order.js'
import {formatIsoDate} from './raadsvoorstel.js'
import {
  buildBegrotingswijzigingView,
  type BegrotingswijzigingView,
} from './begrotingswijziging-view.js'

/** The view of the raadsbesluit. */
export interface RaadsbesluitView extends CommonView {
  /** `De raad van de gemeente Zeewolde,` */
  readonly aanhef: string
  /** `gelezen het voorstel van burgemeester en wethouders van 10 maart 2026, nr. 2026-0412;` */
  readonly gelezen: string
  /** `gelet op artikel 147 van de Gemeentewet;`, or `false`. */
  readonly geletOp: string | false
  readonly beslispunten: readonly BeslispuntView[]
  /** The besluit's own sections that name the raadsbesluit, after the beslispunten. */
  readonly sections: readonly SectionView[]
  /** The begrotingswijzigingen it adopts, printed under the beslispunten. */
  readonly begrotingswijzigingen: readonly BegrotingswijzigingView[]
  /** `Aldus besloten in de openbare vergadering van 14 april 2026.` */
  readonly vastgesteld: string
  /** `de griffier`, `de voorzitter`. */
  readonly ondertekening: readonly string[]
}

/** Build the view of the raadsbesluit (of a besluit with a `raadsvoorstel`). */
export function buildRaadsbesluitView(
  input: ViewInput,
  type: DocumentType,
): RaadsbesluitView {
  const {besluit, organisatie} = input
  const voorstel = besluit.raadsvoorstel
  if (!voorstel)
    throw new Error('Expected a besluit with a `raadsvoorstel`, not none')
  const nummer = besluit.publicatie?.registratienummer
  return {
    ...buildCommonView(input, type),
    aanhef: organisatie.aanhef + ',',
    gelezen:
      'gelezen het voorstel van ' +
      organisatie.voorsteller +
      ' van ' +
      formatIsoDate(besluit.datum) +
      (nummer ? ', nr. ' + nummer : '') +
      ';',
    geletOp: 'gelet op ' + voorstel.grondslag.replace(/[;.,]\s*$/, '') + ';',
    beslispunten: beslispuntViews(input),
    sections: orderBlocks(
      [...eigenSectionViews(input, type), ...bijlagenSection(input, type)],
      organisatie.sectievolgorde,
    ),
    begrotingswijzigingen: (input.wijzigingen ?? []).map(
      buildBegrotingswijzigingView,
    ),
    vastgesteld:
      'Aldus besloten in de openbare vergadering van ' +
      formatIsoDate(voorstel.vergaderdatum) +
      '.',
    ondertekening: organisatie.ondertekening,
  }
}

/** The raadsbesluit: what the raad adopts. */
export const raadsbesluit: DocumentType<RaadsbesluitView> = {
  id: 'raadsbesluit',
  title: 'Raadsbesluit',
  withArticle: 'het raadsbesluit',
  fileName: 'raadsbesluit',
  template: 'raadsbesluit',
  sections: [],
  proposedBy: 'college',
  decidedBy: 'raad',
  appliesTo: (besluit) => besluit.raadsvoorstel !== undefined,
  subject: (besluit) => besluit.onderwerp,
  buildView: buildRaadsbesluitView,
}
