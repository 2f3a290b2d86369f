/**
 * Typed sums in prose that do not hold, as warnings: the text is checked
 * after its placeholders are filled in, so a sentence that mixes typed and
 * computed figures is checked as the reader will read it. Pure.
 */
import type {Point} from '../messages/problem.js'
import {findFalseArithmetic} from '../compute/arithmetic.js'

/** `[reason, place, hint]` for each false calculation in `text`; `placeAt` maps an index to its place in the source. */
export function checkArithmetic(
  text: string,
  placeAt: (index: number) => Point,
): Array<[string, Point, string]> {
  return findFalseArithmetic(text).map((found) => [
    'de berekening `' +
      found.expression +
      '` klopt niet: het is ' +
      found.actual,
    placeAt(found.index),
    'schrijf berekende bedragen als waarde, zoals `{{vergoeding.berekening}}` of `{{vergoeding.totaal}}`, of verbeter de getallen',
  ])
}
