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

/** A parsed YAML file with what is needed to place messages in it. */
export interface ParsedYaml {
  readonly file: VFile
  readonly document: Document
  readonly lineCounter: LineCounter
  /** The plain JavaScript value of the document. */
  readonly value: unknown
}

const syntaxHints: Record<string, string> = {
  TAB_AS_INDENT: 'spring in met spaties, niet met tabs',
  DUPLICATE_KEY:
    'elke sleutel mag één keer voorkomen in een blok: voeg de twee samen of verwijder er één',
  BAD_INDENT:
    'controleer de inspringing (elementen van één blok staan precies onder elkaar) en of elke `[` en `{` gesloten wordt met `]` en `}`',
  MISSING_CHAR:
    'er ontbreekt een afsluitend teken, zoals `]`, `}` of een aanhalingsteken',
  BLOCK_AS_IMPLICIT_KEY:
    'zet tekst met een dubbele punt tussen aanhalingstekens, of gebruik `|` voor een blok tekst',
  MULTILINE_IMPLICIT_KEY:
    'een sleutel staat op één regel; zet tekst met een dubbele punt tussen aanhalingstekens',
}

/** What each of the yaml library's error codes means, in Dutch (its own text is English). */
const syntaxReasons: Record<string, string> = {
  ALIAS_PROPS: 'een alias (`*naam`) mag geen anker of tag hebben',
  BAD_ALIAS: 'een alias (`*naam`) naar een anker dat niet bestaat',
  BAD_DIRECTIVE: 'een ongeldige regel die met `%` begint',
  BAD_DQ_ESCAPE:
    'een ongeldig teken na `\\` in tekst tussen dubbele aanhalingstekens',
  BAD_INDENT: 'de inspringing klopt niet',
  BAD_PROP_ORDER: 'anker en tag staan in de verkeerde volgorde',
  BAD_SCALAR_START: 'een waarde mag niet met dit teken beginnen',
  BLOCK_AS_IMPLICIT_KEY:
    'hier staat een blok waar een sleutel hoort; vaak maakt een dubbele punt in de tekst er een tweede sleutel van',
  BLOCK_IN_FLOW: 'een blok binnen `[ ]` of `{ }`',
  IMPOSSIBLE: 'de YAML kan hier niet worden gelezen',
  MULTILINE_IMPLICIT_KEY: 'een sleutel loopt over meer dan één regel',
  MULTIPLE_ANCHORS: 'meer dan één anker (`&naam`) op één waarde',
  MULTIPLE_DOCS: 'meer dan één YAML-document in één bestand (een regel `---`)',
  MULTIPLE_TAGS: 'meer dan één tag op één waarde',
  NON_STRING_KEY: 'een sleutel die geen tekst is',
  RESOURCE_EXHAUSTION: 'te veel verwijzingen naar ankers',
  TAG_RESOLVE_FAILED: 'een onbekende tag (`!naam`)',
  UNEXPECTED_TOKEN: 'een onverwacht teken',
  BAD_COLLECTION_TYPE: 'een lijst of blok van de verkeerde soort',
}

/** The yaml library's error as a Dutch reason. */
function syntaxReason(error: {code: string; message: string}): string {
  if (error.code === 'MISSING_CHAR') {
    const missing = error.message.includes('quote')
      ? 'aanhalingsteken'
      : /[\]}]/.exec(error.message)?.[0]
    return missing === 'aanhalingsteken'
      ? 'het afsluitende aanhalingsteken ontbreekt'
      : missing
        ? 'de afsluitende `' + missing + '` ontbreekt'
        : 'een afsluitend teken ontbreekt'
  }
  if (error.code === 'BAD_INDENT' && /Flow (map|sequence)/.test(error.message))
    return /map/.test(error.message)
      ? 'een `{ … }` springt te weinig in of wordt niet gesloten met `}`'
      : 'een `[ … ]` springt te weinig in of wordt niet gesloten met `]`'
  return syntaxReasons[error.code] ?? 'de YAML klopt hier niet'
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
// it compiles the besluit, and both need the same document.
const reads = new WeakMap<VFile, YamlRead>()

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
  if (known?.text === text) return known
  const read = readText(text)
  reads.set(file, read)
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

/** Where an unclosed double quote opens: the first line with an odd number of unescaped quotes. */
function openingQuote(text: string): Point | undefined {
  const lines = text.split('\n')
  for (const [index, line] of lines.entries()) {
    const content = line.replace(/\\"/g, '').replace(/^\s*#.*$/, '')
    const quotes = [...content.matchAll(/"/g)]
    if (quotes.length % 2 === 1)
      return {line: index + 1, column: (quotes[0]?.index ?? 0) + 1}
  }
  return undefined
}

function describeKeyAt(text: string, offset: number): string {
  const key = /^[^:\n]+/.exec(text.slice(offset))?.[0]?.trim()
  return key ? ' `' + key + '`' : ''
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

/**
 * Map points in the text of the string at `path` back to the YAML file. Exact
 * for literal blocks (`|`) and single-line scalars; other multi-line forms
 * point at the start of the value.
 */
export function proseOrigin(
  parsed: ParsedYaml,
  path: readonly PropertyKey[],
): (point: Point) => Point {
  // Worked out on the first message only: most prose has none.
  let map: ((point: Point) => Point) | undefined
  return (point) => {
    map ??= createOrigin(parsed, path)
    return map(point)
  }
}

function createOrigin(
  parsed: ParsedYaml,
  path: readonly PropertyKey[],
): (point: Point) => Point {
  const node = parsed.document.getIn(path, true)
  if (!isScalar(node) || !node.range) return () => placeOf(parsed, path)
  const start = toPoint(parsed.lineCounter, node.range[0])
  const source = String(parsed.file.value)
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const body = source.slice(node.range[0], node.range[1]).split('\n').slice(1)
    const indent =
      /^ */.exec(body.find((line) => line.trim() !== '') ?? '')?.[0].length ?? 0
    if (node.type === 'BLOCK_FOLDED') return foldedOrigin(body, indent, start)
    return (point) => ({
      line: start.line + point.line,
      column: indent + point.column,
    })
  }
  const quoted =
    node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0
  const singleLine = !source.slice(node.range[0], node.range[1]).includes('\n')
  return (point) =>
    singleLine && point.line === 1
      ? {line: start.line, column: start.column + quoted + point.column - 1}
      : start
}

/**
 * Positions in a folded block (`>-`): its lines are joined with spaces, and
 * each empty line becomes a line break, so a point in the text is found on the
 * source line whose part of the joined line holds it.
 */
function foldedOrigin(
  body: readonly string[],
  indent: number,
  start: Point,
): (point: Point) => Point {
  const parts: Array<{line: number; from: number; sourceLine: number}> = []
  let line = 1
  let column = 0
  let joined = false
  body.forEach((raw, index) => {
    if (raw.trim() === '') {
      if (joined) {
        line++
        column = 0
        joined = false
      } else if (parts.length > 0) line++
      return
    }
    if (joined) column++
    parts.push({line, from: column, sourceLine: start.line + 1 + index})
    column += raw.length - indent
    joined = true
  })
  return (point) => {
    const offset = point.column - 1
    const part = parts
      .filter(
        (candidate) =>
          candidate.line === point.line && candidate.from <= offset,
      )
      .at(-1)
    return part
      ? {line: part.sourceLine, column: indent + offset - part.from + 1}
      : start
  }
}
