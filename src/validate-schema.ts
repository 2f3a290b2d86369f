/**
 * Check parsed YAML against the schema; every zod issue becomes a message at
 * the position of the offending node. Pure.
 */
import type {z} from 'zod'
import {decisionSchema, type Decision} from './schema.js'
import {nodeAt, placeOf, placeOfKey, type ParsedYaml} from './parse-yaml.js'
import {report} from './messages.js'
import {didYouMean, suggest} from './suggest.js'

type Issue = z.core.$ZodIssue
type Path = readonly PropertyKey[]

/** Validate the value of a parsed `besluit.yaml`; `undefined` when it has errors. */
export function validateSchema(parsed: ParsedYaml): Decision | undefined {
  if (parsed.value === null || parsed.value === undefined) {
    report(parsed.file, 'het bestand is leeg', {
      ruleId: 'empty-file',
      hint: 'begin met `onderwerp:`, `datum:` en `beslispunten:`; zie het voorbeeld in content/'
    })
    return undefined
  }
  const result = decisionSchema.safeParse(parsed.value)
  if (result.success) return result.data
  const misspelt = misspeltKeys(result.error.issues)
  for (const issue of result.error.issues) {
    // A misspelt key already says what is missing: `gemeentee` for `gemeente`.
    if (issue.code === 'invalid_type' && issue.input === undefined && misspelt.has(JSON.stringify(issue.path))) continue
    reportIssue(parsed, issue, [])
  }
  return undefined
}

/** Paths of the keys that unknown keys most likely meant. */
function misspeltKeys(issues: readonly Issue[]): Set<string> {
  const paths = new Set<string>()
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue
    for (const key of issue.keys) {
      const meant = suggest(key, keysAt(issue.path))
      if (meant !== undefined) paths.add(JSON.stringify([...issue.path, meant]))
    }
  }
  return paths
}

function reportIssue(parsed: ParsedYaml, issue: Issue, base: Path): void {
  const path = [...base, ...issue.path]
  const name = fieldName(path)
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(path)
      for (const key of issue.keys) {
        report(parsed.file, 'onbekend veld `' + key + '`' + (name ? ' in `' + name + '`' : ''), {
          place: placeOfKey(parsed, path, key),
          ruleId: 'unknown-field',
          hint: didYouMean(key, known) ?? 'toegestaan zijn: ' + known.map((k) => '`' + k + '`').join(', ')
        })
      }
      return
    }
    case 'invalid_union': {
      // Report the branch that got furthest; at the root, say what was expected.
      const branches = issue.errors.filter((branch) => branch.length > 0)
      const deepest = branches
        .map((branch) => ({branch, depth: Math.max(...branch.map((inner) => inner.path.length))}))
        .sort((a, b) => b.depth - a.depth)[0]
      if (deepest && deepest.depth > 0) {
        for (const inner of deepest.branch) reportIssue(parsed, inner, path)
        return
      }
      reportInvalid(parsed, path, describeExpected(path))
      return
    }
    case 'invalid_type': {
      const {exact} = nodeAt(parsed, path)
      if (!exact || issue.input === undefined) {
        report(parsed.file, 'verplicht veld `' + lastKey(path) + '` ontbreekt' + (parentName(path) ? ' in `' + parentName(path) + '`' : ''), {
          place: placeOf(parsed, path),
          ruleId: 'missing-field',
          hint: 'voeg `' + lastKey(path) + ':` toe'
        })
        return
      }
      reportInvalid(parsed, path, 'verwacht ' + dutchType(issue.expected) + ', niet ' + describeValue(issue.input))
      return
    }
    case 'invalid_value':
      reportInvalid(
        parsed,
        path,
        'verwacht ' + issue.values.map((value) => '`' + String(value) + '`').join(' of ') + ', niet ' + describeValue(issue.input),
        didYouMean(String(issue.input), issue.values.map(String))
      )
      return
    case 'too_small':
      reportInvalid(parsed, path, tooSmall(issue))
      return
    case 'too_big':
      reportInvalid(parsed, path, 'mag hoogstens ' + String(issue.maximum) + ' zijn')
      return
    default:
      reportInvalid(parsed, path, issue.message)
  }
}

function reportInvalid(parsed: ParsedYaml, path: Path, reason: string, hint?: string): void {
  const name = fieldName(path)
  report(parsed.file, (name ? '`' + name + '`: ' : '') + reason, {
    place: placeOf(parsed, path),
    ruleId: 'invalid-value',
    hint: hint ?? describeField(path)
  })
}

function tooSmall(issue: Extract<Issue, {code: 'too_small'}>): string {
  if (issue.origin === 'array') return 'de lijst heeft ten minste ' + String(issue.minimum) + ' element(en) nodig'
  if (issue.origin === 'string') return 'de tekst is leeg'
  return 'moet ten minste ' + String(issue.minimum) + ' zijn'
}

function dutchType(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'een getal',
    int: 'een geheel getal',
    boolean: '`true` of `false`',
    object: 'een blok met velden',
    array: 'een lijst (regels die beginnen met `- `)'
  }
  return names[expected] ?? expected
}

function describeValue(value: unknown): string {
  if (value === null) return 'een lege waarde'
  if (Array.isArray(value)) return 'een lijst'
  if (typeof value === 'object') return 'een blok met velden'
  return '`' + String(value) + '`'
}

function fieldName(path: Path): string {
  return path
    .map((key) => (typeof key === 'number' ? '[' + (key + 1) + ']' : String(key)))
    .join('.')
    .replace(/\.\[/g, '[')
}

function lastKey(path: Path): string {
  return String(path.at(-1) ?? '')
}

function parentName(path: Path): string {
  return fieldName(path.slice(0, -1))
}

type AnySchema = z.core.$ZodType

/** The schemas that can sit at `path` (unions give several). */
function schemasAt(path: Path): AnySchema[] {
  let current: AnySchema[] = [decisionSchema as unknown as AnySchema]
  for (const key of path) {
    current = current.flatMap(unwrap).flatMap((schema) => {
      const def = schema._zod.def as unknown as Record<string, unknown>
      if (def['type'] === 'object') {
        const child = (def['shape'] as Record<string, AnySchema>)[String(key)]
        return child ? [child] : []
      }
      if (def['type'] === 'array' && typeof key === 'number') return [def['element'] as AnySchema]
      if (def['type'] === 'record') return [def['valueType'] as AnySchema]
      return []
    })
  }
  return current.flatMap(unwrap)
}

function unwrap(schema: AnySchema): AnySchema[] {
  const def = schema._zod.def as unknown as Record<string, unknown>
  switch (def['type']) {
    // Wrappers are kept too: their descriptions are what editors show.
    case 'optional':
    case 'default':
    case 'nullable':
      return [schema, ...unwrap(def['innerType'] as AnySchema)]
    case 'pipe':
      return [schema, ...unwrap(def['in'] as AnySchema)]
    case 'union':
      return [schema, ...(def['options'] as AnySchema[]).flatMap(unwrap)]
    default:
      return [schema]
  }
}

function keysAt(path: Path): string[] {
  return schemasAt(path).flatMap((schema) => {
    const def = schema._zod.def as unknown as Record<string, unknown>
    return def['type'] === 'object' ? Object.keys(def['shape'] as object) : []
  })
}

function describeField(path: Path): string | undefined {
  for (let length = path.length; length > 0; length--) {
    const found = schemasAt(path.slice(0, length))
      .map((schema) => (schema as unknown as {description?: string}).description)
      .find((text) => text !== undefined)
    if (found) return found
  }
  return undefined
}

function describeExpected(path: Path): string {
  return describeField(path) ?? 'deze waarde past hier niet'
}
