/**
 * A rendered document as a list of text blocks (headings, paragraphs, list
 * items, table rows), for the redline, `textconv` and tests. Pure.
 */
import {diffWords} from 'diff'
import type {Element, ElementContent, Root, RootContent} from 'hast'
import {toText} from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'

/** One block of a rendered document. */
export interface TextBlock {
  /** `h1`…`h6`, `p`, `li`, `dt`, `dd`, `caption` or `tr`. */
  readonly kind: string
  readonly text: string
}

const blockTags = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'li',
  'dt',
  'dd',
  'caption',
  'tr',
])
const parser = unified().use(rehypeParse)

/** The blocks of an HTML document, in document order; `<head>` and styles are left out. */
export function htmlToBlocks(html: string): TextBlock[] {
  const tree = parser.parse(html) as Root
  const blocks: TextBlock[] = []
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue
      if (
        node.tagName === 'head' ||
        node.tagName === 'style' ||
        node.tagName === 'script'
      )
        continue
      if (blockTags.has(node.tagName) && !hasBlockChild(node)) {
        const text = node.tagName === 'tr' ? rowText(node) : clean(toText(node))
        if (text !== '') blocks.push({kind: node.tagName, text})
        continue
      }
      if (node.tagName === 'li') {
        // One block for the item with its number, whatever paragraphs it
        // holds; its own list (the onderdelen 3a, 3b) follows, item by item.
        const text = clean(toText(withoutLists(node)))
        if (text !== '') blocks.push({kind: 'li', text})
        walk(listsIn(node))
        continue
      }
      walk(node.children)
    }
  }
  walk(tree.children)
  return blocks
}

/** The blocks as plain text, headings marked by `#` as in Markdown. */
export function blocksToText(blocks: readonly TextBlock[]): string {
  return (
    blocks
      .map((block) =>
        /^h[1-6]$/.test(block.kind)
          ? '#'.repeat(Number(block.kind[1])) + ' ' + block.text
          : block.kind === 'li' && !/^\d+[a-z]*\.\s/.test(block.text)
            ? '- ' + block.text
            : block.text,
      )
      .join('\n\n') + '\n'
  )
}

function isList(node: ElementContent | RootContent): boolean {
  return (
    node.type === 'element' && (node.tagName === 'ol' || node.tagName === 'ul')
  )
}

/** The element without the lists inside it. */
function withoutLists(node: Element): Element {
  return {
    ...node,
    children: node.children
      .filter((child) => !isList(child))
      .map((child) => (child.type === 'element' ? withoutLists(child) : child)),
  }
}

/** The lists inside an element, outermost only. */
function listsIn(node: Element): Element[] {
  return node.children.flatMap((child) =>
    child.type !== 'element' ? [] : isList(child) ? [child] : listsIn(child),
  )
}

function hasBlockChild(node: Element): boolean {
  return node.children.some(
    (child) =>
      child.type === 'element' &&
      (blockTags.has(child.tagName) || hasBlockChild(child)),
  )
}

function rowText(row: Element): string {
  return row.children
    .filter((cell): cell is Element => cell.type === 'element')
    .map((cell) => clean(toText(cell)))
    .join(' | ')
    .replace(/( \| )+$/, '')
}

function clean(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim()
}

const words = new Intl.Segmenter('nl', {granularity: 'word'})

/** Word-level changes, with amounts such as `7.200,50` kept whole (Unicode word boundaries). */
export function compareWords(
  from: string,
  to: string,
): Array<{value: string; added?: boolean; removed?: boolean}> {
  return diffWords(from, to, {intlSegmenter: words})
}

/** Text made safe to put in HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** Blocks match when their kind and text are the same. */
export function blockKey(block: TextBlock): string {
  return block.kind + '\0' + block.text
}
