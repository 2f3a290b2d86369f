/**
 * A subsidie in a besluit's finance: its oormerken and what
 * remains of it after them, checked. Pure; money in integer cents.
 */
import type {Finance} from '../check/schema.js'
import type {Problem} from '../messages/problem.js'
import {formatMoney, sumCents, toCents, type Cents} from './money.js'

/** A subsidie with its oormerken and the computed remainder. */
export interface SubsidieResult {
  readonly id: string
  readonly name: string
  readonly total: Cents
  readonly oormerken: ReadonlyArray<{
    readonly id: string
    readonly description: string
    readonly amount: Cents
  }>
  readonly remainder: Cents
  readonly cofinanciering: Cents | undefined
}

/** Compute a subsidie's remainder after its oormerken; oormerken larger than the subsidie are an error. */
export function computeSubsidie(
  subsidie: Finance['subsidies'][number],
  index: number,
  problems: Problem[],
): SubsidieResult {
  const oormerken = subsidie.oormerken.map((oormerk) => ({
    id: oormerk.id,
    description: oormerk.omschrijving,
    amount: oormerk.bedrag,
  }))
  const remainder = toCents(
    subsidie.totaal - sumCents(oormerken.map((oormerk) => oormerk.amount)),
  )
  if (remainder < 0) {
    problems.push({
      path: ['financien', 'subsidies', index, 'oormerken'],
      reason:
        'de oormerken van `' +
        subsidie.id +
        '` (' +
        formatMoney(toCents(subsidie.totaal - remainder)) +
        ') zijn samen groter dan de subsidie (' +
        formatMoney(subsidie.totaal) +
        ')',
      ruleId: 'financien-oormerk',
      hint: 'verlaag een oormerk of verhoog `totaal`',
    })
  }
  return {
    id: subsidie.id,
    name: subsidie.naam,
    total: subsidie.totaal,
    oormerken,
    remainder,
    cofinanciering: subsidie.cofinanciering,
  }
}
