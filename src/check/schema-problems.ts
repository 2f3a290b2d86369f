/**
 * Check parsed YAML against the schema; every zod issue becomes a message at
 * the position of the offending node. Pure.
 */
import type {z} from 'zod'
import {besluitSchema, type Besluit} from './schema.js'
import {nodeAt, placeOf, placeOfKey, type ParsedYaml} from '../parse/yaml.js'
import {report} from '../messages/problem.js'
import {didYouMean, suggest} from '../messages/suggest.js'
import {describeField, keysAt, type AnySchema} from './schema-fields.js'
import {
  describeValue,
  dutchType,
  fieldName,
  lastKey,
  lowerFirst,
  parentName,
  tooSmall,
} from './schema-words.js'

type Issue = z.core.$ZodIssue
type Path = readonly PropertyKey[]

/** Options of {@link validateSchema}. */
export interface Options<T> {
  /** The ids of the document types a part can be `alleen` in (for `besluit.yaml`). */
  readonly documents?: readonly string[]
  /** The schema to check against (default: that of `besluit.yaml`). */
  readonly schema?: z.ZodType<T>
  /** How to start an empty file (default: the hint for `besluit.yaml`). */
  readonly emptyHint?: string
}

/**
 * The schema of the current validation, for looking up field names and
 * descriptions; validation is synchronous, so one at a time.
 */
let rootSchema: AnySchema = besluitSchema as unknown as AnySchema

/** Validate the value of a parsed `besluit.yaml` (or, with `options.schema`, another source); `undefined` when it has errors. */
export function validateSchema(
  parsed: ParsedYaml,
  options: {readonly documents: readonly string[]},
): Besluit | undefined
export function validateSchema<T>(
  parsed: ParsedYaml,
  options: Options<T> & {readonly schema: z.ZodType<T>},
): T | undefined
export function validateSchema(
  parsed: ParsedYaml,
  options: Options<unknown>,
): unknown {
  if (parsed.value === null || parsed.value === undefined) {
    report(parsed.file, 'het bestand is leeg', {
      ruleId: 'empty-file',
      hint:
        options.emptyHint ??
        'begin met `onderwerp:`, `datum:` en `beslispunten:`; zie het voorbeeld in content/',
    })
    return undefined
  }
  const schema = (options.schema ?? besluitSchema) as z.ZodType
  const result = schema.safeParse(parsed.value)
  const known = options.documents
    ? checkDocumentNames(parsed, options.documents)
    : true
  if (result.success) return known ? result.data : undefined
  rootSchema = schema as unknown as AnySchema
  try {
    reportIssues(parsed, result.error.issues)
  } finally {
    rootSchema = besluitSchema as unknown as AnySchema
  }
  return undefined
}

function reportIssues(parsed: ParsedYaml, issues: readonly Issue[]): void {
  const misspelt = misspeltKeys(issues)
  for (const issue of issues) {
    // A misspelt key already says what is missing: `gemeentee` for `gemeente`.
    if (
      misspelt.has(JSON.stringify(issue.path)) &&
      !nodeAt(parsed, issue.path).exact
    )
      continue
    reportIssue(parsed, issue, [])
  }
}

/** Report every `alleen:` and `documenten:` entry that names no document type; `false` when there is one. */
function checkDocumentNames(
  parsed: ParsedYaml,
  documents: readonly string[],
): boolean {
  const secties: unknown = valueAt(parsed, ['secties'])
  if (!secties || typeof secties !== 'object') return true
  let known = true
  for (const [name, section] of Object.entries(secties)) {
    if (!Array.isArray(section)) continue
    section.forEach((part: unknown, index) => {
      if (!part || typeof part !== 'object' || !('alleen' in part)) return
      const value = part.alleen
      if (typeof value !== 'string' || documents.includes(value)) return
      known = false
      reportNotOneOf(parsed, ['secties', name, index, 'alleen'], documents)
    })
  }
  for (const key of ['eigenSecties', 'bijlagen']) {
    const list: unknown = valueAt(parsed, [key])
    if (!Array.isArray(list)) continue
    list.forEach((item: unknown, index) => {
      if (!item || typeof item !== 'object') return
      const names: unknown = (item as {documenten?: unknown}).documenten
      if (!Array.isArray(names)) return
      names.forEach((value: unknown, at) => {
        if (typeof value !== 'string' || documents.includes(value)) return
        known = false
        reportNotOneOf(parsed, [key, index, 'documenten', at], documents)
      })
    })
  }
  return known
}

/** Paths of the keys that unknown keys most likely meant. */
function misspeltKeys(issues: readonly Issue[]): Set<string> {
  const paths = new Set<string>()
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue
    for (const key of issue.keys) {
      const meant = suggest(key, keysAt(rootSchema, issue.path))
      if (meant !== undefined) paths.add(JSON.stringify([...issue.path, meant]))
    }
  }
  return paths
}

function reportIssue(parsed: ParsedYaml, issue: Issue, base: Path): void {
  const path = [...base, ...issue.path]
  const name = fieldName(path)
  if (path.length === 0 && issue.code !== 'unrecognized_keys') {
    report(
      parsed.file,
      'het bestand moet een blok met velden zijn (zoals `onderwerp:` en `datum:`), niet ' +
        describeValue(parsed.value),
      {
        ruleId: 'invalid-root',
        hint: 'zie het voorbeeld in content/ en docs/handleiding.md',
      },
    )
    return
  }
  if (
    issue.code === 'invalid_type' ||
    issue.code === 'invalid_union' ||
    issue.code === 'invalid_value'
  ) {
    if (!nodeAt(parsed, path).exact) {
      report(
        parsed.file,
        'verplicht veld `' +
          lastKey(path) +
          '` ontbreekt' +
          (parentName(path) ? ' in `' + parentName(path) + '`' : ''),
        {
          place: placeOf(parsed, path),
          ruleId: 'missing-field',
          hint:
            'voeg `' +
            lastKey(path) +
            ':` toe' +
            (describeField(rootSchema, path)
              ? ': ' + lowerFirst(describeField(rootSchema, path) ?? '')
              : ''),
        },
      )
      return
    }
  }
  const actual = () => describeValue(valueAt(parsed, path))
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(rootSchema, path)
      for (const key of issue.keys) {
        report(
          parsed.file,
          'onbekend veld `' + key + '`' + (name ? ' in `' + name + '`' : ''),
          {
            place: placeOfKey(parsed, path, key),
            ruleId: 'unknown-field',
            hint:
              didYouMean(key, known) ??
              'toegestaan zijn: ' + known.map((k) => '`' + k + '`').join(', '),
          },
        )
      }
      return
    }
    case 'invalid_union': {
      // Report the branch that got furthest into the value; if none got in, say what was expected.
      const ranked = issue.errors
        .filter((branch) => branch.length > 0)
        .map((branch) => ({branch, depth: Math.max(...branch.map(issueDepth))}))
        .sort((a, b) => b.depth - a.depth)
      const [best] = ranked
      if (best && best.depth > 0) {
        for (const inner of best.branch) reportIssue(parsed, inner, path)
        return
      }
      const expected = [
        ...new Set(
          issue.errors.flatMap((branch) => branch.flatMap(expectedTypes)),
        ),
      ]
      reportInvalid(
        parsed,
        path,
        'verwacht ' +
          (expected.join(' of ') || 'iets anders') +
          ', niet ' +
          actual(),
      )
      return
    }
    case 'invalid_type':
      reportInvalid(
        parsed,
        path,
        'verwacht ' + dutchType(issue.expected) + ', niet ' + actual(),
      )
      return
    case 'invalid_value':
      reportNotOneOf(parsed, path, issue.values.map(String))
      return
    case 'too_small':
      reportInvalid(
        parsed,
        path,
        /^Too small/.test(issue.message) ? tooSmall(issue) : issue.message,
      )
      return
    case 'too_big':
      reportInvalid(
        parsed,
        path,
        'mag hoogstens ' + String(issue.maximum) + ' zijn',
      )
      return
    default:
      reportInvalid(parsed, path, issue.message)
  }
}

/** How deep into the value an issue got, through nested unions. */
function issueDepth(issue: Issue): number {
  if (issue.code !== 'invalid_union') return issue.path.length
  return (
    issue.path.length +
    Math.max(0, ...issue.errors.flatMap((branch) => branch.map(issueDepth)))
  )
}

/** The types a failed union branch expected at its root. */
function expectedTypes(issue: Issue): string[] {
  if (issue.path.length > 0) return []
  if (issue.code === 'invalid_type') return [dutchType(issue.expected)]
  if (issue.code === 'invalid_union')
    return issue.errors.flatMap((branch) => branch.flatMap(expectedTypes))
  return []
}

function valueAt(parsed: ParsedYaml, path: Path): unknown {
  const node = parsed.document.getIn(path, true)
  return node && typeof node === 'object' && 'toJSON' in node
    ? (node as {toJSON(): unknown}).toJSON()
    : node
}

function reportInvalid(
  parsed: ParsedYaml,
  path: Path,
  reason: string,
  hint?: string,
): void {
  const name = fieldName(path)
  report(parsed.file, (name ? '`' + name + '`: ' : '') + reason, {
    place: placeOf(parsed, path),
    ruleId: 'invalid-value',
    hint: hint ?? describeField(rootSchema, path),
  })
}

function reportNotOneOf(
  parsed: ParsedYaml,
  path: Path,
  values: readonly string[],
): void {
  const actual = valueAt(parsed, path)
  reportInvalid(
    parsed,
    path,
    'verwacht ' +
      values.map((value) => '`' + value + '`').join(' of ') +
      ', niet ' +
      describeValue(actual),
    didYouMean(String(actual), values),
  )
}
