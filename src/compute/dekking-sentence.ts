/**
 * The dekking of a table in words: one Dutch sentence per entry of `dekking`,
 * printed under the table and quotable as `{{dekking}}`. Pure.
 */
import type {DekkingResult} from './dekking.js'
import {formatMoney, toCents, type Cents, type YearAmounts} from './money.js'

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The dekking as one Dutch sentence per entry, for under the table and for `{{dekking}}`. */
export function formatDekking(entries: readonly DekkingResult[]): string {
  return entries
    .filter((entry) => entry.years.length > 0)
    .map((entry) => {
      const when = yearsText(entry)
      const needs = [...entry.tekort.values()]
      const same = needs.every((need) => need === needs[0])
      const amount =
        same && needs[0] !== undefined
          ? formatMoney(needs[0]) + (entry.years.length > 1 ? ' per jaar' : '')
          : [...entry.tekort]
              .map(([year, need]) => formatMoney(need) + ' in ' + year)
              .join(', ')
      if (entry.open)
        return (
          capitalize(when) +
          ' is het tekort van ' +
          amount +
          ' nog niet gedekt: ' +
          entry.open.reden.replace(/\.$/, '') +
          '; ' +
          entry.open.moment.replace(/\.$/, '') +
          '.'
        )
      const bronnen = entry.bronnen.map(
        (bron) =>
          bron.phrase +
          (entry.bronnen.length > 1
            ? ' (' + formatMoney(firstAmount(bron.amounts)) + ')'
            : ''),
      )
      return (
        capitalize(when) +
        ' wordt het tekort van ' +
        amount +
        ' gedekt uit ' +
        joinDutch(bronnen) +
        '.'
      )
    })
    .join(' ')
}

function yearsText(entry: DekkingResult): string {
  const first = entry.years[0]
  const last = entry.years.at(-1)
  if (entry.years.length === 1) return 'in ' + first
  return entry.onwards ? 'vanaf ' + first : 'in ' + first + '–' + last
}

function firstAmount(amounts: YearAmounts): Cents {
  return [...amounts.values()][0] ?? toCents(0)
}

function joinDutch(parts: readonly string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : parts.slice(0, -1).join(', ') + ' en ' + parts.at(-1)
}
