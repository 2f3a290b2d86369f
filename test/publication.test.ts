/**
 * Publication quality of the produced files: accessible HTML (axe-core in
 * Chromium), tagged PDF with metadata, outline, embedded fonts, running
 * header and footer out of the structure, a CONCEPT marking for drafts, and
 * byte-identical output for the same sources.
 */
import {cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {PDFDict, PDFDocument, PDFName} from 'pdf-lib'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {beforeAll, describe, expect, it} from 'vitest'
import {build} from '../src/commands/build.js'
import {
  buildExample,
  exampleDir,
  exampleName,
  openBrowser,
  readPdfPages,
  sharedPrinter,
  temporaryDir,
  axeViolations,
} from './helpers.js'

const names = [
  'collegevoorstel.html',
  'collegevoorstel.pdf',
  'raadsinformatiebrief.html',
  'raadsinformatiebrief.pdf',
]
let folder: string

beforeAll(async () => {
  const {outDir} = await buildExample()
  folder = join(outDir, exampleName)
})

async function openPdf(name: string) {
  return getDocument({
    data: new Uint8Array(await readFile(join(folder, name))),
    verbosity: 0,
  }).promise
}

describe('deterministic output', () => {
  it('gives byte-identical HTML and PDF when built twice', async () => {
    const {outDir} = await buildExample({fresh: true})
    for (const name of names) {
      const [first, second] = await Promise.all([
        readFile(join(folder, name)),
        readFile(join(outDir, exampleName, name)),
      ])
      expect(first.equals(second), name).toBe(true)
    }
  })
})

describe('PDF', () => {
  it('has the metadata: title, author, subject, keywords, language and the besluit’s date', async () => {
    const document = await openPdf('collegevoorstel.pdf')
    const {info} = (await document.getMetadata()) as unknown as {
      info: Record<string, string>
    }
    expect(info['Title']).toBe(
      'Collegevoorstel: Vrijwilligersvergoeding werkgroepleden Wijkperspectief Soesterkwartier',
    )
    expect(info['Author']).toBe('Gemeente Amersfoort')
    expect(info['Subject']).toBe(
      'Vrijwilligersvergoeding werkgroepleden Wijkperspectief Soesterkwartier',
    )
    expect(info['Keywords']).toContain('Collegevoorstel')
    expect(info['Language']).toBe('nl')
    expect(info['CreationDate']).toMatch(/^D:20210713000000/)
    expect(info['ModDate']).toMatch(/^D:20210713000000/)
    const rib = (await (
      await openPdf('raadsinformatiebrief.pdf')
    ).getMetadata()) as unknown as {info: Record<string, string>}
    expect(rib.info['Title']).toBe(
      'Raadsinformatiebrief: Stand van zaken Wijkperspectief Soesterkwartier en Uitvoeringsplan Vitale Wijken',
    )
  })

  it('is tagged, with headings, paragraphs, lists and the table in its structure tree', async () => {
    const document = await openPdf('collegevoorstel.pdf')
    expect(await document.getMarkInfo()).toMatchObject({Marked: true})
    const roles = new Set<string>()
    const walk = (node: {role?: string; children?: unknown[]}) => {
      if (node.role) roles.add(node.role)
      for (const child of node.children ?? []) walk(child as typeof node)
    }
    for (let number = 1; number <= document.numPages; number++)
      walk(await (await document.getPage(number)).getStructTree())
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Table', 'TH', 'TD'])
      expect(roles, role).toContain(role)
  })

  it('has an outline whose titles are the headings, spaces and all', async () => {
    const document = await openPdf('collegevoorstel.pdf')
    const titles: string[] = []
    const walk = (items: Array<{title: string; items: unknown[]}> | null) => {
      for (const item of items ?? []) {
        titles.push(item.title)
        walk(item.items as typeof items)
      }
    }
    walk(await document.getOutline())
    expect(titles[0]).toBe(
      'Collegevoorstel Vrijwilligersvergoeding werkgroepleden Wijkperspectief Soesterkwartier',
    )
    expect(titles).toContain('Argumenten')
    expect(titles).toContain(
      '2.2 De verlenging van de doorlooptijd leidt niet tot problemen wat betreft de Samenwerkingsovereenkomst Vitale Wijken en de bijbehorende subsidie',
    )
    // One h1, 13 sections, 7 argumenten and 4 kanttekeningen.
    expect(titles).toHaveLength(25)
  })

  it('embeds its fonts: Source Sans 3, shipped with the project', async () => {
    for (const name of ['collegevoorstel.pdf', 'raadsinformatiebrief.pdf']) {
      const document = await PDFDocument.load(
        await readFile(join(folder, name)),
      )
      const descriptors = document.context
        .enumerateIndirectObjects()
        .map(([, object]) => object)
        .filter(
          (object): object is PDFDict =>
            object instanceof PDFDict &&
            object.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'),
        )
      expect(descriptors.length).toBeGreaterThan(0)
      for (const descriptor of descriptors) {
        expect(String(descriptor.get(PDFName.of('FontName')))).toMatch(
          /SourceSans3/,
        )
        const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) =>
          descriptor.has(PDFName.of(key)),
        )
        expect(embedded, String(descriptor.get(PDFName.of('FontName')))).toBe(
          true,
        )
      }
    }
  })

  it('prints document type, subject, date and "pagina X van Y" on every page, as artifacts outside the structure', async () => {
    const pages = await readPdfPages(join(folder, 'collegevoorstel.pdf'))
    expect(pages.length).toBe(7)
    pages.forEach((page, index) => {
      expect(page.artifact).toBe(
        'Collegevoorstel · Vrijwilligersvergoeding werkgroepleden Wijkperspectief Soesterkwartier · 13 juli 2021 ' +
          `pagina ${index + 1} van ${pages.length}`,
      )
      expect(page.marked).not.toContain('pagina ')
      expect(page.unmarked).toBe('')
    })
    const rib = await readPdfPages(join(folder, 'raadsinformatiebrief.pdf'))
    for (const page of rib) {
      expect(page.unmarked).toBe('')
      expect(page.artifact).toContain(
        'Raadsinformatiebrief · Stand van zaken Wijkperspectief Soesterkwartier en Uitvoeringsplan Vitale Wijken · 13 juli 2021',
      )
    }
  })

  it('marks a draft CONCEPT on every page, and a final version not at all', async () => {
    const content = await temporaryDir()
    await cp(exampleDir, join(content, exampleName), {recursive: true})
    const source = join(content, exampleName, 'besluit.yaml')
    await writeFile(
      source,
      (await readFile(source, 'utf8')).replace(
        'status: vastgesteld',
        'status: concept',
      ),
    )
    const outDir = await temporaryDir()
    const result = await build({
      contentDir: content,
      outDir,
      printer: await sharedPrinter(),
    })
    expect(result.failed).toBe(false)
    for (const name of ['collegevoorstel.pdf', 'raadsinformatiebrief.pdf']) {
      const draft = await readPdfPages(join(outDir, exampleName, name))
      for (const page of draft) {
        expect(page.artifact).toContain('CONCEPT')
        expect(page.unmarked).toBe('')
      }
      const final = await readPdfPages(join(folder, name))
      for (const page of final)
        expect(page.artifact + page.marked).not.toContain('CONCEPT')
    }
  })
})

describe('HTML', () => {
  it('has no accessibility violations (axe-core, WCAG 2.1 A/AA and best practice)', async () => {
    const browser = await openBrowser()
    try {
      const page = await browser.newPage()
      // axe goes in as a script, which the pages' own policy refuses.
      await page.setBypassCSP(true)
      for (const name of [
        'collegevoorstel.html',
        'raadsinformatiebrief.html',
      ]) {
        await page.setContent(await readFile(join(folder, name), 'utf8'), {
          waitUntil: 'load',
        })
        const violations = await axeViolations(page)
        expect(violations, name).toEqual([])
        const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) =>
          headings.map((heading) => Number(heading.tagName[1])),
        )
        expect(
          levels.filter((level) => level === 1),
          name,
        ).toHaveLength(1)
        levels.forEach((level, index) =>
          expect(level - (levels[index - 1] ?? 0), name).toBeLessThanOrEqual(1),
        )
        expect(await page.$eval('html', (html) => html.lang)).toBe('nl')
        expect(
          await page.$$eval('table th[scope]', (cells) => cells.length),
        ).toBe(await page.$$eval('table th', (cells) => cells.length))
      }
    } finally {
      await browser.close()
    }
  })
})
