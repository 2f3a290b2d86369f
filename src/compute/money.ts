/**
 * Money in integer euro cents, parsed from decimal text and formatted in Dutch.
 * Pure: no I/O, no clock.
 */
import {
  euroSign,
  formatDecimal,
  formatEuros,
  formatMillions,
} from './dutch-number.js'

/** An amount in whole euro cents. */
export type Cents = number & {readonly __brand: 'Cents'}

/** Amounts per calendar year; a missing year is an empty cell. */
export type YearAmounts = ReadonlyMap<number, Cents>

/** How an amount is written in prose or a table. */
export type MoneyStyle = 'bedrag' | 'streepje' | 'mln' | 'miljoen'

/** The styles a writer can choose, with an example each (used in messages and docs). */
export const moneyStyles: Readonly<Record<MoneyStyle, string>> = {
  bedrag: '€ 7.200',
  streepje: '€ 180,-',
  mln: '€ 3,7 mln.',
  miljoen: '€ 9,5 miljoen',
}

/** Brand a whole number of cents, rejecting anything that is not a safe integer. */
export function toCents(value: number): Cents {
  if (!Number.isSafeInteger(value)) {
    throw new Error(
      'Expected a safe integer number of cents, not `' + value + '`',
    )
  }
  return value as Cents
}

/** Sum amounts of cents. */
export function sumCents(values: readonly Cents[]): Cents {
  let total = 0
  for (const value of values) total += value
  return toCents(total)
}

const amountPattern = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/

/**
 * Parse an amount in euros written as decimal text (`7200`, `180.5`, `-12.25`).
 * Works on the text, never on a float times 100. Returns `undefined` for
 * anything else (a comma, more than two decimals, a thousands separator).
 */
export function parseAmount(text: string): Cents | undefined {
  const match = amountPattern.exec(text.trim())
  if (!match) return undefined
  const [, sign, euros = '0', decimals = ''] = match
  const cents = Number(euros) * 100 + Number(decimals.padEnd(2, '0'))
  return toCents(sign ? -cents : cents)
}

/** The minus sign of a negative amount: a real minus (U+2212) before the euro sign, as in "−€ 50.000". */
export const minusSign = '\u2212'

/**
 * Format cents as Dutch money: `€ 7.200`, `€ 7.200,50`, `€ 180,-`,
 * `€ 3,7 mln.`, `€ 9,5 miljoen`. A no-break space follows the euro sign; a
 * negative amount starts with a real minus sign: `−€ 50.000`.
 */
export function formatMoney(
  cents: Cents,
  style: MoneyStyle = 'bedrag',
): string {
  const sign = cents < 0 ? minusSign : ''
  const size = Math.abs(cents)
  switch (style) {
    case 'bedrag':
      return sign + formatEuros(size)
    case 'streepje':
      return sign + formatEuros(size) + (size % 100 === 0 ? ',-' : '')
    case 'mln':
      return sign + euroSign + formatMillions(size) + ' mln.'
    case 'miljoen':
      return sign + euroSign + formatMillions(size) + ' miljoen'
  }
}

/**
 * Whether an amount is shown exactly in the `mln`/`miljoen` styles (at most
 * three decimals of a million, so € 3.700.000 is, € 3.712.345 is not).
 */
export function isRoundMillions(cents: Cents): boolean {
  return cents % 100_000_000 === 0 || cents % 100_000 === 0
}

/**
 * Round amounts to whole `unit`s (such as thousands of euros) so that the
 * rounded parts add up to the rounded total: each part is rounded down, and
 * the units still missing go to the parts with the largest remainders
 * (largest-remainder method). Ties go to the earlier part.
 */
export function roundToUnits(values: readonly Cents[], unit: number): number[] {
  const floors = values.map((value) => Math.floor(value / unit))
  const target = Math.round(
    values.reduce((sum, value) => sum + value, 0) / unit,
  )
  let missing = target - floors.reduce((sum, value) => sum + value, 0)
  const order = values
    .map((value, index) => ({
      index,
      remainder: value / unit - Math.floor(value / unit),
    }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const {index} of order) {
    if (missing <= 0) break
    floors[index] = (floors[index] ?? 0) + 1
    missing--
  }
  return floors
}

/** A whole number in Dutch notation, for tables shown "x € 1.000": `1.250`, `−50`. */
export function formatUnits(units: number): string {
  return (units < 0 ? minusSign : '') + formatDecimal(Math.abs(units), 0)
}

/** An amount as Dutch prose writes it: `€ 7.200`, `€7200,-`, `€ 180,50`, `€ 3,7 mln.`, `€ 9,5 miljoen`. */
export const dutchAmountPattern =
  /€\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-{1,2}))?(?:\s?(mln\.?|miljoen))?/g

/** The cents of a match of {@link dutchAmountPattern}, or `undefined` when it is not a whole number of cents. */
export function parseDutchAmount(text: string): Cents | undefined {
  const match = new RegExp(dutchAmountPattern.source).exec(text)
  if (!match) return undefined
  const [, whole = '0', fraction = '', millions] = match
  const decimals = /^\d+$/.test(fraction) ? fraction : ''
  const euros = Number(whole.replace(/\./g, '') + '.' + (decimals || '0'))
  const cents = Math.round(euros * (millions ? 1_000_000 : 1) * 100)
  return Number.isSafeInteger(cents) ? toCents(cents) : undefined
}
