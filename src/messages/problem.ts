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

/**
 * A problem a check found in a source: what is wrong, where (a path into
 * the source's data, or an offset into its text), and how to fix it. Checks return problems; the one
 * place that knows positions (`placeProblems` in `parse/place.ts`) turns the
 * path into file:line:column.
 */
export interface Problem {
  /** The path of the value in the source; absent for the file as a whole. */
  readonly path?: readonly PropertyKey[]
  /** Point at this key of the map at `path` rather than at a value (default: none). */
  readonly key?: string
  /** A point in the text of the string at `path`, for prose written in the YAML (default: its start). */
  readonly at?: Point
  /** Where in the source text, for a check of the YAML text itself rather than of its data (default: none, use `path`). */
  readonly offset?: number
  readonly reason: string
  /** A short stable name of the check, such as `unknown-field`. */
  readonly ruleId: string
  /** How to fix it. */
  readonly hint?: string | undefined
  /** A warning instead of an error (default: `false`). */
  readonly warning?: boolean | undefined
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
  /** About the file as a whole, such as an output that could not be made: no line and column (default: `false`). */
  readonly whole?: boolean
}

/** Add an error (or, with `warning`, a warning) to `file`. */
export function report(
  file: VFile,
  reason: string,
  options: MessageOptions,
): VFileMessage {
  const message = file.message(shorten(reason), {
    place: options.whole ? undefined : (options.place ?? {line: 1, column: 1}),
    ruleId: options.ruleId,
    source: 'raadsstuk',
  })
  message.fatal = options.warning ? false : true
  if (options.hint) message.note = options.hint
  return message
}

/** Values quoted in a message (between backticks) longer than this are cut. */
const maxQuoted = 60

/** A message of one readable line: a long quoted value is cut, whatever it holds. */
function shorten(reason: string): string {
  // Between backticks are the odd parts.
  return reason
    .split('`')
    .map((part, index) =>
      index % 2 === 1 && part.length > maxQuoted
        ? part.slice(0, maxQuoted) + '…'
        : part,
    )
    .join('`')
}

/** Whether any file has an error (the one place that decides it). */
export function hasErrors(
  files: readonly VFile[],
  options: {
    /** Count every problem, warnings too, as `--strict` does (default: `false`). */
    readonly strict?: boolean
  } = {},
): boolean {
  return files.some((file) =>
    options.strict
      ? file.messages.length > 0
      : file.messages.some((message) => message.fatal === true),
  )
}

/** How many errors `files` have (warnings not counted). */
export function countErrors(files: readonly VFile[]): number {
  return files.reduce(
    (sum, file) =>
      sum + file.messages.filter((message) => message.fatal === true).length,
    0,
  )
}
