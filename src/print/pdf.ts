/**
 * I/O at the end: HTML to PDF through one headless Chromium per build, with a
 * small pool of reused pages. Every wait has a timeout.
 */
import {availableParallelism} from 'node:os'
import {createHash} from 'node:crypto'
// puppeteer and pdf-lib are imported when printing starts, not with this module:
// `raadsstuk check` and `--version` never load them.
import type {PDFDict, PDFDocument} from 'pdf-lib'
import type {Browser, Page} from 'puppeteer-core'
import {findBrowser, noBrowserMessage} from './find-browser.js'
import {renumberStructIds} from './struct-ids.js'

/** Options of {@link createPrinter}. */
export interface Options {
  /** Path of the browser (default: `PUPPETEER_EXECUTABLE_PATH`, a system Chromium, or one in puppeteer's cache; see find-browser.ts). */
  readonly executablePath?: string | undefined
  /** Pages printing at once (default: the number of cores, at most 4). */
  readonly pages?: number
  /** Milliseconds any one step may take (default: `60000`). */
  readonly timeout?: number
  /** A running browser to print in; the printer then closes only its own pages (default: start one). */
  readonly browser?: Browser
}

/** What the PDF says about itself, in its document information. */
export interface PdfMetadata {
  readonly title: string
  readonly author: string
  readonly subject: string
  readonly keywords: readonly string[]
  /** Written as creation and modification date: the besluit's, never the clock's. */
  readonly date: Date
  /** BCP 47 language of the document (default: `nl`). */
  readonly language?: string
}

/** Prints HTML documents to PDF. */
export interface Printer {
  print(html: string, metadata: PdfMetadata): Promise<Uint8Array>
  close(): Promise<void>
}

/** Flags for a headless server: no sandbox as root, no GPU, and no reaching for the network. */
export const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--font-render-hinting=none',
]

export {findBrowser} from './find-browser.js'

/**
 * Start headless Chromium with the server flags (puppeteer-core, which
 * downloads no browser of its own). Throws the Dutch message of
 * find-browser.ts when there is no browser.
 */
export async function launchBrowser(
  options: Pick<Options, 'executablePath' | 'timeout'> = {},
): Promise<Browser> {
  const executablePath = options.executablePath ?? findBrowser()
  if (!executablePath) throw new Error(noBrowserMessage)
  const {default: puppeteer} = await import('puppeteer-core')
  return puppeteer.launch({
    headless: true,
    args: launchArgs,
    timeout: options.timeout ?? 60_000,
    executablePath,
  })
}

/** Start one browser and return a printer that reuses its pages. */
export async function createPrinter(options: Options = {}): Promise<Printer> {
  const timeout = options.timeout ?? 60_000
  const executablePath = options.executablePath ?? findBrowser()
  let browser: Browser
  try {
    browser =
      options.browser ?? (await launchBrowser({executablePath, timeout}))
  } catch (error) {
    if (!executablePath) throw error
    throw new Error(
      'Chromium start niet' +
        (executablePath ? ' (`' + executablePath + '`)' : '') +
        ': installeer het (Debian: `apt-get install chromium`) of wijs het aan met PUPPETEER_EXECUTABLE_PATH',
      {cause: error},
    )
  }
  const size = Math.max(1, options.pages ?? Math.min(4, availableParallelism()))
  const idle: Page[] = []
  const waiting: Array<(page: Page) => void> = []
  let created = 0

  const acquire = async (): Promise<Page> => {
    const page = idle.pop()
    if (page) return page
    if (created < size) {
      created++
      const fresh = await browser.newPage()
      fresh.setDefaultTimeout(timeout)
      await fresh.emulateMediaType('print')
      return fresh
    }
    return new Promise((resolve) => waiting.push(resolve))
  }
  const release = (page: Page) => {
    const next = waiting.shift()
    if (next) next(page)
    else idle.push(page)
  }

  return {
    async print(html, metadata) {
      const page = await acquire()
      let pdf: Uint8Array
      let headings: string[]
      try {
        await page.setContent(html, {waitUntil: 'load', timeout})
        // One round trip: wait for the fonts, then read the headings for the outline.
        headings = await page.evaluate(async () => {
          await document.fonts.ready
          return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
            (heading) =>
              (heading.textContent ?? '').replace(/\s+/g, ' ').trim(),
          )
        })
        pdf = await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          tagged: true,
          outline: true,
          timeout,
        })
      } finally {
        release(page)
      }
      return finishPdf(pdf, metadata, headings, html)
    },
    async close() {
      if (!options.browser) await browser.close()
      else await Promise.all(idle.map((page) => page.close()))
    },
  }
}

/**
 * Write the document information (title, author, subject, keywords,
 * language) and make the file reproducible: dates from the besluit and an ID
 * derived from the printed `source` (the HTML), so the same sources give the
 * same bytes. The
 * structure tree (tags) and outline are kept as Chromium wrote them.
 */
export async function finishPdf(
  pdf: Uint8Array,
  metadata: PdfMetadata,
  headings: readonly string[] = [],
  source = '',
): Promise<Uint8Array> {
  const pdfLib = await import('pdf-lib')
  const {PDFDocument, ParseSpeeds, PDFHexString} = pdfLib
  const document = await PDFDocument.load(pdf, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  })
  retitleOutline(pdfLib, document, headings)
  renumberStructIds(pdfLib, document)
  document.setTitle(metadata.title, {showInWindowTitleBar: true})
  document.setAuthor(metadata.author)
  document.setSubject(metadata.subject)
  document.setKeywords([...metadata.keywords])
  document.setLanguage(metadata.language ?? 'nl')
  document.setCreator('raadsstuk')
  document.setProducer('raadsstuk (Chromium, pdf-lib)')
  document.setCreationDate(metadata.date)
  document.setModificationDate(metadata.date)
  // Chromium's own bytes hold the clock's time; the ID comes from what was printed.
  const id = createHash('sha256')
    .update(source)
    .update(JSON.stringify(metadata))
    .digest('hex')
    .slice(0, 32)
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
