/**
 * Numbering of beslispunten, argumenten and kanttekeningen, computed from ids. Pure.
 */
import type {Besluit} from '../check/schema.js'

/** A numbered beslispunt or onderdeel. */
export interface NumberedBeslispunt {
  readonly id: string
  /** `3` for a beslispunt, `3a` for an onderdeel. */
  readonly number: string
  readonly text: string
  /** Where it stands in the source, such as `['beslispunten', 2, 'onderdelen', 0]`. */
  readonly path: readonly PropertyKey[]
  /** Its onderdelen, numbered `3a`, `3b` … (none for an onderdeel). */
  readonly onderdelen: readonly NumberedBeslispunt[]
}

/** A numbered argument or kanttekening, `<beslispunt>.<n>`. */
export interface NumberedRedenering {
  readonly number: string
  readonly heading: string
  /** Index in the source list, to find its prose and position again. */
  readonly index: number
  /** The id of its beslispunt or onderdeel. */
  readonly beslispunt: string
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
export function numberBeslispunten(
  besluit: Pick<Besluit, 'beslispunten'>,
): NumberedBeslispunt[] {
  return besluit.beslispunten.map((beslispunt, index) => {
    const number = String(index + 1)
    const path = ['beslispunten', index]
    return {
      id: beslispunt.id,
      number,
      text: beslispunt.tekst,
      path,
      onderdelen: (beslispunt.onderdelen ?? []).map((part, partIndex) => ({
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
export function flattenBeslispunten(
  beslispunten: readonly NumberedBeslispunt[],
): NumberedBeslispunt[] {
  return beslispunten.flatMap((beslispunt) => [
    beslispunt,
    ...beslispunt.onderdelen,
  ])
}

/**
 * Number argumenten or kanttekeningen (redeneringen) per beslispunt in the order given (1.1, 1.2 … 2.1, or with
 * `style` 1.a, 1.b … 2.a), and list them in the order of their beslispunten.
 * A redenering of an onderdeel is numbered after it with a digit in either
 * style (1a.1, 1a.2), as the letter already names the onderdeel. Redeneringen
 * that point at an unknown beslispunt are left out: validation reports them.
 */
export function numberRedeneringen(
  beslispunten: readonly NumberedBeslispunt[],
  redeneringen: ReadonlyArray<{
    readonly beslispunt: string
    readonly kop: string
  }>,
  style: NumberStyle = '1.1',
): NumberedRedenering[] {
  const numbered: NumberedRedenering[] = []
  for (const beslispunt of flattenBeslispunten(beslispunten)) {
    const lettered = style === '1.a' && /^\d+$/.test(beslispunt.number)
    let count = 0
    redeneringen.forEach((redenering, index) => {
      if (redenering.beslispunt !== beslispunt.id) return
      count++
      numbered.push({
        number: beslispunt.number + '.' + (lettered ? letter(count) : count),
        heading: redenering.kop,
        index,
        beslispunt: beslispunt.id,
      })
    })
  }
  return numbered
}
