/**
 * Dutch number notation written out by hand: thousands grouped with `.`,
 * decimals after `,`, exactly as `Intl.NumberFormat('nl-NL')` writes them.
 * A short `raadsstuk check` would otherwise spend some 20 ms starting ICU
 * for its first formatter. Pure: no I/O, no clock.
 */

/** The euro sign and the no-break space (U+00A0) after it: `€ 7.200`. */
export const euroSign = '€\u00A0'

/** Group a string of digits in threes from the right: `1234567` → `1.234.567`. */
export function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3
  let grouped = digits.slice(0, head)
  for (let index = head; index < digits.length; index += 3) {
    grouped += '.' + digits.slice(index, index + 3)
  }
  return grouped
}

/**
 * Whole cents (not negative) as euros: `€ 7.200` when whole, `€ 7.200,50`
 * otherwise. Integer arithmetic only.
 */
export function formatEuros(size: number): string {
  const euros = groupThousands(String(Math.floor(size / 100)))
  const cents = size % 100
  return cents === 0
    ? euroSign + euros
    : euroSign + euros + ',' + String(cents).padStart(2, '0')
}

/**
 * Whole cents (not negative) as millions of euros, rounded to at most three
 * decimals, half away from zero, trailing zeros dropped: `3,7`, `0,002`.
 * Integer arithmetic only: a thousandth of a million is 100,000 cents.
 */
export function formatMillions(size: number): string {
  const thousandths =
    Math.floor(size / 100_000) + (size % 100_000 >= 50_000 ? 1 : 0)
  const whole = groupThousands(String(Math.floor(thousandths / 1000)))
  const fraction = String(thousandths % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '')
  return fraction ? whole + ',' + fraction : whole
}

/** Plain decimal text as `String(value)` gives it for 1e-6 ≤ |value| < 1e21. */
const plainDecimal = /^-?(\d+)(?:\.(\d+))?$/

/**
 * Any number in Dutch notation with at most `maximumFractionDigits`
 * decimals, as `Intl.NumberFormat('nl-NL', {maximumFractionDigits})` writes
 * it (`1.234,5`, `1,01` for 1.005, `-0` for -0). Rounds the shortest decimal
 * text of the number half away from zero, as ICU does; only exponent
 * notation and non-finite numbers go to a formatter made when first needed.
 */
export function formatDecimal(
  value: number,
  maximumFractionDigits: number,
): string {
  const match = plainDecimal.exec(String(value))
  if (!match) return fallback(maximumFractionDigits).format(value)
  const [, whole = '', fraction = ''] = match
  const sign = value < 0 || Object.is(value, -0) ? '-' : ''
  let digits = whole + fraction.slice(0, maximumFractionDigits)
  if ((fraction[maximumFractionDigits] ?? '0') >= '5') {
    digits = incrementDigits(digits)
  }
  const split = digits.length - Math.min(fraction.length, maximumFractionDigits)
  const decimals = digits.slice(split).replace(/0+$/, '')
  return (
    sign +
    groupThousands(digits.slice(0, split)) +
    (decimals ? ',' + decimals : '')
  )
}

/** Add one to the last digit of a digit string, carrying: `199` → `200`, `99` → `100`. */
function incrementDigits(digits: string): string {
  let index = digits.length - 1
  while (index >= 0 && digits[index] === '9') index--
  const carried = index < 0 ? '1' : String(Number(digits[index]) + 1)
  return (
    digits.slice(0, Math.max(index, 0)) +
    carried +
    '0'.repeat(digits.length - index - 1)
  )
}

const fallbacks = new Map<number, Intl.NumberFormat>()

/** A real formatter for what the hand-written one leaves (`1e21`, `NaN`, `∞`), made on first need only. */
function fallback(maximumFractionDigits: number): Intl.NumberFormat {
  let format = fallbacks.get(maximumFractionDigits)
  if (!format) {
    format = new Intl.NumberFormat('nl-NL', {maximumFractionDigits})
    fallbacks.set(maximumFractionDigits, format)
  }
  return format
}
