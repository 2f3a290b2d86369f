/**
 * Messages kept between runs (the cache of `raadsstuk check`): what a check
 * added to a file, as plain data, and put back on the file as it was. Pure.
 */
import type {VFile} from 'vfile'
import {report} from './problem.js'

/** A message as plain data. */
export interface StoredMessage {
  readonly reason: string
  /** Absent for a message about the file as a whole. */
  readonly line?: number
  readonly column?: number
  readonly ruleId?: string
  readonly warning?: true
  readonly hint?: string
}

/** The messages of `file` from the `from`th on, as plain data. */
export function storeMessages(file: VFile, from = 0): StoredMessage[] {
  return file.messages.slice(from).map((message) => ({
    reason: message.reason,
    ...(message.line == null || message.column == null
      ? {}
      : {line: message.line, column: message.column}),
    ...(message.ruleId ? {ruleId: message.ruleId} : {}),
    ...(message.fatal === true ? {} : {warning: true as const}),
    ...(message.note ? {hint: message.note} : {}),
  }))
}

/** Put stored messages back on `file`, as the checks that made them did (through {@link report}). */
export function restoreMessages(
  file: VFile,
  messages: readonly StoredMessage[],
): void {
  for (const stored of messages)
    report(file, stored.reason, {
      ...(stored.line === undefined || stored.column === undefined
        ? {whole: true}
        : {place: {line: stored.line, column: stored.column}}),
      ruleId: stored.ruleId ?? '',
      hint: stored.hint,
      warning: stored.warning,
    })
}
