/**
 * The raadsvoorstel (at a province the statenvoorstel): the dagelijks bestuur
 * proposes a besluit to the algemeen bestuur. The document type and its view. Pure.
 */
import {sectionNames} from '../check/section-names.js'
import {voorstelSections} from './body-sections.js'
import type {Organisatie} from '../check/organisatie.js'
import {formatDate} from '../nl/calendar.js'
import type {DocumentType} from './registry.js'
import {
  buildBegrotingswijzigingView,
  type BegrotingswijzigingView,
} from './begrotingswijziging-view.js'
import {
  beslispuntViews,
  buildCommonView,
  type BeslispuntView,
  type CommonView,
  type SectionView,
  type ViewInput,
} from './view-model.js'

/** A field in the head of the document. */
export interface KenmerkView {
  readonly label: string
  readonly value: string
}

/** The view of the raadsvoorstel. */
export interface RaadsvoorstelView extends CommonView {
  readonly kenmerken: readonly KenmerkView[]
  /** `Voorgesteld besluit` with the body: `De raad wordt voorgesteld te besluiten:`. */
  readonly voorgesteld: string
  readonly beslispunten: readonly BeslispuntView[]
  /** The body: shared sections, argumenten, kanttekeningen and own sections, in the organisation's order. */
  readonly sections: readonly SectionView[]
  /** The begrotingswijzigingen it proposes, after the sections. */
  readonly begrotingswijzigingen: readonly BegrotingswijzigingView[]
}

const vergaderingLabels: Readonly<
  Record<Organisatie['soort'], {besluit: string; vergadering: string}>
> = {
  gemeente: {besluit: 'collegebesluit', vergadering: 'raadsvergadering'},
  provincie: {besluit: 'GS-besluit', vergadering: 'Statenvergadering'},
  waterschap: {besluit: 'DB-besluit', vergadering: 'AB-vergadering'},
}

/** Format a `jjjj-mm-dd` date as `13 juli 2021`. */
export function formatIsoDate(text: string): string {
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number)
  return formatDate({year, month, day})
}

/** The head of a raadsvoorstel: the date of the voorstel, then the organisation's kopvelden that have a value. */
export function kenmerkViews(input: ViewInput): KenmerkView[] {
  const {besluit, organisatie} = input
  const voorstel = besluit.raadsvoorstel
  const publicatie = besluit.publicatie ?? {}
  const labels = vergaderingLabels[organisatie.soort]
  const fields: Record<string, KenmerkView | undefined> = {
    registratienummer: publicatie.registratienummer
      ? {label: 'Registratienummer', value: publicatie.registratienummer}
      : undefined,
    zaaknummer: publicatie.zaaknummer
      ? {label: 'Zaaknummer', value: publicatie.zaaknummer}
      : undefined,
    agendapunt: publicatie.agendapunt
      ? {label: 'Agendapunt', value: publicatie.agendapunt}
      : undefined,
    vergaderdatum: voorstel?.commissiedatum
      ? {
          label: 'Datum commissievergadering',
          value: formatIsoDate(voorstel.commissiedatum),
        }
      : undefined,
    inlichtingenBij: voorstel?.inlichtingenBij
      ? {label: 'Inlichtingen bij', value: voorstel.inlichtingenBij}
      : undefined,
    afdeling: voorstel?.afdeling
      ? {label: 'Afdeling', value: voorstel.afdeling}
      : undefined,
    portefeuillehouder: {
      label:
        besluit.portefeuillehouders.length > 1
          ? 'Portefeuillehouders'
          : 'Portefeuillehouder',
      value: besluit.portefeuillehouders.join(', '),
    },
  }
  return [
    {label: 'Datum ' + labels.besluit, value: formatIsoDate(besluit.datum)},
    ...(voorstel
      ? [
          {
            label: 'Datum ' + labels.vergadering,
            value: formatIsoDate(voorstel.vergaderdatum),
          },
        ]
      : []),
    ...organisatie.kopvelden.flatMap((name) => fields[name] ?? []),
  ]
}

/** Build the view of the raadsvoorstel. */
export function buildRaadsvoorstelView(
  input: ViewInput,
  type: DocumentType,
): RaadsvoorstelView {
  const bestuur = input.organisatie.algemeenBestuur.kort
  return {
    ...buildCommonView(input, type),
    kenmerken: kenmerkViews(input),
    voorgesteld:
      bestuur.charAt(0).toUpperCase() +
      bestuur.slice(1) +
      (/\bstaten$/i.test(bestuur) ? ' worden' : ' wordt') +
      ' voorgesteld te besluiten:',
    beslispunten: beslispuntViews(input),
    sections: voorstelSections(input, type),
    begrotingswijzigingen: (input.wijzigingen ?? []).map(
      buildBegrotingswijzigingView,
    ),
  }
}

/** The raadsvoorstel: the college proposes, the raad decides. */
export const raadsvoorstel: DocumentType<RaadsvoorstelView> = {
  id: 'raadsvoorstel',
  title: 'Raadsvoorstel',
  withArticle: 'het raadsvoorstel',
  fileName: 'raadsvoorstel',
  template: 'raadsvoorstel',
  sections: sectionNames.filter(
    (name) => name !== 'communicatieboodschap' && name !== 'beoogdEffect',
  ),
  proposedBy: 'college',
  decidedBy: 'raad',
  appliesTo: (besluit) => besluit.raadsvoorstel !== undefined,
  subject: (besluit) => besluit.onderwerp,
  buildView: buildRaadsvoorstelView,
}
