/**
 * Numbering of beslispunten, argumenten and kanttekeningen, computed from ids. Pure.
 */
import type {Besluit} from '../check/schema.js'

/** A numbered beslispunt. */
export interface NumberedPoint {
  readonly id: string
  readonly number: string
  readonly text: string
}

/** A numbered argument or kanttekening, `<beslispunt>.<n>`. */
export interface NumberedReason {
  readonly number: string
  readonly heading: string
  /** Index in the source list, to find its prose and position again. */
  readonly index: number
  readonly point: string
}

/** How sub-items are numbered: `1.1, 1.2` or `1.a, 1.b`. */
export type NumberStyle = '1.1' | '1.a'

/** The letter of the `count`th sub-item: a … z, then aa, ab … */
export function letter(count: number): string {
  let text = ''
  for (let rest = count; rest > 0; rest = Math.floor((rest - 1) / 26))
    text = String.fromCharCode(97 + ((rest - 1) % 26)) + text
  return text
}

/** Number the beslispunten 1, 2, 3 … in the order given. */
export function numberPoints(
  besluit: Pick<Besluit, 'beslispunten'>,
): NumberedPoint[] {
  return besluit.beslispunten.map((point, index) => ({
    id: point.id,
    number: String(index + 1),
    text: point.tekst,
  }))
}

/**
 * Number reasons per beslispunt in the order given (1.1, 1.2 … 2.1, or with
 * `style` 1.a, 1.b … 2.a), and list
 * them in the order of their beslispunten. Reasons that point at an unknown
 * beslispunt are left out: validation reports them.
 */
export function numberReasons(
  points: readonly NumberedPoint[],
  reasons: ReadonlyArray<{readonly beslispunt: string; readonly kop: string}>,
  style: NumberStyle = '1.1',
): NumberedReason[] {
  const numbered: NumberedReason[] = []
  for (const point of points) {
    let count = 0
    reasons.forEach((reason, index) => {
      if (reason.beslispunt !== point.id) return
      count++
      numbered.push({
        number: point.number + '.' + (style === '1.a' ? letter(count) : count),
        heading: reason.kop,
        index,
        point: point.id,
      })
    })
  }
  return numbered
}
