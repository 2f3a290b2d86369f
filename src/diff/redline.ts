/**
 * The redline: a rendered document with insertions and deletions marked at
 * word level (`<ins>`, `<del>`, and words for screen readers and print), each
 * changed block shown whole, a legend and the semantic summary on top. Pure.
 */
import {alignByContent} from './align.js'
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
  /** The semantic summary, as plain text lines. */
  readonly summary: string
  readonly from: string | undefined
  readonly to: string | undefined
  readonly labels: {readonly from: string; readonly to: string}
}

/** A standalone, printable HTML page. */
export function renderRedline(input: RedlineInput): string {
  const steps = alignByContent(
    input.from ? htmlToBlocks(input.from) : [],
    input.to ? htmlToBlocks(input.to) : [],
    blockKey,
  )
  const body = steps.map((step) => {
    switch (step.kind) {
      case 'same':
        return block(step.to, escapeHtml(step.to.text))
      case 'changed':
        return changed(step.to, words(step.from.text, step.to.text))
      case 'removed':
        return changed(step.from, del(step.from.text))
      case 'added':
        return changed(step.to, ins(step.to.text))
    }
  })
  return page(input, body.join('\n'))
}

function words(from: string, to: string): string {
  return compareWords(from, to)
    .map((part) =>
      part.added
        ? ins(part.value)
        : part.removed
          ? del(part.value)
          : escapeHtml(part.value),
    )
    .join('')
}

function ins(text: string): string {
  return `<ins><span class="sr">[ingevoegd:] </span>${escapeHtml(text)}</ins>`
}

function del(text: string): string {
  return `<del><span class="sr">[verwijderd:] </span>${escapeHtml(text)}</del>`
}

function tag(block: TextBlock | undefined): string {
  const kind = block?.kind ?? 'p'
  // The document's headings nest under the page's "Het document" (h2).
  if (/^h[1-6]$/.test(kind)) return 'h' + Math.min(6, Number(kind[1]) + 2)
  return 'p'
}

function block(source: TextBlock | undefined, html: string): string {
  const name = tag(source)
  return `<${name}>${html}</${name}>`
}

function changed(source: TextBlock | undefined, html: string): string {
  return `<div class="gewijzigd"><span class="markering" aria-hidden="true">gewijzigd</span>${block(source, html)}</div>`
}

/** The summary's `[-old-]` and `{+new+}` as `<del>` and `<ins>`, like the document below it. */
function markWords(summary: string): string {
  return summary
    .replace(
      /\[-(.*?)-\]/g,
      (_, text: string) =>
        `<del><span class="sr">[verwijderd:] </span>${text}</del>`,
    )
    .replace(
      /\{\+(.*?)\+\}/g,
      (_, text: string) =>
        `<ins><span class="sr">[ingevoegd:] </span>${text}</ins>`,
    )
}

function page(input: RedlineInput, body: string): string {
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
<pre class="samenvatting">${markWords(escapeHtml(input.summary))}</pre>
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
