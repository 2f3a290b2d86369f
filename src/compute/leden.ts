/**
 * The leden of a vergoeding: a number of people paid over the whole period,
 * or named leden with their own first and last month, checked to lie within
 * the vergoeding's period. Pure.
 */
import {
  compareMonths,
  formatYearMonth,
  parseMonth,
  type YearMonth,
} from '../nl/calendar.js'
import type {Vergoeding} from '../check/schema.js'
import type {Problem} from '../messages/problem.js'

/** The months in which one lid is paid; `name` only for a named lid. */
export interface LidPeriod {
  readonly name: string | undefined
  readonly from: YearMonth
  readonly to: YearMonth
}

/**
 * The period of each lid: the vergoeding's, or a named lid's own `van` and
 * `tot` within it; a lid whose months fall outside it is an error and left out.
 */
export function ledenPeriods(
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
        ruleId: 'financien-leden',
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
        ruleId: 'financien-leden',
        hint: 'de laatste maand van een lid ligt tussen de eerste maand van dat lid en `tot` van de vergoeding',
      })
    } else {
      periods.push({name: lid.naam, from: start, to: end})
    }
  })
  return periods
}

/** The months of `year` in which a lid is paid. */
export function monthsInYear(lid: LidPeriod, year: number): number {
  if (year < lid.from.year || year > lid.to.year) return 0
  const first = year === lid.from.year ? lid.from.month : 1
  const last = year === lid.to.year ? lid.to.month : 12
  return last - first + 1
}
