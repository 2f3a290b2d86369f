/**
 * What every document type's view is built from: the besluit, its numbered
 * beslispunten, argumenten and kanttekeningen (1.1 or 1.a, as the
 * organisation numbers), its finance and its organisation. Pure.
 */
import type {Organisatie} from '../check/organisatie.js'
import type {Besluit} from '../check/schema.js'
import type {FinanceResult} from '../compute/finance.js'
import {
  numberRedeneringen,
  type NumberedBeslispunt,
} from '../compute/numbering.js'
import type {RenderProse, ViewInput} from './view-model.js'

/** The input of the views of a checked and computed besluit. */
export function buildViewInput(
  besluit: Besluit,
  beslispunten: readonly NumberedBeslispunt[],
  context: {
    readonly finance: FinanceResult | undefined
    readonly organisatie: Organisatie
    readonly renderProse: RenderProse
    /** The logo as a data URL (default: none). */
    readonly logo: string | undefined
  },
): ViewInput {
  const {finance, organisatie} = context
  return {
    besluit,
    beslispunten,
    argumenten: numberRedeneringen(
      beslispunten,
      besluit.argumenten,
      organisatie.nummering,
    ),
    kanttekeningen: numberRedeneringen(
      beslispunten,
      besluit.kanttekeningen,
      organisatie.nummering,
    ),
    table: finance?.table,
    tables: finance?.tables ?? [],
    wijzigingen: finance?.wijzigingen ?? [],
    organisatie,
    logo: context.logo,
    renderProse: context.renderProse,
  }
}
