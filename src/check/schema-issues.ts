/**
 * One zod issue in Dutch: what is missing, unknown or of the wrong kind, as
 * Problems with a path into the source. Pure; the source's YAML only says
 * what is written where.
 */
import type {z} from 'zod'
import {nodeAt, type ParsedYaml} from '../parse/yaml.js'
import type {Problem} from '../messages/problem.js'
import {didYouMean} from '../messages/suggest.js'
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

/** A zod issue. */
export type Issue = z.core.$ZodIssue
type Path = readonly PropertyKey[]

/** What an issue is checked against: the source and the schema it failed. */
export interface IssueContext {
  readonly parsed: ParsedYaml
  /** The schema, for the names and descriptions of its fields. */
  readonly schema: AnySchema
}

/** The problems of one issue, whose path starts at `base`. */
export function issueProblems(
  context: IssueContext,
  issue: Issue,
  base: Path,
): Problem[] {
  const {parsed, schema} = context
  const path = [...base, ...issue.path]
  if (path.length === 0 && issue.code !== 'unrecognized_keys')
    return [
      {
        reason:
          'het bestand moet een blok met velden zijn (zoals `onderwerp:` en `datum:`), niet ' +
          describeValue(parsed.value),
        ruleId: 'invalid-root',
        hint: 'zie het voorbeeld in content/ en docs/handleiding.md',
      },
    ]
  if (
    (issue.code === 'invalid_type' ||
      issue.code === 'invalid_union' ||
      issue.code === 'invalid_value') &&
    !nodeAt(parsed, path).exact
  )
    return [missingField(schema, path)]
  const actual = () => describeValue(valueAt(parsed, path))
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(schema, path)
      const name = fieldName(path)
      return issue.keys.map((key) => ({
        path,
        key,
        reason:
          'onbekend veld `' + key + '`' + (name ? ' in `' + name + '`' : ''),
        ruleId: 'unknown-field',
        hint:
          didYouMean(key, known) ??
          'toegestaan zijn: ' + known.map((k) => '`' + k + '`').join(', '),
      }))
    }
    case 'invalid_union':
      return unionProblems(context, issue, path)
    case 'invalid_type':
      return [
        invalid(
          schema,
          path,
          'verwacht ' + dutchType(issue.expected) + ', niet ' + actual(),
        ),
      ]
    case 'invalid_value':
      return [notOneOf(context, path, issue.values.map(String))]
    case 'too_small':
      return [
        invalid(
          schema,
          path,
          /^Too small/.test(issue.message) ? tooSmall(issue) : issue.message,
        ),
      ]
    case 'too_big':
      return [
        invalid(
          schema,
          path,
          'mag hoogstens ' + String(issue.maximum) + ' zijn',
        ),
      ]
    default:
      return [invalid(schema, path, issue.message)]
  }
}

function missingField(schema: AnySchema, path: Path): Problem {
  const described = describeField(schema, path)
  return {
    path,
    reason:
      'verplicht veld `' +
      lastKey(path) +
      '` ontbreekt' +
      (parentName(path) ? ' in `' + parentName(path) + '`' : ''),
    ruleId: 'missing-field',
    hint:
      'voeg `' +
      lastKey(path) +
      ':` toe' +
      (described ? ': ' + lowerFirst(described) : ''),
  }
}

/** The branch that got furthest into the value; if none got in, what was expected. */
function unionProblems(
  context: IssueContext,
  issue: Extract<Issue, {code: 'invalid_union'}>,
  path: Path,
): Problem[] {
  const ranked = issue.errors
    .filter((branch) => branch.length > 0)
    .map((branch) => ({branch, depth: Math.max(...branch.map(issueDepth))}))
    .sort((a, b) => b.depth - a.depth)
  const [best] = ranked
  if (best && best.depth > 0)
    return best.branch.flatMap((inner) => issueProblems(context, inner, path))
  const expected = [
    ...new Set(issue.errors.flatMap((branch) => branch.flatMap(expectedTypes))),
  ]
  return [
    invalid(
      context.schema,
      path,
      'verwacht ' +
        (expected.join(' of ') || 'iets anders') +
        ', niet ' +
        describeValue(valueAt(context.parsed, path)),
    ),
  ]
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

/** The value written at `path`, as plain data. */
export function valueAt(parsed: ParsedYaml, path: Path): unknown {
  const node = parsed.document.getIn(path, true)
  return node && typeof node === 'object' && 'toJSON' in node
    ? (node as {toJSON(): unknown}).toJSON()
    : node
}

function invalid(
  schema: AnySchema,
  path: Path,
  reason: string,
  hint?: string,
): Problem {
  const name = fieldName(path)
  return {
    path,
    reason: (name ? '`' + name + '`: ' : '') + reason,
    ruleId: 'invalid-value',
    hint: hint ?? describeField(schema, path),
  }
}

/** A value that is none of `values`. */
export function notOneOf(
  context: IssueContext,
  path: Path,
  values: readonly string[],
): Problem {
  const actual = valueAt(context.parsed, path)
  return invalid(
    context.schema,
    path,
    'verwacht ' +
      values.map((value) => '`' + value + '`').join(' of ') +
      ', niet ' +
      describeValue(actual),
    didYouMean(String(actual), values),
  )
}
