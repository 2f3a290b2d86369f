/**
 * How a change is said in words, the same in the terminal summary
 * (`format.ts`) and in the change list (`change-list.ts`): an item added,
 * removed, renumbered or reworded, was/wordt sentences for changed words,
 * and the messages of a version that does not validate. Pure.
 */
import type {BesluitDiff, ItemChange, WordChange} from './diff.js'
import {formatWhere, type MessageRecord} from '../messages/report.js'

/** The word for one item of each list, as the summary names it. */
export const itemNames = {
  beslispunten: 'beslispunt',
  argumenten: 'argument',
  kanttekeningen: 'kanttekening',
} as const

/** The messages of each version that does not validate, indented under its label. */
export function invalidLines(
  diff: BesluitDiff,
  labels: {from: string; to: string},
  lines: {push: (...texts: string[]) => unknown},
): void {
  for (const [side, messages] of [
    [labels.from, diff.invalid.from],
    [labels.to, diff.invalid.to],
  ] as const) {
    if (messages.length === 0) continue
    lines.push(`  ongeldig in ${side}:`)
    for (const message of messages)
      lines.push('    ' + describeMessage(message))
  }
}

/** An added, removed, renumbered or reworded item, for the terminal (`terminal`) or as a memo's sentence. */
export function describeItem(
  name: string,
  change: ItemChange,
  terminal: boolean,
): string {
  const label = capitalize(name)
  const from = change.from?.number
  const to = change.to?.number
  const title = (text: string) =>
    (text.split('\n')[0] ?? '').replace(/[.:;]$/, '')
  switch (change.kind) {
    case 'toegevoegd':
      return terminal
        ? `${name} ${to} toegevoegd: ${title(change.to?.text ?? '')}`
        : `${label} ${to} wordt toegevoegd: „${title(change.to?.text ?? '')}”.`
    case 'verwijderd':
      return terminal
        ? `${name} ${from} verwijderd: ${title(change.from?.text ?? '')}`
        : `${label} ${from} („${title(change.from?.text ?? '')}”) vervalt.`
    case 'hernummerd':
      return terminal
        ? `${name} ${from} wordt ${to} (hernummerd)`
        : `${label} ${from} wordt ${label.toLowerCase()} ${to}.`
    case 'gewijzigd': {
      const renumbered = from !== to ? ` (wordt ${to})` : ''
      return `${label} ${from}${renumbered}: ${replacements(change.words ?? [])}`
    }
  }
}

/** Was/wordt sentences for each run of changed words. */
export function replacements(words: readonly WordChange[]): string {
  const sentences: string[] = []
  for (let index = 0; index < words.length; index++) {
    const part = words[index]
    if (!part || (!part.added && !part.removed)) continue
    const next = words[index + 1]
    if (part.removed && next?.added) {
      sentences.push(
        `„${trim(part.value)}” wordt vervangen door „${trim(next.value)}”.`,
      )
      index++
    } else if (part.removed) {
      sentences.push(`„${trim(part.value)}” vervalt.`)
    } else {
      const before = words[index - 1]?.value
        .trim()
        .split(/\s+/)
        .slice(-3)
        .join(' ')
      sentences.push(
        before
          ? `na „${before}” wordt „${trim(part.value)}” ingevoegd.`
          : `„${trim(part.value)}” wordt ingevoegd.`,
      )
    }
  }
  return sentences.join(' ')
}

function trim(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** A message as `file:line:column: severity: message`. */
export function describeMessage(message: MessageRecord): string {
  return `${formatWhere(message)}: ${message.severity}: ${message.message}`
}

/** The text with a capital first letter. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** No-break spaces as plain spaces, for terminals and text files. */
export function plain(text: string): string {
  return text.replace(/\u00A0/g, ' ')
}
