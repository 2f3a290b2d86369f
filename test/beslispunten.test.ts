/**
 * Beslispunten in the printed documents: onderdelen as a nested list, and a
 * beslispunt of several paragraphs (a warning) that keeps the grid of
 * number and text, in the browser and in the PDF.
 */
import {cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {BrowserContext} from 'puppeteer-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build, type BuildResult} from '../src/commands/build.js'
import {formatReport} from '../src/messages/report.js'
import {
  normalizeSpace,
  openBrowser,
  readPdf,
  root,
  sharedPrinter,
  temporaryDir,
} from './helpers.js'

const fixtures = join(root, 'test', 'fixtures', 'invalid')
let browser: BrowserContext

beforeAll(async () => {
  browser = await openBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function buildFixture(
  name: string,
): Promise<{outDir: string; result: BuildResult}> {
  const outDir = await temporaryDir()
  const result = await build({
    contentDir: join(fixtures, name),
    outDir,
    printer: await sharedPrinter(),
  })
  return {outDir, result}
}

/** Every item of the beslispunten lists: its cells, and the share of the item's width its narrowest text cell has. */
async function layoutOf(path: string) {
  const page = await browser.newPage()
  await page.goto('file://' + path, {waitUntil: 'load'})
  const items = await page.$$eval('.beslispunten li', (lis) =>
    lis.map((li) => {
      const cells = [...li.children]
      const width = li.getBoundingClientRect().width
      // The narrowest cell of text: one word per line when the grid breaks.
      const share = Math.min(
        ...cells
          .filter((cell) => cell.className !== 'nummer')
          .map((cell) => cell.getBoundingClientRect().width / width),
      )
      return {cells: cells.map((cell) => cell.className), share}
    }),
  )
  await page.close()
  return items
}

describe('beslispunten', () => {
  it('keeps a beslispunt of several paragraphs in its grid, with a warning, in HTML and PDF', async () => {
    const {outDir, result} = await buildFixture('beslispunt-paragraphs')
    expect(result.failed).toBe(false)
    expect(formatReport(result.files, {hints: false})).toContain(
      'warning: beslispunt 2 (`uitvoering`) heeft een opsomming in de tekst (`2a.`) [beslispunt-paragraphs]',
    )
    const html = join(outDir, 'beslispunt-paragraphs', 'collegevoorstel.html')
    const items = await layoutOf(html)
    // Voorblad and voorstel each list the three beslispunten.
    expect(items).toHaveLength(6)
    for (const item of items) {
      expect(item.cells).toEqual(['nummer', 'beslispunt'])
      expect(item.share).toBeGreaterThan(0.9)
    }
    const {text, pages} = await readPdf(
      join(outDir, 'beslispunt-paragraphs', 'collegevoorstel.pdf'),
    )
    expect(pages).toBe(3)
    expect(normalizeSpace(text)).toContain(
      '2. De uitvoering als volgt te regelen: 2a. de werkgroep begint in maart; 2b. de proef wordt na een jaar geëvalueerd. 3. De proef na een jaar te evalueren. De uitkomst met de raad te delen.',
    )
  })

  it('shows onderdelen as a list inside the beslispunt’s text, in HTML and PDF', async () => {
    const {outDir, result} = await buildFixture('onderdeel-without-argument')
    expect(result.failed).toBe(false)
    const html = join(
      outDir,
      'onderdeel-without-argument',
      'collegevoorstel.html',
    )
    const items = await layoutOf(html)
    // Two beslispunten and three onderdelen, on the voorblad and in the voorstel.
    expect(items).toHaveLength(10)
    for (const item of items) {
      expect(item.cells).toEqual(['nummer', 'beslispunt'])
      expect(item.share).toBeGreaterThan(0.85)
    }
    const {text} = await readPdf(
      join(outDir, 'onderdeel-without-argument', 'collegevoorstel.pdf'),
    )
    expect(normalizeSpace(text)).toContain(
      'Het college besluit: 1. Een vergoeding van € 180,- per maand te geven. 2. De uitvoering als volgt te regelen: 2a. de werkgroep begint in maart; 2b. de proef wordt na een jaar geëvalueerd; 2c. de raad te informeren met de raadsinformatiebrief.',
    )
    expect(normalizeSpace(text)).toContain('2a.1 In maart zijn de leden bekend')
  })
  it('lists the onderdelen on the besluitenlijst and in besluit.json', async () => {
    const content = await temporaryDir()
    const folder = join(content, 'onderdelen')
    await cp(join(fixtures, 'onderdeel-without-argument'), folder, {
      recursive: true,
    })
    const yaml = join(folder, 'besluit.yaml')
    await writeFile(
      yaml,
      (await readFile(yaml, 'utf8')).replace(
        'status: concept',
        'status: vastgesteld',
      ),
    )
    const outDir = await temporaryDir()
    const result = await build({
      contentDir: content,
      outDir,
      printer: await sharedPrinter(),
    })
    expect(result.failed).toBe(false)
    const decided =
      '2. De uitvoering als volgt te regelen: 2a. de werkgroep begint in maart; 2b. de proef wordt na een jaar geëvalueerd; 2c. de raad te informeren met de raadsinformatiebrief.'
    const {text} = await readPdf(
      join(outDir, 'besluitenlijst', '2021-07-13.pdf'),
    )
    expect(normalizeSpace(text)).toContain(decided)
    const items = await layoutOf(
      join(outDir, 'besluitenlijst', '2021-07-13.html'),
    )
    expect(items.map((item) => item.cells)).toEqual(
      Array(5).fill(['nummer', 'beslispunt']),
    )
    const data = JSON.parse(
      await readFile(join(outDir, 'onderdelen', 'besluit.json'), 'utf8'),
    )
    expect(data.beslispunten[1]).toEqual({
      id: 'uitvoering',
      position: 2,
      text: decided.slice(3),
    })
  })
})
