/**
 * What the templates show of the organisation: its name in the forms a
 * document needs, and its design tokens as CSS. Pure.
 */
import type {Organisatie} from '../check/organisatie.js'
import type {DocumentType} from './registry.js'

/** A document type's title as the organisation calls it: `Statenvoorstel` for a province's raadsvoorstel. */
export function titleOf(
  type: Pick<DocumentType, 'id' | 'title'>,
  organisatie: Organisatie,
): string {
  return named(organisatie, type.id)?.titel ?? type.title
}

/** A document type's file name (without extension) at the organisation. */
export function fileNameOf(
  type: Pick<DocumentType, 'id' | 'fileName'>,
  organisatie: Organisatie,
): string {
  return named(organisatie, type.id)?.bestand ?? type.fileName
}

function named(
  organisatie: Organisatie,
  id: string,
): {readonly titel: string; readonly bestand: string} | undefined {
  return (
    organisatie.documenten as Readonly<
      Record<string, {readonly titel: string; readonly bestand: string}>
    >
  )[id]
}

/** The organisation as the templates show it. */
export interface OrganisatieView {
  /** `Gemeente Amersfoort`, `Provincie Flevoland`: the sender and PDF author. */
  readonly naam: string
  readonly soort: string
  /** `gemeente Amersfoort`, in running text. */
  readonly aanduiding: string
  /** `de gemeente Amersfoort`, `het waterschap Vallei en Veluwe`. */
  readonly metLidwoord: string
  /** The signature of a letter of the dagelijks bestuur: `Burgemeester en wethouders van Amersfoort`. */
  readonly bestuurVan: string
  /** `college van burgemeester en wethouders`, `Gedeputeerde Staten`. */
  readonly dagelijksBestuur: string
  /** `het college`, `Gedeputeerde Staten`. */
  readonly dagelijksBestuurKort: string
  /** `gemeenteraad`, `Provinciale Staten`. */
  readonly algemeenBestuur: string
  /** `de raad`, `Provinciale Staten`. */
  readonly algemeenBestuurKort: string
  /** How a decision of the dagelijks bestuur opens: `Het college besluit:`, `Gedeputeerde Staten besluiten:`. */
  readonly besluitFormule: string
  /** Labels of the voorblad that name the bodies. */
  readonly labels: {
    readonly advies: string
    readonly behandeling: string
    readonly datumBehandeling: string
  }
  /** The sender as a header field of a letter: `Burgemeester en Wethouders`. */
  readonly afzenderBestuur: string
  /** Who signs a letter of the dagelijks bestuur. */
  readonly ondertekeningBestuur: readonly string[]
  /** Who signs a besluit of the algemeen bestuur. */
  readonly ondertekening: readonly string[]
  /** `:root` declarations for the organisation's design tokens, or empty. */
  readonly tokensCss: string
}

/**
 * The house variables of `style.css` that an NL Design System token sets;
 * the token stays available under its own name as well.
 */
const tokenTargets: Readonly<Record<string, readonly string[]>> = {
  'utrecht-document-color': ['--tekst'],
  'utrecht-heading-color': ['--accent'],
  'utrecht-document-font-family': ['font-family'],
  'utrecht-heading-font-family': [],
  'utrecht-link-color': [],
  'utrecht-table-header-background-color': [],
  'utrecht-table-header-color': [],
}

/** Build the organisation's view. */
export function buildOrganisatieView(
  organisatie: Organisatie,
): OrganisatieView {
  const {soort, korteNaam, naam} = organisatie
  const aanduiding = soort + ' ' + korteNaam
  const bestuur = organisatie.voorsteller
  return {
    naam,
    soort,
    aanduiding,
    metLidwoord: (soort === 'waterschap' ? 'het ' : 'de ') + aanduiding,
    bestuurVan:
      bestuur.charAt(0).toUpperCase() +
      bestuur.slice(1) +
      ' van ' +
      (soort === 'waterschap' ? naam : korteNaam),
    dagelijksBestuur: organisatie.dagelijksBestuur.naam,
    dagelijksBestuurKort: organisatie.dagelijksBestuur.kort,
    algemeenBestuur: organisatie.algemeenBestuur.naam,
    algemeenBestuurKort: organisatie.algemeenBestuur.kort,
    besluitFormule: besluitFormule(organisatie),
    labels:
      soort === 'gemeente'
        ? {
            advies: 'Advies ' + organisatie.algemeenBestuur.kort,
            behandeling: 'Collegebehandeling',
            datumBehandeling: 'Datum behandeling college',
          }
        : {
            advies: 'Advies ' + organisatie.algemeenBestuur.naam,
            behandeling: 'Behandeling ' + organisatie.dagelijksBestuur.naam,
            datumBehandeling:
              'Datum behandeling ' + organisatie.dagelijksBestuur.naam,
          },
    afzenderBestuur: organisatie.afzenderBestuur,
    ondertekeningBestuur: organisatie.ondertekeningBestuur,
    ondertekening: organisatie.ondertekening,
    tokensCss: tokensCss(organisatie.huisstijl),
  }
}

/** The tokens as CSS custom properties on `:root` (values are checked to stay inside their declaration). */
function tokensCss(tokens: Readonly<Record<string, string>>): string {
  const declarations = Object.entries(tokens).flatMap(([name, value]) => [
    '--' + name + ': ' + value + ';',
    ...(tokenTargets[name] ?? []).map(
      (target) => target + ': var(--' + name + ');',
    ),
  ])
  const extra = [
    tokens['utrecht-heading-font-family'] &&
      'h1, h2, h3 { font-family: var(--utrecht-heading-font-family); }',
    tokens['utrecht-link-color'] && 'a { color: var(--utrecht-link-color); }',
    tokens['utrecht-table-header-background-color'] &&
      'table.financien thead th { background: var(--utrecht-table-header-background-color); }',
    tokens['utrecht-table-header-color'] &&
      'table.financien thead th { color: var(--utrecht-table-header-color); }',
  ].filter(Boolean)
  return declarations.length === 0
    ? ''
    : ':root { ' + declarations.join(' ') + ' }\n' + extra.join('\n')
}

/** `Het college besluit:`; a plural body (Gedeputeerde Staten) besluiten. */
function besluitFormule(organisatie: Organisatie): string {
  const kort = organisatie.dagelijksBestuur.kort
  const plural = /\bstaten$/i.test(kort)
  return (
    kort.charAt(0).toUpperCase() +
    kort.slice(1) +
    (plural ? ' besluiten:' : ' besluit:')
  )
}
