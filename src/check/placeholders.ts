/**
 * The checks inside a text of prose: placeholders (`{{vergoeding.totaal}}`)
 * filled in from the computed values, typed amounts that should be
 * placeholders, and where in the source file a problem is. Pure.
 */
import type {Node, Text} from 'mdast'
import {report, type Point} from '../messages/problem.js'
import {dutchAmountPattern, parseDutchAmount} from '../compute/money.js'
import {didYouMean} from '../messages/suggest.js'
import {
  formatValue,
  placeholderPattern,
  valueFormats,
  type ValueTable,
} from '../compute/values.js'
import type {ProseSource} from './prose.js'

/**
 * Replace the placeholders of a text node by their values; returns a map from
 * a place in the new text back to the place in the text as written (a value
 * maps to the start of its placeholder).
 */
export function replacePlaceholders(
  node: Text,
  source: ProseSource,
  values: ValueTable,
): (at: number) => number {
  if (!node.value.includes('{{')) return (at) => at
  const original = node.value
  const covered: Array<[number, number]> = []
  // [start in the new text, end in the new text, start and end as written]
  const replaced: Array<[number, number, number, number]> = []
  let shift = 0
  node.value = original.replace(
    placeholderPattern,
    (match, name: string, format: string | undefined, at: number) => {
      const text = resolveOne(match, name, format, at)
      replaced.push([
        at + shift,
        at + shift + text.length,
        at,
        at + match.length,
      ])
      shift += text.length - match.length
      return text
    },
  )
  function resolveOne(
    match: string,
    name: string,
    format: string | undefined,
    at: number,
  ): string {
    covered.push([at, at + match.length])
    const value = values.get(name)
    const place = () => placeWithin(source, node, at)
    if (!value) {
      report(
        source.file,
        'onbekende waarde `' + name + '` in `' + match + '`',
        {
          place: place(),
          ruleId: 'unknown-placeholder',
          hint:
            values.size === 0
              ? 'dit besluit heeft geen berekende waarden: beschrijf ze onder `financien`'
              : (didYouMean(name, values.keys()) ??
                'bekende waarden: ' +
                  [...values.keys()].map((key) => '`' + key + '`').join(', ')),
        },
      )
      return match
    }
    const text = formatValue(value, format)
    if (text === undefined) {
      report(
        source.file,
        'onbekende opmaak `' + String(format) + '` voor `' + name + '`',
        {
          place: place(),
          ruleId: 'unknown-format',
          hint:
            'mogelijk: ' +
            valueFormats[value.kind].map((key) => '`' + key + '`').join(', '),
        },
      )
      return match
    }
    return text
  }
  // A `{{` that starts no placeholder is a mistake (or template code, which is never run).
  for (const match of original.matchAll(/\{\{/g)) {
    if (
      covered.some(([start, end]) => match.index >= start && match.index < end)
    )
      continue
    report(
      source.file,
      '`{{` is hier geen waarde: `' +
        truncate(original.slice(match.index), 30) +
        '`',
      {
        place: placeWithin(source, node, match.index),
        ruleId: 'stray-braces',
        hint: 'een waarde schrijft u als `{{vergoeding.totaal}}` of `{{vergoeding.tarief|streepje}}`; templatecode in tekst wordt niet uitgevoerd',
      },
    )
    break
  }
  return (at) => {
    let mapped = at
    for (const [start, end, from, to] of replaced) {
      if (at < start) break
      mapped = at < end ? from : at - end + to
    }
    return mapped
  }
}

/** At most `length` characters, with an ellipsis when cut. */
export function truncate(text: string, length: number): string {
  return text.length > length ? text.slice(0, length) + '…' : text
}

/** A typed amount should be a placeholder: it cannot follow the data when the data changes. */
export function checkLiteralAmounts(
  node: Text,
  source: ProseSource,
  values: ValueTable,
): void {
  if (!node.value.includes('€')) return
  const withoutPlaceholders = node.value.replace(placeholderPattern, (match) =>
    ' '.repeat(match.length),
  )
  for (const match of withoutPlaceholders.matchAll(dutchAmountPattern)) {
    const cents = parseDutchAmount(match[0])
    const name = [...values].find(
      ([, value]) => value.kind === 'bedrag' && value.cents === cents,
    )?.[0]
    report(
      source.file,
      'getypt bedrag `' +
        match[0].trim() +
        '`' +
        (name
          ? ' is de berekende waarde `' + name + '`'
          : ' komt niet uit de berekening'),
      {
        place: placeWithin(source, node, match.index),
        ruleId: 'literal-amount',
        hint: name
          ? 'schrijf `{{' + name + '}}`, dan volgt de tekst de gegevens'
          : 'leg het bedrag één keer vast, onder `financien.bedragen` of als tabelregel met een `id`, en citeer het als waarde, zoals `{{bedrag.<id>}}`',
        warning: true,
      },
    )
  }
}

/** The point in the source file where a Markdown node starts. */
export function placeOf(source: ProseSource, node: Node): Point {
  const start = node.position?.start ?? {line: 1, column: 1}
  return source.origin({line: start.line, column: start.column})
}

/** The point in the source file of an index into a text node's value. */
export function placeWithin(
  source: ProseSource,
  node: Text,
  at: number,
): Point {
  const start = node.position?.start ?? {line: 1, column: 1}
  const before = node.value.slice(0, at).split('\n')
  const line = start.line + before.length - 1
  const column =
    before.length === 1 ? start.column + at : (before.at(-1)?.length ?? 0) + 1
  return source.origin({line, column})
}
