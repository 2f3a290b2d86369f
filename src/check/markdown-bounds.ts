/**
 * Bounds on Markdown that would make parsing it slow or deep, checked on the
 * text before it is parsed: the parser recurses per level of nesting (a
 * thousand nested list items overflow the stack) and emphasis and links cost
 * more than linear time in the number of their delimiters.
 */

/** Levels of lists and block quotes inside each other. */
export const maxNesting = 10
/** `*`, `_`, `[` and `]` in one paragraph. */
export const maxDelimitersPerParagraph = 200
/** `*`, `_`, `[` and `]` in one text. */
export const maxDelimiters = 2000

/** A bound exceeded, at a 1-based point in the text. */
export interface MarkdownBound {
  readonly line: number
  readonly column: number
  readonly reason: string
  readonly ruleId: string
  readonly hint: string
}

/** A list marker, a block-quote marker, with the space around it. */
const container = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/
const delimiter = /(?<!\\)[*_[\]]/g

/** The first bound `text` exceeds, or `undefined` when it is within all. */
export function checkMarkdownBounds(text: string): MarkdownBound | undefined {
  const lines = text.split(/\r\n?|\n/)
  let inParagraph = 0
  let total = 0
  for (const [index, line] of lines.entries()) {
    let rest = line
    let depth = 0
    for (
      let match = container.exec(rest);
      match;
      match = container.exec(rest)
    ) {
      if (match[0].length === 0) break
      depth++
      rest = rest.slice(match[0].length)
    }
    // Indentation nests lists as well: at least two columns per level.
    const indentation =
      /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0
    depth = Math.max(depth, Math.floor(indentation / 2) + (depth > 0 ? 1 : 0))
    if (depth > maxNesting)
      return {
        line: index + 1,
        column: 1,
        ruleId: 'markdown-too-deep',
        reason:
          'tekst is te diep genest (' +
          depth +
          ' niveaus lijst of citaat in elkaar; hoogstens ' +
          maxNesting +
          ')',
        hint:
          'zet opsommingen en citaten hoogstens ' +
          maxNesting +
          ' niveaus in elkaar; spring minder ver in',
      }
    if (rest.trim() === '') inParagraph = 0
    const count = rest.match(delimiter)?.length ?? 0
    inParagraph += count
    total += count
    if (inParagraph > maxDelimitersPerParagraph || total > maxDelimiters)
      return {
        line: index + 1,
        column: 1,
        ruleId: 'markdown-too-many-marks',
        reason:
          'te veel opmaaktekens (`*`, `_`, `[`, `]`) ' +
          (total > maxDelimiters
            ? 'in deze tekst (' + total + '; hoogstens ' + maxDelimiters + ')'
            : 'in één alinea (' +
              inParagraph +
              '; hoogstens ' +
              maxDelimitersPerParagraph +
              ')'),
        hint: 'gebruik minder vet, cursief en links, of zet een teken als `\\*` als het geen opmaak is',
      }
  }
  return undefined
}
