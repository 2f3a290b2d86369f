/**
 * Where a point in the text of a YAML string stands in the YAML file, so that
 * a problem found in prose is reported at its line and column. Pure.
 */
import {isScalar} from 'yaml'
import type {Point} from '../messages/problem.js'
import {placeOf, toPoint, type ParsedYaml} from './yaml.js'

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
