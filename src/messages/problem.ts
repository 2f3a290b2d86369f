/**
 * Problems in a source, as vfile messages with a place, a rule id and a hint.
 * Stages never throw for content problems: they add messages and go on.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** A point in a file, 1-based. */
export interface Point {
  readonly line: number
  readonly column: number
}

/** What a message says beyond its reason. */
export interface MessageOptions {
  /** Where the problem is (default: the start of the file). */
  readonly place?: Point | undefined
  /** A short stable name of the check, such as `unknown-field`. */
  readonly ruleId: string
  /** How to fix it. */
  readonly hint?: string | undefined
  /** A warning instead of an error (default: `false`). */
  readonly warning?: boolean | undefined
}

/** Add an error (or, with `warning`, a warning) to `file`. */
export function report(
  file: VFile,
  reason: string,
  options: MessageOptions,
): VFileMessage {
  const message = file.message(reason, {
    place: options.place ?? {line: 1, column: 1},
    ruleId: options.ruleId,
    source: 'raadsstuk',
  })
  message.fatal = options.warning ? false : true
  if (options.hint) message.note = options.hint
  return message
}

/** Whether any file has an error. */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) =>
    file.messages.some((message) => message.fatal === true),
  )
}
