/**
 * The volunteer vergoeding: paid per lid and month, capped per person per
 * calendar year, checked against the Belastingdienst's tax-free limits. Pure.
 */
import {
  compareMonths,
  countMonths,
  formatYearMonth,
  parseMonth,
  yearRange,
  type YearMonth,
} from '../nl/calendar.js'
import type {Problem} from '../messages/problem.js'
import {
  formatMoney,
  sumCents,
  toCents,
  type Cents,
  type YearAmounts,
} from './money.js'
import type {Vergoeding} from '../check/schema.js'
import {taxLimitsFile, type TaxFreeLimit} from './tax-limits.js'

/** The computed vergoeding. */
export interface VergoedingResult {
  readonly rate: Cents
  readonly yearlyMaximum: Cents
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
  /** The calculation as it is made: per year, leden × months × rate, and the cap where it bites. */
  readonly calculation: readonly CalculationYear[]
}

/** What one named lid gets. */
export interface LidAmount {
  readonly name: string
  readonly months: number
  readonly perYear: YearAmounts
  readonly total: Cents
}

/** One year of the calculation: `leden x months x rate` terms, before and after the cap. */
export interface CalculationYear {
  readonly year: number
  readonly terms: ReadonlyArray<{
    readonly leden: number
    readonly months: number
    readonly rate: Cents
  }>
  /** The sum of the terms, before the cap. */
  readonly gross: Cents
  /** The yearly maximum per person, where it lowers what someone gets. */
  readonly cap: Cents | undefined
  readonly total: Cents
}

interface LidPeriod {
  readonly name: string | undefined
  readonly from: YearMonth
  readonly to: YearMonth
}

/** Compute the vergoeding per calendar year, capped per person, and check its periods and tax-free limits. */
export function computeVergoeding(
  vergoeding: Vergoeding,
  limits: ReadonlyMap<number, TaxFreeLimit>,
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
      ruleId: 'finance-period',
      hint: 'zet `van` op de eerste en `tot` op de laatste maand waarover de vergoeding wordt betaald',
    })
    // An empty vergoeding keeps its values quotable, so prose gets no second error for the same mistake.
    return {
      rate: vergoeding.tarief,
      yearlyMaximum: vergoeding.maximumPerJaar,
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
        rate: vergoeding.tarief,
      }))
    calculation.push({
      year,
      terms,
      gross: toCents(
        terms.reduce(
          (sum, term) => sum + term.leden * term.months * term.rate,
          0,
        ),
      ),
      cap: capped ? vergoeding.maximumPerJaar : undefined,
      total: toCents(total),
    })
    checkLimits(
      year,
      limits.get(year),
      vergoeding.tarief,
      toCents(highest),
      problems,
    )
  }
  return {
    rate: vergoeding.tarief,
    yearlyMaximum: vergoeding.maximumPerJaar,
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

/**
 * The Belastingdienst's limits for one year: both the monthly rate and what
 * one person gets in the year must stay within them; a year missing from the
 * table is reported rather than guessed.
 */
function checkLimits(
  year: number,
  limit: TaxFreeLimit | undefined,
  rate: Cents,
  highest: Cents,
  problems: Problem[],
): void {
  if (!limit) {
    problems.push({
      path: ['financien', 'vergoeding', 'tarief'],
      reason:
        'geen onbelaste maxima van de Belastingdienst bekend voor ' + year,
      ruleId: 'tax-limit-unknown',
      hint:
        'voeg de maxima voor ' +
        year +
        ' (per maand en per jaar) toe aan `' +
        taxLimitsFile +
        '` van raadsstuk, of aan de maxima in het organisatiebestand',
      warning: true,
    })
    return
  }
  if (highest > limit.perYear) {
    pushLimit(
      problems,
      year,
      'het jaarbedrag per persoon (' + formatMoney(highest) + ')',
      'jaar',
      limit.perYear,
    )
  }
  if (rate > limit.perMonth) {
    pushLimit(
      problems,
      year,
      'het tarief (' + formatMoney(rate) + ' per maand)',
      'maand',
      limit.perMonth,
    )
  }
}

function pushLimit(
  problems: Problem[],
  year: number,
  what: string,
  per: 'maand' | 'jaar',
  limit: Cents,
): void {
  problems.push({
    path: [
      'financien',
      'vergoeding',
      per === 'maand' ? 'tarief' : 'maximumPerJaar',
    ],
    reason:
      'in ' +
      year +
      ' is ' +
      what +
      ' hoger dan de onbelaste vrijwilligersvergoeding van ' +
      formatMoney(limit) +
      ' per ' +
      per,
    ruleId: 'tax-limit',
    hint:
      'boven dit maximum is de hele vergoeding belast (Belastingdienst); ' +
      (per === 'maand'
        ? 'verlaag `tarief` tot hoogstens ' + formatMoney(limit) + ' per maand'
        : 'verlaag `maximumPerJaar` tot hoogstens ' +
          formatMoney(limit) +
          ', of het tarief'),
    warning: true,
  })
}

function ledenPeriods(
  vergoeding: Vergoeding,
  from: YearMonth,
  to: YearMonth,
  problems: Problem[],
): LidPeriod[] {
  if (typeof vergoeding.leden === 'number')
    return Array.from({length: vergoeding.leden}, () => ({
      name: undefined,
      from,
      to,
    }))
  const periods: LidPeriod[] = []
  vergoeding.leden.forEach((lid, index) => {
    const path = ['financien', 'vergoeding', 'leden', index]
    const start = lid.van ? parseMonth(lid.van) : from
    const end = lid.tot ? parseMonth(lid.tot) : to
    const period = formatYearMonth(from) + ' – ' + formatYearMonth(to)
    if (compareMonths(start, from) < 0 || compareMonths(start, to) > 0) {
      problems.push({
        path: [...path, 'van'],
        reason:
          lid.naam +
          ' begint in ' +
          formatYearMonth(start) +
          ', buiten de periode ' +
          period,
        ruleId: 'finance-member',
        hint: 'een lid begint op of na `van` en op of voor `tot` van de vergoeding',
      })
    } else if (compareMonths(end, start) < 0 || compareMonths(end, to) > 0) {
      problems.push({
        path: [...path, 'tot'],
        reason:
          lid.naam +
          ' stopt in ' +
          formatYearMonth(end) +
          ', ' +
          (compareMonths(end, start) < 0
            ? 'voordat het begint'
            : 'na het einde van de periode ' + period),
        ruleId: 'finance-member',
        hint: 'de laatste maand van een lid ligt tussen de eerste maand van dat lid en `tot` van de vergoeding',
      })
    } else {
      periods.push({name: lid.naam, from: start, to: end})
    }
  })
  return periods
}

function monthsInYear(lid: LidPeriod, year: number): number {
  if (year < lid.from.year || year > lid.to.year) return 0
  const first = year === lid.from.year ? lid.from.month : 1
  const last = year === lid.to.year ? lid.to.month : 12
  return last - first + 1
}
