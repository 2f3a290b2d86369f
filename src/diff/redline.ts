/**
 * The redline: a rendered document with insertions and deletions marked at
 * word level (`<ins>`, `<del>`, and words for screen readers and print), each
 * changed block shown whole, a legend and the semantic summary on top. Pure.
 */
import type {Element, ElementContent, Properties} from 'hast'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {alignByContent} from './align.js'
import type {Segment, SummaryLine} from './format.js'
import {
  blockKey,
  compareWords,
  escapeHtml,
  htmlToBlocks,
  type TextBlock,
} from './text-blocks.js'

/** What a redline page shows. */
export interface RedlineInput {
  readonly title: string
  /** The semantic summary, its changed words marked as data. */
  readonly summary: readonly SummaryLine[]
  readonly from: string | undefined
  readonly to: string | undefined
  readonly labels: {readonly from: string; readonly to: string}
}

const html = unified().use(rehypeStringify)

/** A standalone, printable HTML page. */
export function renderRedline(input: RedlineInput): string {
  const steps = alignByContent(
    input.from ? htmlToBlocks(input.from) : [],
    input.to ? htmlToBlocks(input.to) : [],
    blockKey,
  )
  const body = steps.map((step): Element => {
    switch (step.kind) {
      case 'same':
        return block(step.to, [text(step.to.text)])
      case 'changed':
        return changed(step.to, words(step.from.text, step.to.text))
      case 'removed':
        return changed(step.from, [marked('del', step.from.text)])
      case 'added':
        return changed(step.to, [marked('ins', step.to.text)])
    }
  })
  return page(input, stringify(lines(body)), stringify([summary(input)]))
}

function words(from: string, to: string): ElementContent[] {
  return compareWords(from, to).map((part) =>
    part.added
      ? marked('ins', part.value)
      : part.removed
        ? marked('del', part.value)
        : text(part.value),
  )
}

/** The summary's lines; inserted and deleted words as in the document below it. */
function summary(input: RedlineInput): Element {
  const shown = [...input.summary]
  while (shown.length > 0 && isBlank(shown.at(-1) ?? [])) shown.pop()
  return element('pre', {className: ['samenvatting']}, [
    ...lines(
      shown.map((line) =>
        line.map((segment: Segment) =>
          segment.mark
            ? marked(segment.mark, segment.text)
            : text(segment.text),
        ),
      ),
    ).flat(),
  ])
}

function isBlank(line: SummaryLine): boolean {
  return line.every((segment) => segment.text.trim() === '')
}

/** `<ins>` or `<del>`, with the words a screen reader and a print say. */
function marked(mark: 'ins' | 'del', value: string): Element {
  const said = mark === 'ins' ? '[ingevoegd:] ' : '[verwijderd:] '
  return element(mark, {}, [
    element('span', {className: ['sr']}, [text(said)]),
    text(value),
  ])
}

function tag(block: TextBlock | undefined): string {
  const kind = block?.kind ?? 'p'
  // The document's headings nest under the page's "Het document" (h2).
  if (/^h[1-6]$/.test(kind)) return 'h' + Math.min(6, Number(kind[1]) + 2)
  return 'p'
}

function block(
  source: TextBlock | undefined,
  children: ElementContent[],
): Element {
  return element(tag(source), {}, children)
}

function changed(
  source: TextBlock | undefined,
  children: ElementContent[],
): Element {
  return element('div', {className: ['gewijzigd']}, [
    element('span', {className: ['markering'], ariaHidden: 'true'}, [
      text('gewijzigd'),
    ]),
    block(source, children),
  ])
}

function element(
  tagName: string,
  properties: Properties,
  children: ElementContent[],
): Element {
  return {type: 'element', tagName, properties, children}
}

function text(value: string): ElementContent {
  return {type: 'text', value}
}

/** Items with a line break between each two. */
function lines<T extends ElementContent | ElementContent[]>(
  items: readonly T[],
): Array<T | ElementContent> {
  return items.flatMap((item, index) =>
    index === 0 ? [item] : [text('\n'), item],
  )
}

function stringify(
  nodes: ReadonlyArray<ElementContent | ElementContent[]>,
): string {
  return html.stringify({type: 'root', children: nodes.flat()})
}

function page(input: RedlineInput, body: string, summary: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>
body { font-family: 'Source Sans 3', 'Noto Sans', Arial, sans-serif; line-height: 1.5; max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem; color: #1a1a1a; }
h1, h2, h3, h4 { color: #00577c; line-height: 1.25; }
ins { background: #d9f2dd; color: #0b4d16; text-decoration: underline 2px; }
del { background: #fbe0e0; color: #7a0f0f; text-decoration: line-through 2px; }
.gewijzigd { border-left: 4px solid #b35900; padding-left: 0.75rem; margin-left: -1rem; }
.markering { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.06em; color: #8a4500; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.samenvatting { background: #eef3f6; padding: 0.75rem 1rem; white-space: pre-wrap; font-family: inherit; }
.legenda { display: flex; gap: 1.5rem; flex-wrap: wrap; }
@media print { .sr { position: static; width: auto; height: auto; clip: auto; } }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(input.title)}</h1>
<p>${escapeHtml(input.labels.from)} → ${escapeHtml(input.labels.to)}</p>
<section aria-labelledby="legenda">
<h2 id="legenda">Legenda</h2>
<p class="legenda"><span><ins>ingevoegde tekst</ins> (onderstreept)</span> <span><del>verwijderde tekst</del> (doorgestreept)</span> <span>een gewijzigd blok heeft een streep in de kantlijn</span></p>
</section>
<section aria-labelledby="samenvatting">
<h2 id="samenvatting">Samenvatting</h2>
${summary}
</section>
<section aria-labelledby="document">
<h2 id="document">Het document</h2>
${body}
</section>
</main>
</body>
</html>
`
}
