/** The generated HTML of the example: the finance table cell by cell, the numbering, the structure. */
import {cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {BrowserContext, Page} from 'puppeteer-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadBesluit} from '../src/io/load.js'
import {loadTemplates} from '../src/io/template-files.js'
import {compileBesluit} from '../src/compile.js'
import {createRenderer} from '../src/render/templates.js'
import {exampleDir, openBrowser, temporaryDir} from './helpers.js'

let browser: BrowserContext
let page: Page
const html: Record<string, string> = {}

beforeAll(async () => {
  const result = compileBesluit(
    await loadBesluit(exampleDir),
    createRenderer(await loadTemplates()),
  )
  expect(result.files.flatMap((file) => file.messages.map(String))).toEqual([])
  for (const document of result.documents) html[document.type] = document.html
  browser = await openBrowser()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
})

async function open(type: string): Promise<void> {
  await page.setContent(html[type] ?? '', {waitUntil: 'load'})
}

const text = (selector: string) =>
  page.$$eval(selector, (nodes) =>
    nodes.map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()),
  )

describe('collegevoorstel.html', () => {
  it('renders both documents', () => {
    expect(Object.keys(html).sort()).toEqual([
      'collegevoorstel',
      'raadsinformatiebrief',
    ])
  })

  it('has the finance table, computed, cell by cell', async () => {
    await open('collegevoorstel')
    const rows = await page.$$eval('table.financien tr', (trs) =>
      trs.map((tr) =>
        [...tr.cells].map((cell) =>
          (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      ),
    )
    expect(rows).toEqual([
      [
        'Onderwerp',
        '2021',
        '2022',
        '2023',
        '2024',
        'I/S',
        'Kosten en dekking in hoofdstuk / programma',
      ],
      ['Exploitatielasten voorstel:'],
      [
        '- Vrijwilligersvergoeding',
        '€ 7.200',
        '',
        '',
        '',
        'I',
        '1.2 Ruimtelijke ontwikkeling',
      ],
      ['Totaal lasten', '€ 7.200', '', '', '', '', ''],
      ['Exploitatiebaten voorstel:'],
      [
        '- Subsidie Vitale Wijken',
        '€ 7.200',
        '',
        '',
        '',
        'I',
        '1.2 Ruimtelijke ontwikkeling',
      ],
      ['Totaal baten', '€ 7.200', '', '', '', '', ''],
      ['Saldo Baten en Lasten', '€ 0', '', '', '', '', ''],
    ])
    expect(await text('table.financien caption')).toEqual(['Kosten en dekking'])
  })

  it('numbers beslispunten, argumenten and kanttekeningen from the ids', async () => {
    await open('collegevoorstel')
    expect(await text('#beslispunten .beslispunten .nummer')).toEqual([
      '1.',
      '2.',
      '3.',
    ])
    expect(await text('.voorblad .beslispunten .nummer')).toEqual([
      '1.',
      '2.',
      '3.',
    ])
    expect(await text('#argumenten h3 .nummer')).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '2.1',
      '2.2',
    ])
    expect(await text('#kanttekeningen h3 .nummer')).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
    ])
    expect((await text('#kanttekeningen h3'))[2]).toBe(
      '2.1 Met de verlenging van de doorlooptijd wordt de uitvoeringstijd ingekort',
    )
  })

  it('puts the voorblad first and the sections in the order of the seed', async () => {
    await open('collegevoorstel')
    expect(await text('h2')).toEqual([
      'Samenvatting:',
      'Het college besluit:',
      'Beslispunten:',
      'Aanleiding',
      'Beoogd effect',
      'Argumenten',
      'Kanttekeningen',
      'Duurzaamheid',
      'Financiën',
      'Risicoparagraaf',
      'Communicatieboodschap',
      'Communicatie: samenwerking en starten voor de start',
      'Vervolgstappen',
    ])
    expect(await page.$eval('html', (node) => node.lang)).toBe('nl')
    expect(await text('h1')).toEqual([
      'Collegevoorstel Vrijwilligersvergoeding werkgroepleden Wijkperspectief Soesterkwartier',
    ])
  })

  it('writes the vergoeding sentence from computed values', async () => {
    await open('collegevoorstel')
    const financien = (await text('#financien p')).join(' ')
    expect(financien).toContain('4 personen x 10 maanden x € 180,- = € 7.200.')
    expect(financien).not.toContain('{{')
  })
})

describe('raadsinformatiebrief.html', () => {
  it('is a letter with its sections and closing', async () => {
    await open('raadsinformatiebrief')
    expect(await text('h1')).toEqual([
      'Stand van zaken Wijkperspectief Soesterkwartier en Uitvoeringsplan Vitale Wijken',
    ])
    expect(await text('.kenmerken dt')).toEqual([
      'Van',
      'Datum',
      'Aan',
      'Portefeuillehouder(s)',
    ])
    expect(await text('.kenmerken dd')).toEqual([
      'Burgemeester en Wethouders',
      '13 juli 2021',
      'Gemeenteraad',
      'Menno Tigelaar Astrid Janssen',
    ])
    expect(await text('h2')).toEqual([
      'Kennisnemen van',
      'Aanleiding',
      'Kernboodschap',
      'De werkwijze',
      'Samenstelling projectorganisatie',
      'Werkgroep en vrijwilligersvergoeding',
      'Bijgestelde planning: doorlooptijd verlengd tot het eind van 2021',
      'Samenwerking met provincie en RIVM',
      'Consequenties',
      'Duurzaamheid',
      'Financiën',
      'Risicoparagraaf',
      'Communicatieboodschap',
      'Communicatie: samenwerking en starten voor de start',
      'Vervolgstappen',
    ])
    expect(await text('.ondertekening p')).toEqual([
      'Met vriendelijke groet,',
      'Burgemeester en wethouders van Amersfoort,',
      'de secretaris,',
      'de burgemeester,',
    ])
  })

  it('shows only the RIB’s own wording of a shared section', async () => {
    await open('raadsinformatiebrief')
    const aanleiding = (await text('#aanleiding p')).join(' ')
    expect(aanleiding).toContain('is besloten om te verkennen')
    expect(aanleiding).not.toContain('heeft de wethouder verzocht')
    expect(await page.$$('table.financien')).toHaveLength(0)
  })

  it('keeps lists from the Markdown as lists', async () => {
    await open('raadsinformatiebrief')
    expect(await text('#rib-1 ol li')).toHaveLength(7)
    expect(await text('#rib-1 ul li')).toEqual([
      'Groen en duurzaam',
      'Samendoen',
      'Wonen, werken & leren',
      'Gezondheid',
      'Verkeer',
    ])
  })
})

describe('logo', () => {
  /** A copy of the example whose source names `logo.svg`, with or without the file. */
  async function withLogo(file: boolean) {
    const folder = join(await temporaryDir(), 'besluit')
    await cp(exampleDir, folder, {recursive: true})
    if (file) {
      await writeFile(
        join(folder, 'logo.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#00577c"/></svg>',
      )
    }
    const source = join(folder, 'besluit.yaml')
    await writeFile(
      source,
      (await readFile(source, 'utf8')).replace(
        'status: vastgesteld',
        'status: vastgesteld\nlogo: logo.svg',
      ),
    )
    return compileBesluit(
      await loadBesluit(folder),
      createRenderer(await loadTemplates()),
    )
  }

  it('shows the municipality’s logo from the besluit’s folder, with an alternative text', async () => {
    const result = await withLogo(true)
    expect(result.files.flatMap((file) => file.messages.map(String))).toEqual(
      [],
    )
    for (const document of result.documents) {
      await page.setContent(document.html, {waitUntil: 'load'})
      const logo = await page.$eval('img.logo', (image) => ({
        alt: image.alt,
        loaded: image.naturalWidth,
        src: image.src.slice(0, 26),
      }))
      expect(logo).toEqual({
        alt: 'Logo gemeente Amersfoort',
        loaded: 40,
        src: 'data:image/svg+xml;base64,',
      })
    }
  })

  it('reports a logo that is not there', async () => {
    const result = await withLogo(false)
    expect(
      result.files.flatMap((file) =>
        file.messages.map(
          (message) => `${message.line}:${message.column}: ${message.reason}`,
        ),
      ),
    ).toEqual(['11:7: logo `logo.svg` bestaat niet'])
  })
})

describe('prose of the example', () => {
  it('types no amount: every amount in its documents is computed', async () => {
    const result = compileBesluit(
      await loadBesluit(exampleDir),
      createRenderer(await loadTemplates()),
    )
    expect(
      result.files.flatMap((file) =>
        file.messages.filter((message) => message.ruleId === 'literal-amount'),
      ),
    ).toEqual([])
    const yaml = String(result.files[0]?.value)
    const prose = yaml.slice(0, yaml.indexOf('\nfinancien:'))
    expect(prose.replace(/^\s*#.*$/gm, '')).not.toMatch(/€/)
  })
})
