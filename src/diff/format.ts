/**
 * A besluit diff as text: for the terminal (word changes as `[-old-]{+new+}`)
 * and as a Dutch change list in the was/wordt form of a memo. Pure.
 */
import type {BesluitDiff, ItemChange, WordChange} from './diff.js'
import type {MessageRecord} from '../messages/report.js'
import {defaultRegistry} from '../render/document-types.js'
import type {Registry} from '../render/registry.js'

/** Options of {@link formatDiff}. */
export interface Options {
  /** The document types, for their names (default: collegevoorstel and raadsinformatiebrief). */
  readonly registry?: Registry
}

const itemNames = {
  beslispunten: 'beslispunt',
  argumenten: 'argument',
  kanttekeningen: 'kanttekening',
} as const

/** The diff for a terminal. */
export function formatDiff(
  diffs: readonly BesluitDiff[],
  labels: {from: string; to: string},
  options: Options = {},
): string {
  const registry = options.registry ?? defaultRegistry
  const lines: string[] = []
  for (const diff of diffs) {
    lines.push(
      `besluit ${diff.name} (${labels.from} → ${labels.to}): ${diff.status}`,
    )
    invalidLines(diff, labels, lines)
    for (const key of [
      'beslispunten',
      'argumenten',
      'kanttekeningen',
    ] as const) {
      if (diff[key].length === 0) continue
      lines.push('', capitalize(key))
      for (const change of diff[key])
        lines.push('  ' + describeItem(itemNames[key], change, true))
    }
    if (diff.metadata.length > 0) {
      lines.push('', 'Gegevens')
      for (const field of diff.metadata)
        lines.push(
          `  ${field.field}: ${field.from ?? '(geen)'} → ${field.to ?? '(geen)'}`,
        )
    }
    if (diff.finance.length > 0) {
      lines.push('', 'Financiën')
      for (const value of diff.finance) {
        const difference = value.difference ? ` (${value.difference})` : ''
        const cause =
          value.causes.length > 0
            ? `; wijzigt doordat ${value.causes.join(' en ')}`
            : ''
        lines.push(
          `  ${value.label} (${value.name}): ${value.from ?? '(geen)'} → ${value.to ?? '(geen)'}${difference}${cause}`,
        )
      }
    }
    for (const type of registry.types) {
      const changes = diff.text.filter((change) => change.document === type.id)
      if (changes.length === 0) continue
      lines.push('', 'Tekst van ' + type.withArticle)
      for (const change of changes) lines.push('  ' + wordDiff(change.words))
    }
    if (diff.checks.new.length + diff.checks.solved.length > 0) {
      lines.push('', 'Controles')
      for (const message of diff.checks.new)
        lines.push('  nieuw: ' + describeMessage(message))
      for (const message of diff.checks.solved)
        lines.push('  opgelost: ' + describeMessage(message))
    }
    lines.push('')
  }
  return plain(lines.join('\n'))
}

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

function invalidLines(
  diff: BesluitDiff,
  labels: {from: string; to: string},
  lines: string[],
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

function describeItem(
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
      if (terminal)
        return `${name} ${from}${renumbered} gewijzigd: ${wordDiff(change.words ?? [])}`
      return `${label} ${from}${renumbered}: ${replacements(change.words ?? [])}`
    }
  }
}

/** `[-old-]{+new+}` inline, as `git diff --word-diff` shows it. */
function wordDiff(words: readonly WordChange[]): string {
  return words
    .map((part) =>
      part.added
        ? `{+${part.value}+}`
        : part.removed
          ? `[-${part.value}-]`
          : part.value,
    )
    .join('')
    .replace(/\s*\n\s*/g, ' ')
}

/** Was/wordt sentences for each run of changed words. */
function replacements(words: readonly WordChange[]): string {
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

function describeMessage(message: MessageRecord): string {
  return `${message.file}:${message.line}:${message.column}: ${message.severity}: ${message.message}`
}

function trim(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** No-break spaces as plain spaces, for terminals and text files. */
function plain(text: string): string {
  return text.replace(/\u00A0/g, ' ')
}
