/**
 * The names an organisation's file works with: its kinds, the header
 * fields, the design tokens, the documents it may rename and the headings it
 * may word its own way. Data only.
 */
import {sectionNames} from './section-names.js'

/** The kinds of organisation. */
export const soorten = ['gemeente', 'provincie', 'waterschap'] as const

/** A kind of organisation. */
export type Soort = (typeof soorten)[number]

/** The header fields an organisation can show on its documents. */
export const kopvelden = [
  'registratienummer',
  'zaaknummer',
  'agendapunt',
  'vergaderdatum',
  'inlichtingenBij',
  'afdeling',
  'portefeuillehouder',
] as const

/** A header field. */
export type Kopveld = (typeof kopvelden)[number]

/**
 * The design tokens an organisation may set, named as in NL Design System
 * (the CSS custom property without `--`).
 */
export const tokenNames = [
  'utrecht-document-font-family',
  'utrecht-document-color',
  'utrecht-heading-color',
  'utrecht-heading-font-family',
  'utrecht-link-color',
  'utrecht-table-header-background-color',
  'utrecht-table-header-color',
] as const

/** The documents whose title and file name an organisation may rename. */
export const documentIds = [
  'collegevoorstel',
  'raadsinformatiebrief',
  'raadsvoorstel',
  'raadsbesluit',
] as const

/** A document an organisation names. */
export type DocumentId = (typeof documentIds)[number]

/** Headings an organisation may word its own way. */
export const labelNames = [
  'beslispunten',
  'argumenten',
  'kanttekeningen',
  'bijlagen',
  ...sectionNames,
] as const
