/**
 * Check parsed YAML against the schema: every zod issue becomes a Problem
 * with a path into the source, placed at the position of the offending node.
 * Pure.
 */
import type {z} from 'zod'
import {besluitSchema, type Besluit} from './schema.js'
import {nodeAt, type ParsedYaml} from '../parse/yaml.js'
import {placeProblems} from '../parse/place.js'
import type {Problem} from '../messages/problem.js'
import {suggest} from '../messages/suggest.js'
import {keysAt, type AnySchema} from './schema-fields.js'
import {
  issueProblems,
  notOneOf,
  valueAt,
  type Issue,
  type IssueContext,
} from './schema-issues.js'

/** Options of {@link validateSchema}. */
export interface Options<T> {
  /** The ids of the document types a part can be `alleen` in (for `besluit.yaml`). */
  readonly documents?: readonly string[]
  /** The schema to check against (default: that of `besluit.yaml`). */
  readonly schema?: z.ZodType<T>
  /** How to start an empty file (default: the hint for `besluit.yaml`). */
  readonly emptyHint?: string
}

/** Validate the value of a parsed `besluit.yaml` (or, with `options.schema`, another source); `undefined` when it has errors, which are added to its file. */
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
  const {value, problems} = schemaProblems(parsed, options)
  placeProblems(parsed, problems)
  return problems.some((problem) => !problem.warning) ? undefined : value
}

/** The value of a parsed source if it fits the schema, and the problems if it does not. */
export function schemaProblems(
  parsed: ParsedYaml,
  options: Options<unknown>,
): {value: unknown; problems: Problem[]} {
  if (parsed.value === null || parsed.value === undefined)
    return {
      value: undefined,
      problems: [
        {
          reason: 'het bestand is leeg',
          ruleId: 'empty-file',
          hint:
            options.emptyHint ??
            'begin met `onderwerp:`, `datum:` en `beslispunten:`; zie het voorbeeld in content/',
        },
      ],
    }
  const schema = (options.schema ?? besluitSchema) as z.ZodType
  const context: IssueContext = {
    parsed,
    schema: schema as unknown as AnySchema,
  }
  // Without zod's compiled fast path: compiling it (`new Function` per
  // object schema) costs more than it saves in a run that checks a few
  // besluiten, and next to nothing in a build of a thousand.
  const result = schema.safeParse(parsed.value, {jitless: true})
  const problems = options.documents
    ? documentNameProblems(context, options.documents)
    : []
  if (result.success) return {value: result.data, problems}
  const misspelt = misspeltKeys(context.schema, result.error.issues)
  for (const issue of result.error.issues) {
    // A misspelt key already says what is missing: `gemeentee` for `gemeente`.
    if (
      misspelt.has(JSON.stringify(issue.path)) &&
      !nodeAt(parsed, issue.path).exact
    )
      continue
    problems.push(...issueProblems(context, issue, []))
  }
  return {value: undefined, problems}
}

/** Every `alleen:` and `documenten:` entry that names no document type. */
function documentNameProblems(
  context: IssueContext,
  documents: readonly string[],
): Problem[] {
  const problems: Problem[] = []
  const secties: unknown = valueAt(context.parsed, ['secties'])
  if (!secties || typeof secties !== 'object') return problems
  for (const [name, section] of Object.entries(secties)) {
    if (!Array.isArray(section)) continue
    section.forEach((part: unknown, index) => {
      if (!part || typeof part !== 'object' || !('alleen' in part)) return
      const value = part.alleen
      if (typeof value !== 'string' || documents.includes(value)) return
      problems.push(
        notOneOf(context, ['secties', name, index, 'alleen'], documents),
      )
    })
  }
  for (const key of ['eigenSecties', 'bijlagen']) {
    const list: unknown = valueAt(context.parsed, [key])
    if (!Array.isArray(list)) continue
    list.forEach((item: unknown, index) => {
      if (!item || typeof item !== 'object') return
      const names: unknown = (item as {documenten?: unknown}).documenten
      if (!Array.isArray(names)) return
      names.forEach((value: unknown, at) => {
        if (typeof value !== 'string' || documents.includes(value)) return
        problems.push(
          notOneOf(context, [key, index, 'documenten', at], documents),
        )
      })
    })
  }
  return problems
}

/** Paths of the keys that unknown keys most likely meant. */
function misspeltKeys(
  schema: AnySchema,
  issues: readonly Issue[],
): Set<string> {
  const paths = new Set<string>()
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue
    for (const key of issue.keys) {
      const meant = suggest(key, keysAt(schema, issue.path))
      if (meant !== undefined) paths.add(JSON.stringify([...issue.path, meant]))
    }
  }
  return paths
}
