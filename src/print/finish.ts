/**
 * The finishing of a printed PDF: document information, a reproducible ID,
 * the outline's titles, renumbered structure IDs and the page furniture
 * marked as artifacts. Pure, bytes in and bytes out; it runs in a worker
 * thread of its own while the next document prints (see `finisher.ts`).
 */
import {createHash} from 'node:crypto'
import type {PDFDict, PDFDocument} from 'pdf-lib'
import {markArtifacts} from './artifacts.js'
import {renumberStructIds} from './struct-ids.js'
import {attachXmp} from './xmp.js'
import type {PdfMetadata} from './pdf.js'

/**
 * The file identifier of a PDF: derived from what was printed (the HTML) and
 * what it says about itself, never from the clock, so the same sources give
 * the same bytes.
 */
export function documentId(source: string, metadata: PdfMetadata): string {
  return createHash('sha256')
    .update(source)
    .update(JSON.stringify(metadata))
    .digest('hex')
    .slice(0, 32)
}

/**
 * Write the document information (title, author, subject, keywords,
 * language) and make the file reproducible: dates from the besluit and the
 * `id` of {@link documentId}. The structure tree (tags) and outline are kept
 * as Chromium wrote them; the page furniture outside them is marked as
 * artifacts.
 */
export async function finishPdf(
  pdf: Uint8Array,
  metadata: PdfMetadata,
  headings: readonly string[],
  id: string,
): Promise<Uint8Array> {
  const pdfLib = await import('pdf-lib')
  const {PDFDocument, ParseSpeeds, PDFHexString} = pdfLib
  const document = await PDFDocument.load(pdf, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  })
  retitleOutline(pdfLib, document, headings)
  renumberStructIds(pdfLib, document)
  markArtifacts(pdfLib, document)
  document.setTitle(metadata.title, {showInWindowTitleBar: true})
  document.setAuthor(metadata.author)
  document.setSubject(metadata.subject)
  document.setKeywords([...metadata.keywords])
  document.setLanguage(metadata.language ?? 'nl')
  document.setCreator('raadsstuk')
  document.setProducer('raadsstuk (Chromium, pdf-lib)')
  document.setCreationDate(metadata.date)
  document.setModificationDate(metadata.date)
  attachXmp(pdfLib, document, {
    title: metadata.title,
    author: metadata.author,
    subject: metadata.subject,
    keywords: metadata.keywords,
    language: metadata.language ?? 'nl',
    date: metadata.date,
    creatorTool: 'raadsstuk',
    producer: 'raadsstuk (Chromium, pdf-lib)',
  })
  // Chromium's own bytes hold the clock's time; the ID comes from what was printed.
  document.context.trailerInfo.ID = document.context.obj([
    PDFHexString.of(id),
    PDFHexString.of(id),
  ])
  return document.save({
    useObjectStreams: false,
    updateFieldAppearances: false,
    objectsPerTick: Infinity,
  })
}

/**
 * Chromium builds the outline from the headings but drops the space where a
 * heading wraps ("deSamenwerkingsovereenkomst") and can repeat a heading that
 * crosses a page. The entries follow the headings in document order, so each
 * gets its heading's text back; an outline that does not match is left alone.
 */
function retitleOutline(
  {PDFDict: Dict, PDFHexString, PDFName}: typeof import('pdf-lib'),
  document: PDFDocument,
  headings: readonly string[],
): void {
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), Dict)
  const entries: PDFDict[] = []
  const collect = (parent: PDFDict | undefined): void => {
    let entry = parent?.lookupMaybe(PDFName.of('First'), Dict)
    while (entry && entries.length <= headings.length) {
      entries.push(entry)
      collect(entry)
      entry = entry.lookupMaybe(PDFName.of('Next'), Dict)
    }
  }
  collect(outlines)
  if (entries.length === 0 || entries.length !== headings.length) return
  entries.forEach((entry, index) =>
    entry.set(
      PDFName.of('Title'),
      PDFHexString.fromText(headings[index] ?? ''),
    ),
  )
}
