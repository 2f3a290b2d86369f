/**
 * A subsidy in a besluit's finance: its earmarks (oormerken) and what
 * remains of it after them, checked. Pure; money in integer cents.
 */
import type {Finance} from '../check/schema.js'
import type {Problem} from '../messages/problem.js'
import {formatMoney, sumCents, toCents, type Cents} from './money.js'

/** A subsidy with its earmarks and the computed remainder. */
export interface SubsidyResult {
  readonly id: string
  readonly name: string
  readonly total: Cents
  readonly earmarks: ReadonlyArray<{
    readonly id: string
    readonly description: string
    readonly amount: Cents
  }>
  readonly remainder: Cents
  readonly cofinancing: Cents | undefined
}

/** Compute a subsidy's remainder after its earmarks; earmarks larger than the subsidy are an error. */
export function computeSubsidy(
  subsidy: Finance['subsidies'][number],
  index: number,
  problems: Problem[],
): SubsidyResult {
  const earmarks = subsidy.oormerken.map((earmark) => ({
    id: earmark.id,
    description: earmark.omschrijving,
    amount: earmark.bedrag,
  }))
  const remainder = toCents(
    subsidy.totaal - sumCents(earmarks.map((earmark) => earmark.amount)),
  )
  if (remainder < 0) {
    problems.push({
      path: ['financien', 'subsidies', index, 'oormerken'],
      reason:
        'de oormerken van `' +
        subsidy.id +
        '` (' +
        formatMoney(toCents(subsidy.totaal - remainder)) +
        ') zijn samen groter dan de subsidie (' +
        formatMoney(subsidy.totaal) +
        ')',
      ruleId: 'finance-earmark',
      hint: 'verlaag een oormerk of verhoog `totaal`',
    })
  }
  return {
    id: subsidy.id,
    name: subsidy.naam,
    total: subsidy.totaal,
    earmarks,
    remainder,
    cofinancing: subsidy.cofinanciering,
  }
}
