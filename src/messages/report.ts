/**
 * Messages as compiler-style lines (`file:line:col: error: reason`), and the
 * summary. Pure.
 */
import {relative} from 'node:path'
import type {VFile} from 'vfile'

/** Options of {@link formatReport}. */
export interface Options {
  /** Paths are shown relative to this folder (default: none, paths as given). */
  readonly cwd?: string
  /** Show the hint on its own line under each message (default: `true`). */
  readonly hints?: boolean
}

/** A message in a plain form, for `--format json` and tests. */
export interface MessageRecord {
  readonly file: string
  /** Absent for a message about the file as a whole. */
  readonly line: number | undefined
  readonly column: number | undefined
  readonly severity: 'error' | 'warning'
  readonly message: string
  readonly hint: string | undefined
  readonly rule: string | undefined
}

/** All messages of the files, sorted by file, line and column. */
export function collectMessages(
  files: readonly VFile[],
  options: Options = {},
): MessageRecord[] {
  const records: MessageRecord[] = []
  for (const file of files) {
    const path = file.path
      ? options.cwd
        ? relative(options.cwd, file.path)
        : file.path
      : '<invoer>'
    for (const message of file.messages) {
      records.push({
        file: path,
        line: message.line ?? undefined,
        column: message.column ?? undefined,
        severity: message.fatal ? 'error' : 'warning',
        message: message.reason,
        hint: message.note,
        rule: message.ruleId,
      })
    }
  }
  return records.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  )
}

/** The report: one line per message (with its hint under it), then a summary line. */
export function formatReport(
  files: readonly VFile[],
  options: Options = {},
): string {
  const records = collectMessages(files, options)
  const lines: string[] = []
  for (const record of records) {
    lines.push(
      formatWhere(record) +
        ': ' +
        record.severity +
        ': ' +
        record.message +
        (record.rule ? ' [' + record.rule + ']' : ''),
    )
    if (record.hint && options.hints !== false)
      lines.push('  hint: ' + record.hint)
  }
  lines.push(summarize(records))
  return lines.join('\n') + '\n'
}

/** Where a message is: `file:line:column`, or only `file` for the file as a whole. */
export function formatWhere(record: MessageRecord): string {
  return (
    record.file +
    (record.line === undefined
      ? ''
      : ':' + record.line + ':' + String(record.column))
  )
}

/** `2 fouten, 1 waarschuwing` or `geen problemen`. */
export function summarize(records: readonly MessageRecord[]): string {
  const errors = records.filter((record) => record.severity === 'error').length
  const warnings = records.length - errors
  if (records.length === 0) return 'geen problemen'
  return [
    errors > 0 ? errors + (errors === 1 ? ' fout' : ' fouten') : undefined,
    warnings > 0
      ? warnings + (warnings === 1 ? ' waarschuwing' : ' waarschuwingen')
      : undefined,
  ]
    .filter(Boolean)
    .join(', ')
}
