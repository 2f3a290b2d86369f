/**
 * Where problems are: the one place where a check's path into the source
 * becomes a file:line:column, because only the parsed YAML knows positions.
 */
import {report, type Problem} from '../messages/problem.js'
import {placeOf, placeOfKey, type ParsedYaml} from './yaml.js'

/** Add each problem to the source's file, at the place its path points to. */
export function placeProblems(
  parsed: ParsedYaml,
  problems: readonly Problem[],
): void {
  for (const problem of problems) {
    const {path, key} = problem
    report(parsed.file, problem.reason, {
      place:
        path === undefined
          ? undefined
          : key === undefined
            ? placeOf(parsed, path)
            : placeOfKey(parsed, path, key),
      ruleId: problem.ruleId,
      hint: problem.hint,
      warning: problem.warning,
    })
  }
}
