/** The redline's summary comes from the structured change: words that look like marks stay words. */
import type {Element, Root} from 'hast'
import {toText} from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {markedText, type SummaryLine} from '../src/diff/format.js'
import {renderRedline} from '../src/diff/redline.js'

const summary: SummaryLine[] = [
  [{text: 'besluit a (v1 → v2): gewijzigd'}],
  [],
  [
    {text: '  beslispunt 1 gewijzigd: het '},
    {text: 'experiment', mark: 'del'},
    {text: 'proef [-x-] {+y+} <b>', mark: 'ins'},
    {text: ' & meer'},
  ],
  [],
]

/** The elements named `tagName` in `tree`, in document order. */
function find(tree: Root | Element, tagName: string): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (node) => {
    if (node.tagName === tagName) found.push(node)
  })
  return found
}

const texts = (nodes: Element[]) => nodes.map((node) => toText(node))

describe('the redline', () => {
  it('marks the summary from its segments, never from text that looks like a mark', () => {
    const page = unified()
      .use(rehypeParse)
      .parse(
        renderRedline({
          title: 'Wijzigingen',
          summary,
          from: '<p>Het experiment.</p>',
          to: '<p>Het proef.</p>',
          labels: {from: 'v1', to: 'v2'},
        }),
      )
    const [pre] = find(page, 'pre')
    if (!pre) throw new Error('Expected a summary, not none')
    expect(pre.properties['className']).toEqual(['samenvatting'])
    expect(toText(pre)).toBe(
      'besluit a (v1 → v2): gewijzigd\n\n  beslispunt 1 gewijzigd: het [verwijderd:] experiment[ingevoegd:] proef [-x-] {+y+} <b> & meer',
    )
    expect(texts(find(pre, 'ins'))).toEqual([
      '[ingevoegd:] proef [-x-] {+y+} <b>',
    ])
    expect(texts(find(pre, 'del'))).toEqual(['[verwijderd:] experiment'])
    expect(find(pre, 'b')).toEqual([])
    // The document below: its changed block, word by word.
    const [block] = find(page, 'div')
    if (!block) throw new Error('Expected a changed block, not none')
    expect(texts(find(block, 'del'))).toEqual(['[verwijderd:] experiment'])
    expect(texts(find(block, 'ins'))).toEqual(['[ingevoegd:] proef'])
  })

  it('shows the same segments in the terminal as git diff --word-diff does', () => {
    expect(summary.map(markedText)).toEqual([
      'besluit a (v1 → v2): gewijzigd',
      '',
      '  beslispunt 1 gewijzigd: het [-experiment-]{+proef [-x-] {+y+} <b>+} & meer',
      '',
    ])
  })
})
