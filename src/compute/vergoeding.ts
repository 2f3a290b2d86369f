/**
 * The volunteer vergoeding: paid per lid and month, capped per person per
 * calendar year, checked against the Belastingdienst's vergoedingsgrenzen
 * (`vergoedingsgrens-check.ts`); the leden's own periods come from `leden.ts`. Pure.
 */
import {
  compareMonths,
  countMonths,
  parseMonth,
  yearRange,
  type YearMonth,
} from '../nl/calendar.js'
import type {Problem} from '../messages/problem.js'
import {sumCents, toCents, type Cents, type YearAmounts} from './money.js'
import type {Vergoeding} from '../check/schema.js'
import {ledenPeriods, monthsInYear} from './leden.js'
import {checkVergoedingsgrens} from './vergoedingsgrens-check.js'
import type {Vergoedingsgrens} from './vergoedingsgrenzen.js'

/** The computed vergoeding. */
export interface VergoedingResult {
  readonly tarief: Cents
  readonly maximumPerJaar: Cents
  /** How many people receive it. */
  readonly leden: number
  readonly from: YearMonth
  readonly to: YearMonth
  /** Months in the period. */
  readonly months: number
  /** Months paid, summed over the leden. */
  readonly personMonths: number
  readonly perYear: YearAmounts
  readonly total: Cents
  /** What each named lid gets (empty when `leden` is a number). */
  readonly perLid: readonly LidAmount[]
  /** The calculation as it is made: per year, leden × months × tarief, and the cap where it bites. */
  readonly calculation: readonly CalculationYear[]
}

/** What one named lid gets. */
export interface LidAmount {
  readonly name: string
  readonly months: number
  readonly perYear: YearAmounts
  readonly total: Cents
}

/** One year of the calculation: `leden x months x tarief` terms, before and after the cap. */
export interface CalculationYear {
  readonly year: number
  readonly terms: ReadonlyArray<{
    readonly leden: number
    readonly months: number
    readonly tarief: Cents
  }>
  /** The sum of the terms, before the cap. */
  readonly gross: Cents
  /** The yearly maximum per person, where it lowers what someone gets. */
  readonly cap: Cents | undefined
  readonly total: Cents
}

/** Compute the vergoeding per calendar year, capped per person, and check its periods and vergoedingsgrenzen. */
export function computeVergoeding(
  vergoeding: Vergoeding,
  grenzen: ReadonlyMap<number, Vergoedingsgrens>,
  problems: Problem[],
): VergoedingResult {
  const path = ['financien', 'vergoeding']
  const from = parseMonth(vergoeding.van)
  const to = parseMonth(vergoeding.tot)
  if (compareMonths(to, from) < 0) {
    problems.push({
      path: [...path, 'tot'],
      reason:
        'de laatste maand (' +
        vergoeding.tot +
        ') ligt voor de eerste (' +
        vergoeding.van +
        ')',
      ruleId: 'financien-periode',
      hint: 'zet `van` op de eerste en `tot` op de laatste maand waarover de vergoeding wordt betaald',
    })
    // An empty vergoeding keeps its values quotable, so prose gets no second error for the same mistake.
    return {
      tarief: vergoeding.tarief,
      maximumPerJaar: vergoeding.maximumPerJaar,
      leden: 0,
      from,
      to,
      months: 0,
      personMonths: 0,
      perYear: new Map(),
      total: toCents(0),
      perLid: [],
      calculation: [],
    }
  }
  const leden = ledenPeriods(vergoeding, from, to, problems)
  const perYear = new Map<number, Cents>()
  const perLid = leden.map(() => new Map<number, Cents>())
  const calculation: CalculationYear[] = []
  let personMonths = 0
  for (const year of yearRange(from.year, to.year)) {
    let total = 0
    let highest = 0
    let capped = false
    const counts = new Map<number, number>()
    leden.forEach((lid, index) => {
      const months = monthsInYear(lid, year)
      personMonths += months
      if (months > 0) counts.set(months, (counts.get(months) ?? 0) + 1)
      const paid = Math.min(
        vergoeding.tarief * months,
        vergoeding.maximumPerJaar,
      )
      if (paid < vergoeding.tarief * months) capped = true
      if (months > 0) perLid[index]?.set(year, toCents(paid))
      highest = Math.max(highest, paid)
      total += paid
    })
    perYear.set(year, toCents(total))
    const terms = [...counts]
      .sort(([a], [b]) => b - a)
      .map(([months, count]) => ({
        leden: count,
        months,
        tarief: vergoeding.tarief,
      }))
    calculation.push({
      year,
      terms,
      gross: toCents(
        terms.reduce(
          (sum, term) => sum + term.leden * term.months * term.tarief,
          0,
        ),
      ),
      cap: capped ? vergoeding.maximumPerJaar : undefined,
      total: toCents(total),
    })
    checkVergoedingsgrens(
      year,
      grenzen.get(year),
      vergoeding.tarief,
      toCents(highest),
      problems,
    )
  }
  return {
    tarief: vergoeding.tarief,
    maximumPerJaar: vergoeding.maximumPerJaar,
    leden: leden.length,
    from,
    to,
    months: countMonths(from, to),
    personMonths,
    perYear,
    total: sumCents([...perYear.values()]),
    perLid: leden.flatMap((lid, index) => {
      const amounts = perLid[index] ?? new Map<number, Cents>()
      return lid.name === undefined
        ? []
        : [
            {
              name: lid.name,
              months: countMonths(lid.from, lid.to),
              perYear: amounts,
              total: sumCents([...amounts.values()]),
            },
          ]
    }),
    calculation,
  }
}
