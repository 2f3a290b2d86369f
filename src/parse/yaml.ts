/**
 * Parse YAML with source positions; syntax problems become messages.
 */
import {
  isMap,
  isScalar,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml'
import type {VFile} from 'vfile'
import {report, type Point} from '../messages/problem.js'
import {
  describeKeyAt,
  openingQuote,
  syntaxHints,
  syntaxReason,
} from './yaml-syntax.js'

/** A parsed YAML file with what is needed to place messages in it. */
export interface ParsedYaml {
  readonly file: VFile
  readonly document: Document
  readonly lineCounter: LineCounter
  /** The plain JavaScript value of the document. */
  readonly value: unknown
}

/** A problem of a YAML file's syntax, before it is reported. */
interface SyntaxProblem {
  readonly reason: string
  readonly place?: Point
  readonly ruleId: 'yaml-syntax' | 'yaml-warning'
  readonly hint: string
  readonly warning?: boolean
}

/** What reading a YAML text gives: the document, or (`value` undefined) why not. */
interface YamlRead {
  readonly text: string
  readonly document: Document
  readonly lineCounter: LineCounter
  /** The plain value; `undefined` when the text is no document. */
  readonly value: unknown
  readonly problems: readonly SyntaxProblem[]
}

// One parse per file and text: the build reads a besluit's RIB claim before
// it compiles the besluit, and both need the same document; an organisation's
// file serves every besluit. The most recently used reads are kept, so a build
// of thousands of besluiten does not hold every document at once (those read
// longest ago are parsed again when compiled).
const reads = new Map<VFile, YamlRead>()
const keptReads = 128

/** Read `file` as YAML without reporting anything (once per file and text). */
export function readYaml(file: VFile): ParsedYaml | undefined {
  const read = readOnce(file)
  return read.value === undefined ? undefined : toParsed(file, read)
}

/** Parse `file` as YAML; returns `undefined` (with messages on `file`) when it cannot be read as a document. */
export function parseYaml(file: VFile): ParsedYaml | undefined {
  const read = readOnce(file)
  for (const {reason, ...options} of read.problems)
    report(file, reason, options)
  return read.value === undefined ? undefined : toParsed(file, read)
}

function toParsed(file: VFile, read: YamlRead): ParsedYaml {
  return {
    file,
    document: read.document,
    lineCounter: read.lineCounter,
    value: read.value,
  }
}

function readOnce(file: VFile): YamlRead {
  const text = String(file.value)
  const known = reads.get(file)
  reads.delete(file)
  const read = known?.text === text ? known : readText(text)
  reads.set(file, read)
  if (reads.size > keptReads) {
    const [oldest] = reads.keys()
    if (oldest) reads.delete(oldest)
  }
  return read
}

function readText(text: string): YamlRead {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  })
  const problems: SyntaxProblem[] = []
  const lines = new Set<number>()
  for (const error of document.errors) {
    const place =
      error.code === 'MISSING_CHAR' && error.message.includes('quote')
        ? (openingQuote(text) ?? toPoint(lineCounter, error.pos[0]))
        : toPoint(lineCounter, error.pos[0])
    // Later errors on a line that already has one are mostly its echoes.
    if (lines.has(place.line)) continue
    lines.add(place.line)
    const reason =
      error.code === 'DUPLICATE_KEY'
        ? 'dubbele sleutel' + describeKeyAt(text, error.pos[0])
        : error.code === 'TAB_AS_INDENT'
          ? 'tab als inspringing'
          : 'YAML-syntaxfout: ' + syntaxReason(error)
    problems.push({
      reason,
      place,
      ruleId: 'yaml-syntax',
      hint: syntaxHints[error.code] ?? 'controleer de YAML-opmaak op deze plek',
    })
  }
  for (const warning of document.warnings) {
    problems.push({
      reason: 'YAML: ' + syntaxReason(warning),
      place: toPoint(lineCounter, warning.pos[0]),
      ruleId: 'yaml-warning',
      warning: true,
      hint: 'controleer de YAML-opmaak op deze plek',
    })
  }
  const failed = {text, document, lineCounter, value: undefined, problems}
  if (document.errors.length > 0) return failed
  try {
    // A low alias limit refuses "billion laughs" documents.
    const value: unknown = document.toJS({maxAliasCount: 100})
    return {...failed, value}
  } catch (error) {
    problems.push({
      reason:
        'YAML kan niet worden gelezen: ' + String((error as Error).message),
      ruleId: 'yaml-syntax',
      hint: 'gebruik geen ankers en aliassen (`&` en `*`) in een besluit',
    })
    return failed
  }
}

/** The 1-based point of an offset. */
export function toPoint(lineCounter: LineCounter, offset: number): Point {
  const {line, col} = lineCounter.linePos(offset)
  return {line, column: col}
}

/**
 * The node at `path`, or the nearest ancestor that exists, with whether it is
 * the node itself. A missing key so points at the map that should hold it.
 */
export function nodeAt(
  parsed: ParsedYaml,
  path: readonly PropertyKey[],
): {node: Node | undefined; exact: boolean} {
  for (let length = path.length; length >= 0; length--) {
    const node = parsed.document.getIn(path.slice(0, length), true)
    if (node && typeof node === 'object' && 'range' in node) {
      return {node: node as Node, exact: length === path.length}
    }
  }
  return {node: undefined, exact: false}
}

/** Where the value at `path` starts (or its nearest existing ancestor). */
export function placeOf(
  parsed: ParsedYaml,
  path: readonly PropertyKey[],
): Point {
  const {node} = nodeAt(parsed, path)
  return node?.range
    ? toPoint(parsed.lineCounter, node.range[0])
    : {line: 1, column: 1}
}

/** Where the key `key` of the map at `path` is written. */
export function placeOfKey(
  parsed: ParsedYaml,
  path: readonly PropertyKey[],
  key: string,
): Point {
  const map = parsed.document.getIn(path, true)
  if (isMap(map)) {
    for (const pair of map.items) {
      if (
        isScalar(pair.key) &&
        String(pair.key.value) === key &&
        pair.key.range
      ) {
        return toPoint(parsed.lineCounter, pair.key.range[0])
      }
    }
  }
  return placeOf(parsed, path)
}
