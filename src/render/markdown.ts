/**
 * Prose: Markdown through unified to HTML, with placeholders replaced by
 * computed values and raw HTML refused. Pure: problems go to the source's file.
 */
import type {Node, Root, RootContent, Text} from 'mdast'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {report, type Point} from '../messages/problem.js'
import {checkMarkdownBounds} from '../check/markdown-bounds.js'
import {dutchAmountPattern, parseDutchAmount} from '../compute/money.js'
import {didYouMean} from '../messages/suggest.js'
import {checkArithmetic} from './arithmetic-check.js'
import {
  formatValue,
  placeholderPattern,
  valueFormats,
  type ValueTable,
} from '../compute/values.js'

/** Markdown text with where it stands in its file. */
export interface ProseSource {
  readonly text: string
  readonly file: VFile
  /** Map a point in `text` (1-based) to the point in `file`. */
  readonly origin: (point: Point) => Point
}

/** Options of {@link renderProse}. */
export interface Options {
  /** Added to the depth of headings in the prose, so they nest under the section's heading (default: `2`). */
  readonly headingOffset?: number
  /** Render as inline HTML, without the paragraph around a single paragraph (default: `false`). */
  readonly inline?: boolean
}

const parser = unified().use(remarkParse)
const toHtml = unified()
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify)

/** Render Markdown prose to HTML. */
export function renderProse(
  source: ProseSource,
  values: ValueTable,
  options: Options = {},
): string {
  // Bounded before it is parsed: deep nesting overflows the parser's stack.
  const bound = checkMarkdownBounds(source.text)
  if (bound) {
    report(source.file, bound.reason, {
      place: source.origin({line: bound.line, column: bound.column}),
      ruleId: bound.ruleId,
      hint: bound.hint,
    })
    return ''
  }
  const tree = parser.parse(source.text)
  const offset = options.headingOffset ?? 2
  const definitions = new Map<string, string>()
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier.toLowerCase(), node.url)
  })
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading')
      node.depth = Math.min(6, node.depth + offset) as typeof node.depth
    if (node.type === 'html' && parent && index !== undefined) {
      report(
        source.file,
        'HTML in tekst is niet toegestaan: `' + truncate(node.value, 40) + '`',
        {
          place: placeOf(source, node),
          ruleId: 'raw-html',
          hint: 'schrijf opmaak in Markdown (zoals **vet** of [link](https://…)); HTML wordt niet overgenomen',
        },
      )
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    if (
      (node.type === 'link' || node.type === 'image') &&
      /^\s*(?:javascript|data|vbscript):/i.test(node.url)
    ) {
      report(source.file, 'onveilige link `' + truncate(node.url, 40) + '`', {
        place: placeOf(source, node),
        ruleId: 'unsafe-url',
        hint: 'gebruik een link die begint met https://',
      })
      node.url = '#'
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      const url =
        node.type === 'image'
          ? node.url
          : definitions.get(node.identifier.toLowerCase())
      if (url !== undefined && isRemote(url)) {
        report(
          source.file,
          'afbeelding van buiten het besluit `' +
            truncate(url, 60) +
            '` wordt niet opgehaald',
          {
            place: placeOf(source, node),
            ruleId: 'remote-image',
            hint: 'raadsstuk laadt niets van internet in de documenten; laat de afbeelding weg of beschrijf haar in tekst',
          },
        )
        if (node.type === 'image') node.url = '#'
      }
    }
    if (node.type === 'text') {
      checkLiteralAmounts(node, source, values)
      const original = node.value
      const toOriginal = replacePlaceholders(node, source, values)
      checkArithmetic(node.value, (at) =>
        placeWithin(source, {...node, value: original}, toOriginal(at)),
      ).forEach(([reason, place, hint]) =>
        report(source.file, reason, {
          place,
          ruleId: 'arithmetic',
          hint,
          warning: true,
        }),
      )
    }
    return undefined
  })
  const unwrapped = options.inline ? unwrapParagraph(tree) : tree
  return toHtml.stringify(toHtml.runSync(unwrapped)).trim()
}

/**
 * Replace the placeholders of a text node by their values; returns a map from
 * a place in the new text back to the place in the text as written (a value
 * maps to the start of its placeholder).
 */
function replacePlaceholders(
  node: Text,
  source: ProseSource,
  values: ValueTable,
): (at: number) => number {
  if (!node.value.includes('{{')) return (at) => at
  const original = node.value
  const covered: Array<[number, number]> = []
  // [start in the new text, end in the new text, start and end as written]
  const replaced: Array<[number, number, number, number]> = []
  let shift = 0
  node.value = original.replace(
    placeholderPattern,
    (match, name: string, format: string | undefined, at: number) => {
      const text = resolveOne(match, name, format, at)
      replaced.push([
        at + shift,
        at + shift + text.length,
        at,
        at + match.length,
      ])
      shift += text.length - match.length
      return text
    },
  )
  function resolveOne(
    match: string,
    name: string,
    format: string | undefined,
    at: number,
  ): string {
    covered.push([at, at + match.length])
    const value = values.get(name)
    const place = () => placeWithin(source, node, at)
    if (!value) {
      report(
        source.file,
        'onbekende waarde `' + name + '` in `' + match + '`',
        {
          place: place(),
          ruleId: 'unknown-placeholder',
          hint:
            values.size === 0
              ? 'dit besluit heeft geen berekende waarden: beschrijf ze onder `financien`'
              : (didYouMean(name, values.keys()) ??
                'bekende waarden: ' +
                  [...values.keys()].map((key) => '`' + key + '`').join(', ')),
        },
      )
      return match
    }
    const text = formatValue(value, format)
    if (text === undefined) {
      report(
        source.file,
        'onbekende opmaak `' + String(format) + '` voor `' + name + '`',
        {
          place: place(),
          ruleId: 'unknown-format',
          hint:
            'mogelijk: ' +
            valueFormats[value.kind].map((key) => '`' + key + '`').join(', '),
        },
      )
      return match
    }
    return text
  }
  // A `{{` that starts no placeholder is a mistake (or template code, which is never run).
  for (const match of original.matchAll(/\{\{/g)) {
    if (
      covered.some(([start, end]) => match.index >= start && match.index < end)
    )
      continue
    report(
      source.file,
      '`{{` is hier geen waarde: `' +
        truncate(original.slice(match.index), 30) +
        '`',
      {
        place: placeWithin(source, node, match.index),
        ruleId: 'stray-braces',
        hint: 'een waarde schrijft u als `{{vergoeding.totaal}}` of `{{vergoeding.tarief|streepje}}`; templatecode in tekst wordt niet uitgevoerd',
      },
    )
    break
  }
  return (at) => {
    let mapped = at
    for (const [start, end, from, to] of replaced) {
      if (at < start) break
      mapped = at < end ? from : at - end + to
    }
    return mapped
  }
}

/** A URL with a scheme (other than those refused as unsafe) or a host: it would be fetched. */
function isRemote(url: string): boolean {
  return (
    /^\s*(?:[a-z][a-z\d+.-]*:|[\\/]{2})/i.test(url) &&
    !/^\s*(?:javascript|data|vbscript):/i.test(url)
  )
}

/** At most `length` characters, with an ellipsis when cut. */
export function truncate(text: string, length: number): string {
  return text.length > length ? text.slice(0, length) + '…' : text
}

/** A typed amount should be a placeholder: it cannot follow the data when the data changes. */
function checkLiteralAmounts(
  node: Text,
  source: ProseSource,
  values: ValueTable,
): void {
  if (!node.value.includes('€')) return
  const withoutPlaceholders = node.value.replace(placeholderPattern, (match) =>
    ' '.repeat(match.length),
  )
  for (const match of withoutPlaceholders.matchAll(dutchAmountPattern)) {
    const cents = parseDutchAmount(match[0])
    const name = [...values].find(
      ([, value]) => value.kind === 'bedrag' && value.cents === cents,
    )?.[0]
    report(
      source.file,
      'getypt bedrag `' +
        match[0].trim() +
        '`' +
        (name
          ? ' is de berekende waarde `' + name + '`'
          : ' komt niet uit de berekening'),
      {
        place: placeWithin(source, node, match.index),
        ruleId: 'literal-amount',
        hint: name
          ? 'schrijf `{{' + name + '}}`, dan volgt de tekst de gegevens'
          : 'leg het bedrag één keer vast, onder `financien.bedragen` of als tabelregel met een `id`, en citeer het als waarde, zoals `{{bedrag.<id>}}`',
        warning: true,
      },
    )
  }
}

function unwrapParagraph(tree: Root): Root {
  const [only] = tree.children
  if (tree.children.length === 1 && only?.type === 'paragraph') {
    return {type: 'root', children: only.children as RootContent[]}
  }
  return tree
}

function placeOf(source: ProseSource, node: Node): Point {
  const start = node.position?.start ?? {line: 1, column: 1}
  return source.origin({line: start.line, column: start.column})
}

function placeWithin(source: ProseSource, node: Text, at: number): Point {
  const start = node.position?.start ?? {line: 1, column: 1}
  const before = node.value.slice(0, at).split('\n')
  const line = start.line + before.length - 1
  const column =
    before.length === 1 ? start.column + at : (before.at(-1)?.length ?? 0) + 1
  return source.origin({line, column})
}
