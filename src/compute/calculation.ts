/**
 * The vergoeding's calculation written out as it is made, so that a sentence
 * can never say a sum that the data does not give:
 * "4 personen x 10 maanden x € 200,- = € 8.000, begrensd op € 1.800 per
 * persoon per jaar: € 7.200". Pure.
 */
import {formatMoney, type Cents} from './money.js'
import type {CalculationYear} from './vergoeding.js'

/** The calculation of one or more calendar years as Dutch text. */
export function formatCalculation(
  years: readonly CalculationYear[],
  total: Cents,
): string {
  const shown = years.filter((year) => year.terms.length > 0)
  if (shown.length === 0)
    return '0 personen x 0 maanden = ' + formatMoney(total)
  const [only] = shown
  if (shown.length === 1 && only) return formatYear(only)
  return (
    shown.map((year) => 'in ' + year.year + ' ' + formatYear(year)).join('; ') +
    '; samen ' +
    formatMoney(total)
  )
}

function formatYear(year: CalculationYear): string {
  const terms = year.terms
    .map(
      (term) =>
        term.leden +
        (term.leden === 1 ? ' persoon' : ' personen') +
        ' x ' +
        term.months +
        (term.months === 1 ? ' maand' : ' maanden') +
        ' x ' +
        formatMoney(term.tarief, 'streepje'),
    )
    .join(' + ')
  const gross = terms + ' = ' + formatMoney(year.gross)
  return year.cap === undefined
    ? gross
    : gross +
        ', begrensd op ' +
        formatMoney(year.cap) +
        ' per persoon per jaar: ' +
        formatMoney(year.total)
}
