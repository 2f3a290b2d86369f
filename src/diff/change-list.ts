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
  replacements,
} from './describe-change.js'
import type {TextChange} from './text-changes.js'

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
    for (const value of diff.financien) {
      const cause =
        value.causes.length > 0 ? `, doordat ${value.causes.join(' en ')}` : ''
      add(
        `${capitalize(value.label)}: ${value.from ?? '(geen)'} wordt ${value.to ?? '(geen)'}${cause}.`,
      )
    }
    for (const text of textLines(diff.text)) add(text)
    for (const message of diff.checks.new)
      add(`Nieuw bij de controle: ${message.message}.`)
    if (number === 0) lines.push('Geen wijzigingen.')
    lines.push('')
  }
  return plain(lines.join('\n'))
}

/**
 * The changed paragraphs, each once with the documents it is in (the same
 * paragraph is often in the collegevoorstel and the raadsvoorstel).
 */
function textLines(changes: readonly TextChange[]): string[] {
  const documents = new Map<string, {change: TextChange; in: string[]}>()
  for (const change of changes) {
    const key = JSON.stringify([change.from, change.to])
    const seen = documents.get(key)
    if (seen) seen.in.push(change.document)
    else documents.set(key, {change, in: [change.document]})
  }
  return [...documents.values()].map(({change, in: names}) => {
    const where = 'Tekst van ' + names.join(', ')
    const first = (text: string) => {
      const words = text.replace(/\s+/g, ' ').trim().split(' ')
      return words.slice(0, 12).join(' ') + (words.length > 12 ? ' …' : '')
    }
    return change.from === undefined
      ? `${where}: nieuwe alinea „${first(change.to ?? '')}”.`
      : change.to === undefined
        ? `${where}: de alinea „${first(change.from)}” vervalt.`
        : `${where}: ${replacements(change.words)}`
  })
}
