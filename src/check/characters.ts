/**
 * Characters and lengths no besluit needs: control characters (invisible,
 * and able to end a string in the documents' CSS) and values so long that
 * they can only be a mistake. Checked on every scalar of `besluit.yaml` and
 * on the text of each prose file. Pure: the problems of `besluit.yaml` go
 * out with their offset into its text; a prose file's become its messages.
 */
import {isScalar, visit} from 'yaml'
import type {VFile} from 'vfile'
import {report, type Point, type Problem} from '../messages/problem.js'
import type {ParsedYaml} from '../parse/yaml.js'

/** Characters in one value of `besluit.yaml` (prose of several pages fits). */
export const maxScalarLength = 100_000

/** C0 and C1 controls other than tab, line feed and carriage return, and the line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const control = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029]/

const names: Record<string, string> = {
  '\f': 'pagina-einde',
  '\v': 'verticale tab',
  '\b': 'backspace',
  '\0': 'nulteken',
  '\u2028': 'regelscheiding',
  '\u2029': 'alineascheiding',
}

/** Control characters and overlong values in the scalars of `besluit.yaml`. */
export interface ScalarProblems {
  readonly problems: readonly Problem[]
  /** Whether a value was too long to check further. */
  readonly tooLong: boolean
}

/** Find control characters and overlong values in the scalars of `besluit.yaml`. */
export function checkScalars(parsed: ParsedYaml): ScalarProblems {
  const problems: Problem[] = []
  let tooLong = false
  const source = String(parsed.file.value)
  visit(parsed.document, {
    Scalar(_, node) {
      if (!isScalar(node) || !node.range) return
      const value = node.value
      if (typeof value !== 'string') return
      const start = node.range[0]
      if (value.length > maxScalarLength) {
        tooLong = true
        problems.push({
          offset: start,
          reason:
            'waarde is te lang (' +
            value.length +
            ' tekens; hoogstens ' +
            maxScalarLength +
            ')',
          ruleId: 'value-too-long',
          hint: 'zet lange tekst in een eigen .md-bestand naast besluit.yaml, of kort hem in',
        })
      }
      const found = control.exec(value)
      if (!found) return
      // Where the character is written, when it is written as itself.
      const raw = source.slice(start, node.range[1]).search(control)
      problems.push({
        offset: raw >= 0 ? start + raw : start,
        reason: describe(found[0]) + ' in de tekst',
        ruleId: 'control-character',
        hint: 'verwijder het: het is onzichtbaar en kan de opmaak van de documenten breken',
      })
    },
  })
  return {problems, tooLong}
}

/** Report the first control character in a prose file. */
export function checkProseCharacters(file: VFile): void {
  const text = String(file.value)
  const found = control.exec(text)
  if (!found) return
  const before = text.slice(0, found.index).split(/\r\n?|\n/)
  const place: Point = {
    line: before.length,
    column: (before.at(-1)?.length ?? 0) + 1,
  }
  report(file, describe(found[0]) + ' in de tekst', {
    place,
    ruleId: 'control-character',
    hint: 'verwijder het: het is onzichtbaar en kan de opmaak van de documenten breken',
  })
}

function describe(character: string): string {
  const code =
    'U+' + character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
  const name = names[character]
  return 'onzichtbaar stuurteken ' + code + (name ? ' (' + name + ')' : '')
}
