/**
 * A besluit diff as text: a summary of lines whose changed words are marked
 * as data (for the terminal as `[-old-]{+new+}`, for the redline as `<del>`
 * and `<ins>`). The change list is in `change-list.ts`, the words both use
 * in `describe-change.ts`. Pure.
 */
import type {BesluitDiff, ItemChange, WordChange} from './diff.js'
import {
  capitalize,
  describeItem,
  describeMessage,
  invalidLines,
  itemNames,
  plain,
} from './describe-change.js'
import {defaultRegistry} from '../render/document-types.js'
import type {Registry} from '../render/registry.js'

/** Options of {@link formatDiff}. */
export interface Options {
  /** The document types, for their names (default: `defaultDocumentTypes`, the collegevoorstel, raadsinformatiebrief, raadsvoorstel and raadsbesluit). */
  readonly registry?: Registry
}

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
    if (diff.financien.length > 0) {
      lines.push('', 'Financiën')
      for (const value of diff.financien) {
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
