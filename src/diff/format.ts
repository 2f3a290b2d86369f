/**
 * A besluit diff as text: a summary of lines whose changed words are marked
 * as data (for the terminal as `[-old-]{+new+}`, for the redline as `<del>`
 * and `<ins>`). The change list is in `change-list.ts`. Pure.
 */
import type {BesluitDiff, ItemChange, WordChange} from './diff.js'
import {formatWhere, type MessageRecord} from '../messages/report.js'
import {defaultRegistry} from '../render/document-types.js'
import type {Registry} from '../render/registry.js'

/** Options of {@link formatDiff}. */
export interface Options {
  /** The document types, for their names (default: collegevoorstel and raadsinformatiebrief). */
  readonly registry?: Registry
}

export const itemNames = {
  beslispunten: 'beslispunt',
  argumenten: 'argument',
  kanttekeningen: 'kanttekening',
} as const

/** A run of a summary line's text: inserted, deleted, or neither. */
export interface Segment {
  readonly text: string
  /** `ins` for inserted words, `del` for deleted ones (default: neither). */
  readonly mark?: 'ins' | 'del'
}

/** One line of the summary. */
export type SummaryLine = readonly Segment[]

/** The diff for a terminal. */
export function formatDiff(
  diffs: readonly BesluitDiff[],
  labels: {from: string; to: string},
  options: Options = {},
): string {
  return summarizeDiff(diffs, labels, options).map(markedText).join('\n')
}

/** A summary line with its changes as `[-old-]{+new+}`, as `git diff --word-diff` shows them. */
export function markedText(line: SummaryLine): string {
  return line
    .map((segment) =>
      segment.mark === 'ins'
        ? `{+${segment.text}+}`
        : segment.mark === 'del'
          ? `[-${segment.text}-]`
          : segment.text,
    )
    .join('')
}

/** The diff as summary lines, changed words marked; the last line is empty. */
export function summarizeDiff(
  diffs: readonly BesluitDiff[],
  labels: {from: string; to: string},
  options: Options = {},
): SummaryLine[] {
  const registry = options.registry ?? defaultRegistry
  const marked: SummaryLine[] = []
  const lines = {
    push: (...texts: Array<string | SummaryLine>) =>
      marked.push(
        ...texts.map((text) =>
          typeof text === 'string' ? [{text: plain(text)}] : text,
        ),
      ),
  }
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
        lines.push(itemLine(itemNames[key], change))
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
      for (const change of changes)
        lines.push([{text: '  '}, ...wordSegments(change.words)])
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
  return marked
}

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

/** An item's line of the summary: its changed words marked. */
function itemLine(name: string, change: ItemChange): SummaryLine {
  if (change.kind !== 'gewijzigd')
    return [{text: plain('  ' + describeItem(name, change, true))}]
  const [from, to] = [change.from?.number, change.to?.number]
  const renumbered = from !== to ? ` (wordt ${to})` : ''
  return [
    {text: plain(`  ${name} ${from}${renumbered} gewijzigd: `)},
    ...wordSegments(change.words ?? []),
  ]
}

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

/** Word changes as segments of one line: line breaks become spaces. */
function wordSegments(words: readonly WordChange[]): Segment[] {
  return words.map((part) => {
    const text = plain(part.value.replace(/\s*\n\s*/g, ' '))
    return part.added
      ? {text, mark: 'ins'}
      : part.removed
        ? {text, mark: 'del'}
        : {text}
  })
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

export function describeMessage(message: MessageRecord): string {
  return `${formatWhere(message)}: ${message.severity}: ${message.message}`
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** No-break spaces as plain spaces, for terminals and text files. */
export function plain(text: string): string {
  return text.replace(/\u00A0/g, ' ')
}
