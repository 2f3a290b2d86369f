/**
 * Organisations: `organisatie.yaml` with defaults from its kind, a besluit's
 * override, and what the documents then say (HTML in Chromium, PDF text and
 * metadata).
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {BrowserContext} from 'puppeteer-core'
import {build, type BuildResult} from '../src/commands/build.js'
import {resolveOrganisatie} from '../src/check/organisatie-defaults.js'
import {formatReport} from '../src/messages/report.js'
import {
  openBrowser,
  readPdf,
  root,
  sharedPrinter,
  temporaryDir,
} from './helpers.js'

/** A besluit that names no organisation, and whose own prose names no body. */
const besluit = `onderwerp: Fietsverbinding Dronten–Swifterbant
datum: 2026-03-10
status: concept
portefeuillehouders: [J. de Vries]
voorblad:
  adviesRaad: Informeren
  collegebehandeling: Hamerstuk
  samenvatting: De verbinding wordt verbreed.
beslispunten:
  - id: informeren
    procedureel: true
    tekst: De brief over de fietsverbinding vast te stellen.
secties:
  aanleiding: De verbinding is druk.
raadsinformatiebrief:
  titel: Voortgang fietsverbinding Dronten–Swifterbant
  kennisnemenVan: de voortgang van de verbreding.
  kernboodschap: De verbreding ligt op schema.
`

async function writeContent(organisatie: string, extra = ''): Promise<string> {
  const content = await temporaryDir('raadsstuk-organisatie-')
  await writeFile(join(content, 'organisatie.yaml'), organisatie)
  await mkdir(join(content, '2026-03-10-fietsverbinding'))
  await writeFile(
    join(content, '2026-03-10-fietsverbinding', 'besluit.yaml'),
    besluit + extra,
  )
  return content
}

describe('defaults that follow from the kind', () => {
  it('gives a province Gedeputeerde Staten and Provinciale Staten, statenvoorstel and statenbesluit', () => {
    const provincie = resolveOrganisatie({
      naam: 'Provincie Flevoland',
      soort: 'provincie',
    })
    expect(provincie.korteNaam).toBe('Flevoland')
    expect(provincie.dagelijksBestuur.naam).toBe('Gedeputeerde Staten')
    expect(provincie.algemeenBestuur.naam).toBe('Provinciale Staten')
    expect(provincie.aanhef).toBe('Provinciale Staten van Flevoland')
    expect(provincie.documenten.raadsvoorstel).toEqual({
      titel: 'Statenvoorstel',
      bestand: 'statenvoorstel',
    })
    expect(provincie.documenten.raadsbesluit.bestand).toBe('statenbesluit')
    expect(provincie.nummering).toBe('1.1')
  })

  it('gives a municipality its college and raad, and a water board its two besturen', () => {
    const gemeente = resolveOrganisatie({
      naam: 'Gemeente Zeewolde',
      soort: 'gemeente',
    })
    expect(gemeente.aanhef).toBe('De raad van de gemeente Zeewolde')
    expect(gemeente.voorsteller).toBe('burgemeester en wethouders')
    expect(gemeente.ondertekening).toEqual(['de griffier', 'de voorzitter'])
    const waterschap = resolveOrganisatie({
      naam: 'Waterschap Zuiderzeeland',
      soort: 'waterschap',
    })
    expect(waterschap.aanhef).toBe(
      'Het algemeen bestuur van Waterschap Zuiderzeeland',
    )
    expect(waterschap.dagelijksBestuur.naam).toBe('dagelijks bestuur')
  })

  it('lets a besluit override what it needs', () => {
    const organisatie = resolveOrganisatie(
      {naam: 'Provincie Flevoland', soort: 'provincie', nummering: '1.a'},
      {nummering: '1.1', kopvelden: ['zaaknummer']},
    )
    expect(organisatie.nummering).toBe('1.1')
    expect(organisatie.kopvelden).toEqual(['zaaknummer'])
    expect(organisatie.naam).toBe('Provincie Flevoland')
  })
})

describe('a province with a two-key organisatie.yaml', () => {
  let result: BuildResult
  let folder: string
  let browser: BrowserContext

  beforeAll(async () => {
    const content = await writeContent(
      'naam: Provincie Flevoland\nsoort: provincie\n',
    )
    const outDir = await temporaryDir()
    result = await build({
      contentDir: content,
      outDir,
      printer: await sharedPrinter(),
    })
    folder = join(outDir, '2026-03-10-fietsverbinding')
    browser = await openBrowser()
  })
  afterAll(() => browser.close())

  it('builds without problems', () => {
    expect(formatReport(result.files)).toBe('geen problemen\n')
    expect(result.failed).toBe(false)
  })

  it('names the province as sender and author, and Provinciale Staten as addressee', async () => {
    const page = await browser.newPage()
    await page.setContent(
      await readFile(join(folder, 'statenmededeling.html'), 'utf8'),
    )
    const text = await page.evaluate(() => document.body.innerText)
    await page.close()
    expect(text).toContain('Provincie Flevoland')
    expect(text).toContain('Provinciale Staten')
    expect(text).toContain('Gedeputeerde Staten van Flevoland,')
    expect(text).toContain('STATENMEDEDELING')
    const pdf = await getDocument({
      data: new Uint8Array(
        await readFile(join(folder, 'statenmededeling.pdf')),
      ),
      verbosity: 0,
    }).promise
    const {info} = (await pdf.getMetadata()) as unknown as {
      info: Record<string, string>
    }
    expect(info['Author']).toBe('Provincie Flevoland')
    expect(info['Keywords']).toContain('provincie Flevoland')
  })

  it('says nowhere gemeente, gemeenteraad, burgemeester or wethouder (HTML and PDF)', async () => {
    for (const name of ['gs-voorstel', 'statenmededeling']) {
      const html = await readFile(join(folder, name + '.html'), 'utf8')
      const page = await browser.newPage()
      await page.setContent(html)
      const text = await page.evaluate(() => document.body.innerText)
      await page.close()
      const pdf = await readPdf(join(folder, name + '.pdf'))
      // The HTML source too: its metadata and alt texts are read by machines.
      for (const seen of [text, pdf.text, html])
        expect(seen, name).not.toMatch(/gemeente|burgemeester|wethouder/i)
    }
  })
})

describe('house style as design tokens', () => {
  it('colours the headings and sets the font with NL Design System tokens', async () => {
    const content = await writeContent(
      [
        'naam: Gemeente Zeewolde',
        'soort: gemeente',
        'koppen:',
        '  aanleiding: Waarom dit voorstel',
        'huisstijl:',
        '  utrecht-heading-color: "#8b0a50"',
        '  utrecht-document-font-family: "Georgia, serif"',
        '',
      ].join('\n'),
    )
    const outDir = await temporaryDir()
    await build({contentDir: content, outDir, pdf: false})
    const browser = await openBrowser()
    try {
      const page = await browser.newPage()
      await page.setContent(
        await readFile(
          join(outDir, '2026-03-10-fietsverbinding', 'collegevoorstel.html'),
          'utf8',
        ),
      )
      const style = await page.evaluate(() => ({
        heading: getComputedStyle(document.querySelector('h2')!).color,
        font: getComputedStyle(document.body).fontFamily,
        sender: document.querySelector('.afzender')?.textContent,
        aanleiding: document.querySelector('#aanleiding-kop')?.textContent,
      }))
      expect(style).toEqual({
        heading: 'rgb(139, 10, 80)',
        font: 'Georgia, serif',
        sender: 'Gemeente Zeewolde',
        aanleiding: 'Waarom dit voorstel',
      })
    } finally {
      await browser.close()
    }
  })
})

describe('one organisation file for many besluiten', () => {
  it('reports its mistakes once, and builds none of its besluiten', async () => {
    const content = await writeContent('naam: Provincie Flevoland\nsoort: 3\n')
    await mkdir(join(content, '2026-03-11-tweede'))
    await writeFile(join(content, '2026-03-11-tweede', 'besluit.yaml'), besluit)
    const result = await build({contentDir: content, checkOnly: true})
    expect(formatReport(result.files, {cwd: content})).toBe(
      [
        'organisatie.yaml:2:8: error: `soort`: verwacht `gemeente` of `provincie` of `waterschap`, niet `3` [invalid-value]',
        '  hint: `gemeente`, `provincie` of `waterschap`.',
        '1 fout',
        '',
      ].join('\n'),
    )
    expect(result.besluiten.map((item) => item.documents.length)).toEqual([
      0, 0,
    ])
  })
})

describe('the organisation’s table of tax-free limits', () => {
  it('adds years to the package’s table, and the finance checks use them', async () => {
    const minimal = await readFile(
      join(root, 'test', 'fixtures', 'valid', 'minimal', 'besluit.yaml'),
      'utf8',
    )
    const besluit2030 = minimal
      .replace(/^gemeente: .*\n/m, '')
      .replaceAll('2021', '2030')
      .replace('{van: 2030, tot: 2022}', '{van: 2030, tot: 2031}')
      .replace('tarief: 180', 'tarief: 250')
    const check = async (organisatie: string) => {
      const content = await temporaryDir('raadsstuk-grenzen-')
      await writeFile(join(content, 'organisatie.yaml'), organisatie)
      await writeFile(join(content, 'besluit.yaml'), besluit2030)
      const result = await build({contentDir: content, checkOnly: true})
      return formatReport(result.files, {cwd: content, hints: false})
    }
    const without = await check('naam: Gemeente Zeewolde\nsoort: gemeente\n')
    expect(without).toContain('2030')
    expect(without).not.toContain('€\u00A0240')
    const own = await check(
      [
        'naam: Gemeente Zeewolde',
        'soort: gemeente',
        'vergoedingsgrenzen:',
        '  - {jaar: 2030, perMaand: 240, perJaar: 2400}',
        '',
      ].join('\n'),
    )
    expect(own).toContain(
      'warning: in 2030 is het tarief (€\u00A0250 per maand) hoger dan de onbelaste vrijwilligersvergoeding van €\u00A0240 per maand [vergoedingsgrens]',
    )
  })
})
