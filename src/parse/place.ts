/**
 * Where problems are: the one place where a check's path into the source
 * becomes a file:line:column, because only the parsed YAML knows positions.
 */
import {report, type Point, type Problem} from '../messages/problem.js'
import {proseOrigin} from './prose-origin.js'
import {placeOf, placeOfKey, toPoint, type ParsedYaml} from './yaml.js'

/** Add each problem to the source's file, at the place its path points to. */
export function placeProblems(
  parsed: ParsedYaml,
  problems: readonly Problem[],
): void {
  for (const problem of problems) {
    report(parsed.file, problem.reason, {
      place: placeOfProblem(parsed, problem),
      ruleId: problem.ruleId,
      hint: problem.hint,
      warning: problem.warning,
    })
  }
}

function placeOfProblem(
  parsed: ParsedYaml,
  {path, key, at, offset}: Problem,
): Point | undefined {
  if (offset !== undefined) return toPoint(parsed.lineCounter, offset)
  if (path === undefined) return undefined
  if (key !== undefined) return placeOfKey(parsed, path, key)
  if (at !== undefined) return proseOrigin(parsed, path)(at)
  return placeOf(parsed, path)
}
