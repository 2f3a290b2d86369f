/**
 * The changed blocks of the rendered documents, word by word, without the
 * ones that only repeat a changed beslispunt, argument or kanttekening. Pure.
 */
import {alignByContent} from './align.js'
import type {ItemChange, WordChange} from './items.js'
import {blockKey, compareWords, htmlToBlocks} from './text-blocks.js'
import type {BesluitResult} from '../compile.js'

/** A changed block of a rendered document (a paragraph, heading or list item). */
export interface TextChange {
  /** The id of the document type, such as `collegevoorstel`. */
  readonly document: string
  readonly from: string | undefined
  readonly to: string | undefined
  readonly words: readonly WordChange[]
}

export function diffText(from: BesluitResult, to: BesluitResult): TextChange[] {
  const changes: TextChange[] = []
  // Each document either version has, in the order they were made.
  const documents = new Set(
    [...from.documents, ...to.documents].map((item) => item.type),
  )
  for (const document of documents) {
    const blocks = (result: BesluitResult) => {
      const html = result.documents.find((item) => item.type === document)?.html
      return html
        ? htmlToBlocks(html).filter((block) => block.kind !== 'tr')
        : []
    }
    for (const step of alignByContent(blocks(from), blocks(to), blockKey)) {
      if (step.kind === 'same') continue
      const a = step.kind === 'added' ? undefined : step.from.text
      const b = step.kind === 'removed' ? undefined : step.to.text
      changes.push({
        document,
        from: a,
        to: b,
        words: compareWords(a ?? '', b ?? ''),
      })
    }
  }
  return changes
}

/**
 * Text changes that only repeat a change already listed as a beslispunt,
 * argument or kanttekening are left out, and so are repeats (the voorblad
 * shows the beslispunten again).
 */
export function withoutItems(
  changes: readonly TextChange[],
  items: readonly ItemChange[],
): TextChange[] {
  const texts = items
    .flatMap((item) => [item.from?.text, item.to?.text])
    .filter((text): text is string => text !== undefined)
  const isItem = (text: string | undefined) => {
    // The number as the documents show it: 3., 3a., 1.2, 1.b, 3a.1.
    const bare = (text ?? '').replace(
      /^\d+[a-z]*(?:\.(?:\d+|[a-z]+))*\.?\s+/,
      '',
    )
    return (
      bare !== '' &&
      texts.some((item) => item.replace(/\s+/g, ' ').includes(bare))
    )
  }
  const seen = new Set<string>()
  return changes.filter((change) => {
    const key = change.document + '\0' + change.from + '\0' + change.to
    if (seen.has(key) || isItem(change.from) || isItem(change.to)) return false
    seen.add(key)
    return true
  })
}
