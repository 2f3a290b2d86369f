/**
 * A decision as other organisations write them (test/fixtures/valid/
 * dekking-per-jaar): a subsidie ceiling raised, a budget-neutral shift from a
 * stelpost, 2024 covered from the begrotingsresultaat and 2025 and later
 * declared open. Read back from HTML and PDF.
 */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {htmlToBlocks} from '../src/diff/text-blocks.js'
import {beforeAll, describe, expect, it} from 'vitest'
import {build, type BuildResult} from '../src/commands/build.js'
import {formatReport} from '../src/messages/report.js'
import {
  normalizeSpace,
  readHtmlText,
  readPdf,
  root,
  sharedPrinter,
  temporaryDir,
} from './helpers.js'

const name = 'dekking-per-jaar'
const contentDir = join(root, 'test', 'fixtures', 'valid', name)

describe('a decision with cover per year, named amounts and a shift', () => {
  let result: BuildResult
  let outDir: string
  let html: {collegevoorstel: string; raadsinformatiebrief: string}
  let pdf: {collegevoorstel: string; raadsinformatiebrief: string}

  beforeAll(async () => {
    outDir = await temporaryDir()
    result = await build({
      contentDir,
      outDir,
      pdf: true,
      printer: await sharedPrinter(),
    })
    const folder = join(outDir, name)
    const [cv = '', rib = ''] = await readHtmlText([
      join(folder, 'collegevoorstel.html'),
      join(folder, 'raadsinformatiebrief.html'),
    ])
    html = {collegevoorstel: cv, raadsinformatiebrief: rib}
    pdf = {
      collegevoorstel: (await readPdf(join(folder, 'collegevoorstel.pdf')))
        .text,
      raadsinformatiebrief: (
        await readPdf(join(folder, 'raadsinformatiebrief.pdf'))
      ).text,
    }
  }, 120_000)

  const texts = () => [
    normalizeSpace(html.collegevoorstel),
    normalizeSpace(pdf.collegevoorstel),
    normalizeSpace(html.raadsinformatiebrief),
    normalizeSpace(pdf.raadsinformatiebrief),
  ]

  it('builds without a single message: every amount is quoted, none typed', () => {
    expect(result.failed).toBe(false)
    expect(formatReport(result.files, {cwd: contentDir})).toBe(
      'geen problemen\n',
    )
  })

  it('quotes the budget-neutral shift of € 50.000 although the lasten net to the plafond alone', () => {
    for (const text of texts().slice(0, 2))
      expect(text).toContain(
        'De stelpost jeugd van € 50.000 structureel in te zetten voor het product jongerenwerk.',
      )
  })

  it('computes the ceiling 848.669 + 186.602 as 1.035.271, and the typed sum of placeholders holds', () => {
    for (const text of texts().slice(0, 2)) {
      expect(text).toContain(
        'Het subsidieplafond welzijn 2024 te verhogen van € 848.669 met € 186.602 naar € 1.035.271.',
      )
      expect(text).toContain(
        'Het plafond wordt € 848.669 + € 186.602 = € 1.035.271.',
      )
    }
  })

  it('prints 2024 covered from the begrotingsresultaat and 2025 and later open, in every document', () => {
    const sentence =
      'In 2024 wordt het tekort van € 186.602 gedekt uit het begrotingsresultaat. Vanaf 2025 is het tekort van € 150.000 per jaar nog niet gedekt: de structurele kosten passen niet binnen de huidige begroting; dit wordt betrokken bij de Kadernota 2025.'
    expect(texts().map((text) => text.includes(sentence))).toEqual([
      true,
      true,
      true,
      true,
    ])
  })

  it('shows the cover in the table: the source, the open years and the saldo after cover', async () => {
    const rows = htmlToBlocks(
      await readFile(join(outDir, name, 'collegevoorstel.html'), 'utf8'),
    )
      .filter((block) => block.kind === 'tr')
      .map((block) => block.text)
    expect(rows).toContain('- Begrotingsresultaat | € 186.602')
    expect(rows).toContain(
      '- Nog niet gedekt |  | € 150.000 | € 150.000 | € 150.000',
    )
    expect(rows).toContain(
      'Saldo na dekking | € 0 | −€ 150.000 | −€ 150.000 | −€ 150.000',
    )
  })

  it('writes negative amounts with a real minus sign before the euro sign, in HTML and PDF', () => {
    for (const text of texts().slice(0, 2)) {
      expect(text).toContain('Stelpost jeugd −€ 50.000 −€ 50.000')
      expect(text).not.toMatch(/€ ?-\d/)
    }
  })

  it('leaves out the empty baten and prints the legend of I and S under the table', () => {
    for (const whole of texts().slice(0, 2)) {
      // The first table, which has no baten (the second one has).
      const text = whole.slice(
        whole.indexOf('Kosten en dekking'),
        whole.indexOf('Het project kost'),
      )
      expect(text).toContain('Totaal lasten')
      expect(text).not.toContain('Totaal baten')
      expect(text).not.toContain('Exploitatiebaten')
      expect(text).toContain('I = incidenteel, S = structureel')
    }
  })

  it('places a second, named table by its id, with its own caption, and quotes its cells', async () => {
    const captions = htmlToBlocks(
      await readFile(join(outDir, name, 'collegevoorstel.html'), 'utf8'),
    )
      .filter((block) => block.kind === 'caption')
      .map((block) => block.text)
    expect(captions).toEqual(['Kosten en dekking', 'Projectkosten wijkaanpak'])
    for (const text of texts().slice(0, 2)) {
      expect(text).toContain(
        'Het project kost eenmalig € 40.000, gedekt uit de provinciale bijdrage.',
      )
      expect(text).toContain('Projectleiding € 40.000')
      expect(text).toContain('Bijdrage provincie € 40.000')
    }
  })

  it('covers the named table per year as it does the first: the rows, the saldo after cover and the sentence, under the table and quoted', async () => {
    const blocks = htmlToBlocks(
      await readFile(join(outDir, name, 'collegevoorstel.html'), 'utf8'),
    )
    const rows = blocks
      .filter((block) => block.kind === 'tr')
      .map((block) => block.text)
    expect(rows).toContain('Totaal lasten | € 55.000')
    expect(rows).toContain('Saldo Baten en Lasten | −€ 15.000')
    expect(rows).toContain('- Bestemmingsreserve Wijkaanpak | € 15.000')
    const sentence =
      'In 2024 wordt het tekort van € 15.000 gedekt uit de bestemmingsreserve Wijkaanpak.'
    for (const text of texts().slice(0, 2)) {
      expect(text).toContain('De wijkcoach kost in 2024 € 15.000. ' + sentence)
      // Quoted in the prose, and printed under the table.
      expect(text.split(sentence).length - 1).toBe(2)
    }
  })
})
