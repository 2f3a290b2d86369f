/**
 * The site level of `out/`: the index with its year pages and search, the
 * Atom feed of sent RIBs, the besluitenlijst per college meeting, and the
 * open data beside every besluit.
 */
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {cp, readdir, readFile, writeFile} from 'node:fs/promises'
import {PDFDocument, PDFName, PDFRawStream} from 'pdf-lib'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {build} from '../src/commands/build.js'
import {
  createOpenDataJsonSchema,
  openDataSchema,
} from '../src/render/open-data-schema.js'
import {
  buildExample,
  exampleDir,
  exampleName,
  openBrowser,
  readPdf,
  root,
  sharedPrinter,
  temporaryDir,
  axeViolations,
} from './helpers.js'

/** Hrefs of the links in an HTML file, resolved against it. */
async function links(path: string): Promise<string[]> {
  const html = await readFile(path, 'utf8')
  return [...html.matchAll(/<a href="([^"]+)"/g)].map(
    (match) => new URL(match[1] ?? '', pathToFileURL(path)).pathname,
  )
}

describe('the example after a build', () => {
  let outDir: string
  beforeAll(async () => {
    ;({outDir} = await buildExample())
  })

  it('has an index that links to both PDFs, and to both HTML files', async () => {
    const targets = await links(join(outDir, 'index.html'))
    for (const name of [
      'collegevoorstel.pdf',
      'raadsinformatiebrief.pdf',
      'collegevoorstel.html',
      'raadsinformatiebrief.html',
      'besluit.json',
    ])
      expect(targets).toContain(join(outDir, exampleName, name))
    expect(targets).toContain(join(outDir, 'besluitenlijst', '2021-07-13.html'))
  })

  it('links every document of every organisation to a file that exists (an organisation’s folder and its besluit are two folders)', async () => {
    const targets = await links(join(outDir, 'index.html'))
    expect(targets).toContain(
      join(
        outDir,
        'gemeente-zeewolde',
        '2026-03-10-renovatie-sporthal-de-vonk',
        'raadsvoorstel.pdf',
      ),
    )
    for (const target of targets.filter((path) =>
      /\.(pdf|html|json)$/.test(path),
    ))
      expect(existsSync(decodeURIComponent(target)), target).toBe(true)
  })

  it('has besluit.json with the subject, the stipend total 7200 in euros, and the shape of its schema', async () => {
    const data = JSON.parse(
      await readFile(join(outDir, exampleName, 'besluit.json'), 'utf8'),
    )
    expect(data.text).toBe(
      'Vrijwilligersvergoeding werkgroepleden Wijkperspectief Soesterkwartier',
    )
    expect(data.financien.vergoeding.totaal).toBe(7200)
    expect(data.financien.eenheid).toBe('euro')
    expect(data.financien.tabel.lasten).toEqual({'2021': 7200})
    expect(data.financien.subsidies[0]).toMatchObject({
      totaal: 4_000_000,
      rest: 3_700_000,
      cofinanciering: 9_500_000,
    })
    expect(
      data.beslispunten.map((point: {position: number}) => point.position),
    ).toEqual([1, 2, 3])
    expect(data.beslispunten[0].text).toContain('€ 180,- per persoon per maand')
    expect(data['@context']).toBe('../besluit.context.jsonld')
    expect(openDataSchema.safeParse(data).success).toBe(true)
    const context = JSON.parse(
      await readFile(join(outDir, 'besluit.context.jsonld'), 'utf8'),
    )
    expect(context['@context'][0]).toBe(
      'https://raw.githubusercontent.com/argu-co/popolo-ori/master/context.jsonld',
    )
  })

  it('publishes the JSON Schema of besluit.json, current with the code', async () => {
    const committed = JSON.parse(
      await readFile(join(root, 'schema', 'besluit.schema.json'), 'utf8'),
    )
    expect(committed).toEqual(createOpenDataJsonSchema())
  })

  it('makes the besluitenlijst of the meeting, HTML and PDF, with the beslispunten as decided', async () => {
    const {text, pages} = await readPdf(
      join(outDir, 'besluitenlijst', '2021-07-13.pdf'),
    )
    expect(pages).toBe(1)
    expect(text).toContain('Besluitenlijst van het college van 13 juli 2021')
    expect(text).toContain(
      '1. Vrijwilligersvergoeding werkgroepleden Wijkperspectief Soesterkwartier',
    )
    expect(text.replace(/\s+/g, ' ')).toContain(
      'ter hoogte van € 180,- per persoon per maand met een maximum van € 1.800,- per jaar',
    )
    expect(text).toContain('Menno Tigelaar')
  })

  it('gives every PDF an XMP metadata stream with the info dictionary’s title, author, language and dates', async () => {
    const pdfs = (await readdir(outDir, {recursive: true}))
      .filter((path) => path.endsWith('.pdf'))
      .map((path) => join(outDir, path))
    expect(pdfs.length).toBeGreaterThanOrEqual(3)
    for (const path of pdfs) {
      // poppler's pdfinfo, as an archivist would check it.
      const info = execFileSync('pdfinfo', [path], {encoding: 'utf8'})
      expect(info, path).toMatch(/^Metadata Stream: +yes$/m)
      const document = await PDFDocument.load(await readFile(path), {
        updateMetadata: false,
      })
      const stream = document.catalog.lookup(PDFName.of('Metadata'))
      expect(stream).toBeInstanceOf(PDFRawStream)
      const xmp = new TextDecoder().decode((stream as PDFRawStream).contents)
      const title = document.getTitle() ?? ''
      expect(title.length).toBeGreaterThan(0)
      expect(xmp).toContain(
        '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">' +
          title.replace(/&/g, '&amp;') +
          '</rdf:li></rdf:Alt></dc:title>',
      )
      expect(xmp).toContain(
        '<dc:creator><rdf:Seq><rdf:li>' + document.getAuthor() + '</rdf:li>',
      )
      expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>nl</rdf:li>')
      const created = document
        .getCreationDate()
        ?.toISOString()
        .replace('.000', '')
      expect(xmp).toContain('<xmp:CreateDate>' + created + '</xmp:CreateDate>')
      expect(xmp).toContain('<xmp:ModifyDate>' + created + '</xmp:ModifyDate>')
    }
    const example = new TextDecoder().decode(
      (
        (
          await PDFDocument.load(
            await readFile(join(outDir, exampleName, 'collegevoorstel.pdf')),
          )
        ).catalog.lookup(PDFName.of('Metadata')) as PDFRawStream
      ).contents,
    )
    expect(example).toContain(
      '<xmp:CreateDate>2021-07-13T00:00:00Z</xmp:CreateDate>',
    )
  })

  it('writes nothing at the site level when nothing changed', async () => {
    const again = await build({
      contentDir: join(root, 'content'),
      outDir,
      printer: await sharedPrinter(),
    })
    expect(again.besluiten.every((besluit) => besluit.skipped)).toBe(true)
    expect(again.site).toEqual([])
  })
})

/** Five besluiten over two years: one sent, one concept. */
async function archive(): Promise<string> {
  const content = await temporaryDir()
  const variants: Record<string, (yaml: string) => string> = {
    '2021-07-13-vergoeding': (yaml) =>
      yaml.replace(
        'status: vastgesteld',
        'status: verzonden\npublicatie:\n  ribNummer: "2021-008"\n  verzonden: 2021-07-15\n  registratienummer: "6545591"',
      ),
    '2021-07-13-tweede': (yaml) =>
      yaml.replace(/^onderwerp: .*$/m, 'onderwerp: Speeltuin Leusderkwartier'),
    '2021-09-07-concept': (yaml) =>
      yaml
        .replace('datum: 2021-07-13', 'datum: 2021-09-07')
        .replace('status: vastgesteld', 'status: concept')
        .replace(/^onderwerp: .*$/m, 'onderwerp: Bankjes in het Wielewaalpark'),
    '2022-02-01-ijsbaan': (yaml) =>
      yaml
        .replace('datum: 2021-07-13', 'datum: 2022-02-01')
        .replace(
          /^onderwerp: .*$/m,
          'onderwerp: IJsbaan op het Sint Jorisplein',
        ),
  }
  for (const [name, change] of Object.entries(variants)) {
    await cp(exampleDir, join(content, name), {recursive: true})
    const path = join(content, name, 'besluit.yaml')
    await writeFile(path, change(await readFile(path, 'utf8')))
  }
  return content
}

describe('a site of several besluiten', () => {
  let outDir: string
  beforeAll(async () => {
    outDir = await temporaryDir()
    const result = await build({
      contentDir: await archive(),
      outDir,
      pdf: false,
    })
    expect(result.failed).toBe(false)
  })

  it('lists the besluiten by year, newest first, with date, status and RIB number', async () => {
    const context = await openBrowser()
    try {
      const page = await context.newPage()
      await page.goto(pathToFileURL(join(outDir, 'index.html')).href)
      const years = await page.$$eval('main section h2', (headings) =>
        headings.map((heading) => heading.textContent),
      )
      expect(years).toEqual(['2022', '2021'])
      const entries = await page.$$eval('li.besluit', (items) =>
        items.map((item) =>
          (item as HTMLElement).innerText.replace(/\s+/g, ' '),
        ),
      )
      expect(entries.map((entry) => entry.split(' Datum college')[0])).toEqual([
        'IJsbaan op het Sint Jorisplein',
        'Bankjes in het Wielewaalpark',
        'Speeltuin Leusderkwartier',
        'Vrijwilligersvergoeding werkgroepleden Wijkperspectief Soesterkwartier',
      ])
      expect(entries[3]).toContain(
        'Datum college 13 juli 2021 Status verzonden RIB-nummer 2021-008 Verzonden 15 juli 2021 Registratienummer 6545591',
      )
      expect(entries[2]).toContain('RIB-nummer 2021-009 (voorlopig)')
      expect(entries[0]).toContain('RIB-nummer 2022-001 (voorlopig)')
      const year = await readFile(join(outDir, 'jaar', '2022.html'), 'utf8')
      expect(year).toContain('IJsbaan op het Sint Jorisplein')
      expect(year).not.toContain('Speeltuin Leusderkwartier')
      expect(year).toContain(
        'href="../2022-02-01-ijsbaan/collegevoorstel.html"',
      )
    } finally {
      await context.close()
    }
  })

  it('searches titles and beslispunten with JavaScript, and lists everything without it', async () => {
    const context = await openBrowser()
    try {
      const page = await context.newPage()
      await page.goto(pathToFileURL(join(outDir, 'jaar', '2021.html')).href)
      await page.type('#zoekterm', 'speeltuin')
      await page.waitForFunction(
        () =>
          document.querySelector('#zoekresultaten p')?.textContent ===
          '1 besluit gevonden',
      )
      const href = await page.$eval('#zoekresultaten a', (link) => [
        (link as HTMLAnchorElement).href,
        link.textContent,
      ])
      expect(href).toEqual([
        pathToFileURL(join(outDir, '2021-07-13-tweede', 'collegevoorstel.html'))
          .href,
        'Speeltuin Leusderkwartier (13 juli 2021)',
      ])
      // Words of a beslispunt, without the accents typed.
      await page.$eval(
        '#zoekterm',
        (input) => ((input as HTMLInputElement).value = ''),
      )
      await page.type('#zoekterm', 'ijsbaan bijgestelde planning')
      await page.waitForFunction(
        () =>
          document.querySelector('#zoekresultaten p')?.textContent ===
          '1 besluit gevonden',
      )
      const plain = await context.newPage()
      await plain.setJavaScriptEnabled(false)
      await plain.goto(pathToFileURL(join(outDir, 'index.html')).href)
      expect(
        await plain.$eval(
          '#zoeken',
          (form) => (form as HTMLFormElement).hidden,
        ),
      ).toBe(true)
      expect(await plain.$$eval('li.besluit', (items) => items.length)).toBe(4)
    } finally {
      await context.close()
    }
  })

  it('is accessible: axe-core finds nothing on the index and a besluitenlijst', async () => {
    const context = await openBrowser()
    try {
      const page = await context.newPage()
      // axe goes in as a script, which the pages' own policy refuses.
      await page.setBypassCSP(true)
      for (const path of ['index.html', 'besluitenlijst/2021-07-13.html']) {
        await page.goto(pathToFileURL(join(outDir, path)).href)
        const violations = await axeViolations(page)
        expect(violations, path).toEqual([])
      }
    } finally {
      await context.close()
    }
  })

  it('has an Atom feed of the sent RIBs that is well-formed XML', async () => {
    const xml = await readFile(join(outDir, 'feed.xml'), 'utf8')
    const context = await openBrowser()
    try {
      const page = await context.newPage()
      const parsed = await page.evaluate((text) => {
        const document = new DOMParser().parseFromString(
          text,
          'application/xml',
        )
        const atom = 'http://www.w3.org/2005/Atom'
        return {
          error: document.getElementsByTagName('parsererror').length,
          root:
            document.documentElement.namespaceURI +
            ' ' +
            document.documentElement.localName,
          titles: [...document.getElementsByTagNameNS(atom, 'entry')].map(
            (entry) =>
              entry.getElementsByTagNameNS(atom, 'title')[0]?.textContent,
          ),
          links: [...document.getElementsByTagNameNS(atom, 'link')].map(
            (link) => link.getAttribute('href'),
          ),
        }
      }, xml)
      expect(parsed.error).toBe(0)
      expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed')
      expect(parsed.titles).toEqual([
        'RIB 2021-008: Stand van zaken Wijkperspectief Soesterkwartier en Uitvoeringsplan Vitale Wijken',
      ])
      expect(parsed.links).toContain(
        '2021-07-13-vergoeding/raadsinformatiebrief.html',
      )
    } finally {
      await context.close()
    }
  })

  it('lists on a besluitenlijst the besluiten decided that day, not a concept', async () => {
    const july = await readFile(
      join(outDir, 'besluitenlijst', '2021-07-13.html'),
      'utf8',
    )
    expect(july).toContain('Speeltuin Leusderkwartier')
    expect(july).toContain('Vrijwilligersvergoeding werkgroepleden')
    const index = await readFile(join(outDir, 'index.html'), 'utf8')
    expect(index).not.toContain('besluitenlijst/2021-09-07.html')
    expect(index).toContain('besluitenlijst/2022-02-01.html')
  })
})
