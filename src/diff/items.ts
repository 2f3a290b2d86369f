/**
 * The numbered items of a besluit as the diff compares them (beslispunten
 * and onderdelen by id, argumenten and kanttekeningen by id or heading), and
 * what happened to each. Pure.
 */
import {alignByKey} from './align.js'
import {compareWords} from './text-blocks.js'
import {
  flattenBeslispunten,
  numberBeslispunten,
  numberRedeneringen,
  type NumberStyle,
} from '../compute/numbering.js'
import type {Besluit} from '../check/schema.js'
import {resolvePlaceholders, type ValueTable} from '../compute/values.js'

/** A run of words: kept, added or removed. */
export interface WordChange {
  readonly value: string
  readonly added?: boolean
  readonly removed?: boolean
}

/** A change to a numbered item (beslispunt, argument, kanttekening). */
export interface ItemChange {
  readonly kind: 'toegevoegd' | 'verwijderd' | 'gewijzigd' | 'hernummerd'
  readonly key: string
  readonly from?: {readonly number: string; readonly text: string}
  readonly to?: {readonly number: string; readonly text: string}
  /** Word-level change of the text, where it changed. */
  readonly words?: readonly WordChange[]
}

/** A numbered item as the diff compares it. */
interface Item {
  readonly key: string
  readonly number: string
  readonly text: string
}

/** The beslispunten and their onderdelen (1, 1a, 1b, 2 …), keyed by id, with their placeholders filled in. */
export function beslispuntItems(besluit: Besluit, values: ValueTable): Item[] {
  return flattenBeslispunten(numberBeslispunten(besluit)).map((point) => ({
    key: point.id,
    number: point.number,
    text: resolvePlaceholders(point.text, values),
  }))
}

/** The argumenten or kanttekeningen, keyed by id (or beslispunt and heading), heading and text as one. */
export function redeneringItems(
  besluit: Besluit,
  key: 'argumenten' | 'kanttekeningen',
  values: ValueTable,
  style: NumberStyle,
): Item[] {
  const redeneringen = numberRedeneringen(
    numberBeslispunten(besluit),
    besluit[key],
    style,
  )
  return redeneringen.map((numbered) => {
    const source = besluit[key][numbered.index]
    const body =
      typeof source?.tekst === 'string'
        ? source.tekst
        : '(' + (source?.tekst.bestand ?? '') + ')'
    return {
      key: source?.id ?? numbered.beslispunt + ': ' + numbered.heading,
      number: numbered.number,
      text: resolvePlaceholders(
        numbered.heading + '\n\n' + body.trim(),
        values,
      ),
    }
  })
}

/** What happened to each numbered item: added, removed, reworded or renumbered. */
export function diffItems(
  before: readonly Item[],
  after: readonly Item[],
): ItemChange[] {
  const side = (item: Item) => ({number: item.number, text: item.text})
  return alignByKey(before, after, (item) => item.key).flatMap(
    (step): ItemChange[] => {
      if (step.kind === 'added')
        return [{kind: 'toegevoegd', key: step.to.key, to: side(step.to)}]
      if (step.kind === 'removed')
        return [{kind: 'verwijderd', key: step.from.key, from: side(step.from)}]
      const {from, to} = step
      if (from.text !== to.text)
        return [
          {
            kind: 'gewijzigd',
            key: to.key,
            from: side(from),
            to: side(to),
            words: compareWords(from.text, to.text),
          },
        ]
      if (from.number !== to.number)
        return [
          {kind: 'hernummerd', key: to.key, from: side(from), to: side(to)},
        ]
      return []
    },
  )
}
