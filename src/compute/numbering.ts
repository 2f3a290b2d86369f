/**
 * Numbering of beslispunten, argumenten and kanttekeningen, computed from ids. Pure.
 */
import type {Besluit} from '../check/schema.js'

/** A numbered beslispunt or onderdeel. */
export interface NumberedPoint {
  readonly id: string
  /** `3` for a beslispunt, `3a` for an onderdeel. */
  readonly number: string
  readonly text: string
  /** Where it stands in the source, such as `['beslispunten', 2, 'onderdelen', 0]`. */
  readonly path: readonly PropertyKey[]
  /** Its onderdelen, numbered `3a`, `3b` … (none for an onderdeel). */
  readonly onderdelen: readonly NumberedPoint[]
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

/** Number the beslispunten 1, 2, 3 … and their onderdelen 1a, 1b … in the order given. */
export function numberPoints(
  besluit: Pick<Besluit, 'beslispunten'>,
): NumberedPoint[] {
  return besluit.beslispunten.map((point, index) => {
    const number = String(index + 1)
    const path = ['beslispunten', index]
    return {
      id: point.id,
      number,
      text: point.tekst,
      path,
      onderdelen: (point.onderdelen ?? []).map((part, partIndex) => ({
        id: part.id,
        number: number + letter(partIndex + 1),
        text: part.tekst,
        path: [...path, 'onderdelen', partIndex],
        onderdelen: [],
      })),
    }
  })
}

/** The beslispunten and their onderdelen in document order: 1, 1a, 1b, 2 … */
export function flattenPoints(
  points: readonly NumberedPoint[],
): NumberedPoint[] {
  return points.flatMap((point) => [point, ...point.onderdelen])
}

/**
 * Number reasons per beslispunt in the order given (1.1, 1.2 … 2.1, or with
 * `style` 1.a, 1.b … 2.a), and list them in the order of their beslispunten.
 * A reason of an onderdeel is numbered after it with a digit in either
 * style (1a.1, 1a.2), as the letter already names the onderdeel. Reasons
 * that point at an unknown beslispunt are left out: validation reports them.
 */
export function numberReasons(
  points: readonly NumberedPoint[],
  reasons: ReadonlyArray<{readonly beslispunt: string; readonly kop: string}>,
  style: NumberStyle = '1.1',
): NumberedReason[] {
  const numbered: NumberedReason[] = []
  for (const point of flattenPoints(points)) {
    const lettered = style === '1.a' && /^\d+$/.test(point.number)
    let count = 0
    reasons.forEach((reason, index) => {
      if (reason.beslispunt !== point.id) return
      count++
      numbered.push({
        number: point.number + '.' + (lettered ? letter(count) : count),
        heading: reason.kop,
        index,
        point: point.id,
      })
    })
  }
  return numbered
}
