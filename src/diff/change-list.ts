/**
 * A besluit diff as a Dutch change list in the was/wordt form of a memo:
 * "Beslispunt 1: „experiment” wordt vervangen door „proef”." Pure.
 */
import type {BesluitDiff} from './diff.js'
import {
  capitalize,
  describeItem,
  invalidLines,
  itemNames,
  plain,
} from './format.js'

/** The diff as a Dutch change list: "Beslispunt 1: „experiment” wordt vervangen door „proef”." */
export function formatChangeList(
  diffs: readonly BesluitDiff[],
  labels: {from: string; to: string},
): string {
  const lines: string[] = []
  for (const diff of diffs) {
    lines.push(
      `Wijzigingen in ${diff.name} (${labels.from} → ${labels.to})`,
      '',
    )
    invalidLines(diff, labels, lines)
    let number = 0
    const add = (text: string) => lines.push(`${++number}. ${text}`)
    for (const field of diff.metadata)
      add(
        `${capitalize(field.field)}: „${field.from ?? ''}” wordt „${field.to ?? ''}”.`,
      )
    for (const key of [
      'beslispunten',
      'argumenten',
      'kanttekeningen',
    ] as const) {
      for (const change of diff[key])
        add(describeItem(itemNames[key], change, false))
    }
    for (const value of diff.finance) {
      const cause =
        value.causes.length > 0 ? `, doordat ${value.causes.join(' en ')}` : ''
      add(
        `${capitalize(value.label)}: ${value.from ?? '(geen)'} wordt ${value.to ?? '(geen)'}${cause}.`,
      )
    }
    for (const message of diff.checks.new)
      add(`Nieuw bij de controle: ${message.message}.`)
    if (number === 0) lines.push('Geen wijzigingen.')
    lines.push('')
  }
  return plain(lines.join('\n'))
}
