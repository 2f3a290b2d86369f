/**
 * Bounds on the schema's primitive amount and count types, apart from the
 * schema so that its finance part can change without these.
 */
import type {Cents} from '../compute/money.js'

/** Members of a vergoeding, counted or listed. */
export const maxLeden = 1000
/** The largest amount, in cents: € 1 miljard. */
export const maxCents = 100_000_000_000

/** What is wrong with an amount beyond its notation (`-0`, too large), or `undefined`. */
export function checkAmountBounds(
  value: unknown,
  cents: Cents | undefined,
): string | undefined {
  if (typeof value === 'string' && /^\s*-0+(?:\.0+)?\s*$/.test(value))
    return '`' + value.trim() + '` is geen bedrag: schrijf 0'
  if (cents !== undefined && Math.abs(cents) > maxCents)
    return 'bedrag is te groot: hoogstens € 1.000.000.000 (1 miljard)'
  return undefined
}
