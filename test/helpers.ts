/** Shared test helpers: build into a temporary folder, read text from PDF and HTML. */
import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {build, type BuildResult} from '../src/commands/build.js'
import {launchBrowser} from '../src/print/pdf.js'

/** The repository root. */
export const root = fileURLToPath(new URL('..', import.meta.url))
/** The example besluit. */
export const exampleName = '2021-07-13-vrijwilligersvergoeding-soesterkwartier'
export const exampleDir = join(root, 'content', exampleName)

/** A fresh temporary folder. */
export function temporaryDir(prefix = 'raadsstuk-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

/** Build `content/` into a fresh folder. */
export async function buildExample(
  options: {pdf?: boolean} = {},
): Promise<{outDir: string; result: BuildResult}> {
  const outDir = await temporaryDir()
  const result = await build({
    contentDir: join(root, 'content'),
    outDir,
    pdf: options.pdf ?? true,
  })
  return {outDir, result}
}

/**
 * The text of each page of a PDF: `marked`, inside marked content (the
 * tagged structure, in reading order), and `unmarked`, outside it (the
 * running header and footer).
 */
export async function readPdfPages(
  path: string,
): Promise<Array<{marked: string; unmarked: string}>> {
  const document = await getDocument({
    data: new Uint8Array(await readFile(path)),
    verbosity: 0,
  }).promise
  const pages = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (
      await document.getPage(number)
    ).getTextContent({includeMarkedContent: true})
    let depth = 0
    let marked = ''
    let unmarked = ''
    for (const item of content.items) {
      if ('type' in item) depth += item.type === 'endMarkedContent' ? -1 : 1
      else if (depth > 0) marked += item.str + (item.hasEOL ? '\n' : '')
      else unmarked += item.str + ' '
    }
    pages.push({marked, unmarked: normalizeSpace(unmarked)})
  }
  await document.destroy()
  return pages
}

/** Text of a PDF in reading order (its tagged content), with its page count. */
export async function readPdf(
  path: string,
): Promise<{text: string; pages: number}> {
  const pages = await readPdfPages(path)
  return {
    text: pages.map((page) => page.marked).join('\n'),
    pages: pages.length,
  }
}

/** The text a reader sees in an HTML page (Chromium's `innerText`). */
export async function readHtmlText(
  paths: readonly string[],
): Promise<string[]> {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    const texts: string[] = []
    for (const path of paths) {
      await page.setContent(await readFile(path, 'utf8'), {waitUntil: 'load'})
      texts.push(await page.evaluate(() => document.body.innerText))
    }
    return texts
  } finally {
    await browser.close()
  }
}

/** Collapse white space (no-break spaces included) into single spaces. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/g, ' ').trim()
}
