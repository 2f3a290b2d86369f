/**
 * Prose to HTML: the checked Markdown of the prose stage (`check/prose.ts`)
 * through remark-rehype, sanitised, as HTML. Pure.
 */
import type {Root, RootContent} from 'mdast'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {checkProseSource, type ProseSource} from '../check/prose.js'
import type {ValueTable} from '../compute/values.js'

export type {ProseSource} from '../check/prose.js'

/** Options of {@link proseToHtml}. */
export interface Options {
  /** Added to the depth of headings in the prose, so they nest under the section's heading (default: `2`). */
  readonly headingOffset?: number
  /** Render as inline HTML, without the paragraph around a single paragraph (default: `false`). */
  readonly inline?: boolean
}

/** The one processor from Markdown to HTML: every rehype plugin is added here. */
const toHtml = unified()
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify)
  .freeze()

/** Checked Markdown as HTML; the tree is not changed. */
export function proseToHtml(checked: Root, options: Options = {}): string {
  const offset = options.headingOffset ?? 2
  const tree = options.inline ? unwrapParagraph(checked) : checked
  const html = toHtml.runSync(tree)
  // Headings nest under the section's: shifted in the HTML, so the checked tree is shared.
  visit(html, 'element', (node) => {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1]
    if (level) node.tagName = 'h' + Math.min(6, Number(level) + offset)
  })
  return toHtml.stringify(html).trim()
}

/** Check Markdown prose and render it to HTML in one go ('' when it is out of bounds). */
export function renderProse(
  source: ProseSource,
  values: ValueTable,
  options: Options = {},
): string {
  const tree = checkProseSource(source, values)
  return tree ? proseToHtml(tree, options) : ''
}

function unwrapParagraph(tree: Root): Root {
  const [only] = tree.children
  if (tree.children.length === 1 && only?.type === 'paragraph') {
    return {type: 'root', children: only.children as RootContent[]}
  }
  return tree
}
