/**
 * Escaping per context, property-tested with every control and separator
 * character: a value stays inside its element, its attribute and its CSS
 * string, whatever it holds.
 */
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import fc from 'fast-check'
import type {Element, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {
  escapeCssString,
  escapeHtmlAttribute,
  escapeHtmlText,
} from '../src/render/escape.js'
import {createRenderer} from '../src/render/templates.js'
import {root} from './helpers.js'

/** Every C0 and C1 control, the separators, and the characters that end a context. */
const dangerous = [
  ...Array.from({length: 0x20}, (_, code) => String.fromCharCode(code)),
  ...Array.from({length: 0x21}, (_, code) => String.fromCharCode(0x7f + code)),
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  ...'\\"\'<>&=`;{}()/*!-:',
  '</style>',
  '</p>',
  '<!--',
  ']]>',
]
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...dangerous), fc.string({unit: 'binary'})), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''))

/** What a value becomes in the documents: controls and lone surrogates as U+FFFD. */
function cleaned(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are what it looks for
      .replace(/[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029]/g, '\uFFFD')
      .replace(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
        '\uFFFD',
      )
  )
}

/**
 * A CSS string token read as the CSS Syntax spec reads it (§4.3.5, 4.3.7):
 * its value and what follows it, or `undefined` when a newline ends it.
 */
function readCssString(css: string): {value: string; rest: string} | undefined {
  const quote = css[0]
  let value = ''
  let index = 1
  while (index < css.length) {
    const character = css[index++] ?? ''
    if (character === quote) return {value, rest: css.slice(index)}
    if ('\n\r\f'.includes(character)) return undefined
    if (character !== '\\') {
      value += character
      continue
    }
    const hex = /^[0-9a-fA-F]{1,6}/.exec(css.slice(index))?.[0]
    if (!hex) {
      value += css[index++] ?? ''
      continue
    }
    index += hex.length
    if (/^[ \t\n]/.test(css.slice(index))) index++
    const code = Number.parseInt(hex, 16)
    value +=
      code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
        ? '\uFFFD'
        : String.fromCodePoint(code)
  }
  return undefined
}

function parseHtml(html: string): Root {
  return unified().use(rehypeParse, {fragment: true}).parse(html)
}

function elements(tree: Root): Element[] {
  return tree.children.filter(
    (node): node is Element => node.type === 'element',
  )
}

describe('escaping per context', () => {
  it('a CSS string holds any value and ends where it should', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const css = escapeCssString(text)
        const token = readCssString(css + ';}')
        expect(token).toEqual({value: cleaned(text), rest: ';}'})
        // eslint-disable-next-line no-control-regex -- control characters are what it looks for
        expect(css).not.toMatch(/[\0-\x1F\x7F-\x9F\u2028\u2029<>&]/)
      }),
      {numRuns: 2000},
    )
  })

  it('HTML text and attributes keep any value inside their element', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const quote of ['"', "'"]) {
          const tree = parseHtml(
            `<p title=${quote}${escapeHtmlAttribute(text)}${quote}>${escapeHtmlText(text)}</p><hr>`,
          )
          const [p, hr, ...more] = elements(tree)
          expect(more).toEqual([])
          expect(hr?.tagName).toBe('hr')
          expect(p?.properties['title']).toBe(
            cleaned(text).replace(/\r\n?/g, '\n'),
          )
          expect(p?.children.map((node) => node.type)).toEqual(
            text === '' ? [] : ['text'],
          )
        }
      }),
      {numRuns: 1000},
    )
  })

  it('the renderer uses them: a value in text, an attribute and a CSS string stays in place', () => {
    const render = createRenderer({
      layouts: {
        test: '<style>.x::before { content: {{cssString value}}; }</style><p class="x" title="{{value}}">{{value}}</p><hr>',
      },
      partials: {},
      css: '',
    })
    fc.assert(
      fc.property(hostile, (value) => {
        const html = render('test', {value})
        const style = /<style>\.x::before \{ content: ([\s\S]*)<\/style>/.exec(
          html,
        )?.[1]
        expect(readCssString(style ?? '')).toEqual({
          value: cleaned(value),
          rest: '; }',
        })
        const [, p, hr] = elements(parseHtml(html))
        expect(hr?.tagName).toBe('hr')
        expect(p?.properties['title']).toBe(
          cleaned(value).replace(/\r\n?/g, '\n'),
        )
      }),
      {numRuns: 1000},
    )
  })

  it('every value in an attribute of the templates is quoted', async () => {
    const folder = join(root, 'templates')
    const names = [
      ...(await readdir(folder)).filter((name) => name.endsWith('.hbs')),
      ...(await readdir(join(folder, 'partials'))).map((name) =>
        join('partials', name),
      ),
    ]
    const unquoted: string[] = []
    for (const name of names) {
      const text = await readFile(join(folder, name), 'utf8')
      for (const match of text.matchAll(/=\s*\{\{/g))
        unquoted.push(name + ': ' + text.slice(match.index, match.index + 30))
    }
    expect(names.length).toBeGreaterThan(5)
    expect(unquoted).toEqual([])
  })
})
