/**
 * A besluit's own sections (`eigenSecties:`) in every document type, placed
 * by the organisation's `sectievolgorde`: read back from the HTML and the
 * PDF of a built besluit.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {build, type BuildResult} from '../src/commands/build.js'
import {formatReport} from '../src/messages/report.js'
import {orderBlocks} from '../src/render/section-order.js'
import {
  normalizeSpace,
  readPdf,
  sharedPrinter,
  temporaryDir,
} from './helpers.js'

const organisatie = `naam: Gemeente Zeewolde
soort: gemeente
sectievolgorde: [aanleiding, juridisch, argumenten, kanttekeningen, financien]
koppen:
  argumenten: Waarom dit voorstel
`

const besluit = `onderwerp: Nieuwe speeltuin in het centrum
datum: 2026-03-10
status: concept
raadsvoorstel:
  grondslag: artikel 147 van de Gemeentewet
  vergaderdatum: 2026-04-14
portefeuillehouders:
  - A. Wethouder
voorblad:
  adviesRaad: Raadsvoorstel
  collegebehandeling: Agendastuk
  samenvatting: Een nieuwe speeltuin.
beslispunten:
  - id: speeltuin
    tekst: Een speeltuin aan te leggen.
argumenten:
  - beslispunt: speeltuin
    kop: Kinderen spelen buiten
    tekst: Er is in het centrum geen speeltuin.
kanttekeningen:
  - beslispunt: speeltuin
    kop: Geluid
    tekst: Omwonenden kunnen last hebben van geluid.
secties:
  aanleiding: De wijkraad vroeg om een speeltuin.
  communicatie: De buurt krijgt een brief.
eigenSecties:
  - id: participatie
    kop: Participatie
    tekst: Kinderen uit de buurt tekenden mee aan het ontwerp.
  - id: juridisch
    kop: Juridische aspecten
    tekst: Voor de speeltuin is een omgevingsvergunning nodig.
    documenten: [collegevoorstel, raadsvoorstel, raadsbesluit]
`

const name = 'speeltuin'
let outDir: string
let result: BuildResult

beforeAll(async () => {
  const content = await temporaryDir('raadsstuk-content-')
  await writeFile(join(content, 'organisatie.yaml'), organisatie)
  await mkdir(join(content, name))
  await writeFile(join(content, name, 'besluit.yaml'), besluit)
  outDir = await temporaryDir()
  result = await build({
    contentDir: content,
    outDir,
    printer: await sharedPrinter(),
  })
})

/** The `<h2>` headings of an HTML document, in order. */
async function headings(file: string): Promise<string[]> {
  const html = await readFile(join(outDir, name, file + '.html'), 'utf8')
  return [...html.matchAll(/<h2 id="([^"]+)-kop">([^<]*)<\/h2>/g)].map(
    (match) => match[2] ?? '',
  )
}

/** Where each text stands in the PDF's reading order. */
async function pdfPositions(file: string, texts: readonly string[]) {
  const {text} = await readPdf(join(outDir, name, file + '.pdf'))
  const flat = normalizeSpace(text)
  return texts.map((part) => flat.indexOf(part))
}

describe('own sections', () => {
  it('build without a problem', () => {
    expect(formatReport(result.files)).toBe('geen problemen\n')
  })

  it('stand in the collegevoorstel where sectievolgorde puts them, the unnamed one after the section it follows', async () => {
    expect(await headings('collegevoorstel')).toEqual([
      'Samenvatting:',
      'Het college besluit:',
      'Beslispunten:',
      'Aanleiding',
      'Juridische aspecten',
      'Waarom dit voorstel',
      'Kanttekeningen',
      'Communicatie',
      'Participatie',
    ])
    const at = await pdfPositions('collegevoorstel', [
      'Aanleiding De wijkraad vroeg',
      'Juridische aspecten Voor de speeltuin is een omgevingsvergunning nodig.',
      'Waarom dit voorstel 1.1 Kinderen spelen buiten',
      'Participatie Kinderen uit de buurt tekenden mee',
    ])
    expect(at.every((index) => index >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
  })

  it('stand in the raadsvoorstel in the same order', async () => {
    expect(await headings('raadsvoorstel')).toEqual([
      'Voorgesteld besluit',
      'Aanleiding',
      'Juridische aspecten',
      'Waarom dit voorstel',
      'Kanttekeningen',
      'Communicatie',
      'Participatie',
    ])
    const at = await pdfPositions('raadsvoorstel', [
      'Aanleiding De wijkraad vroeg',
      'Juridische aspecten Voor de speeltuin',
      'Kanttekeningen 1.1 Geluid',
      'Participatie Kinderen uit de buurt',
    ])
    expect(at.every((index) => index >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
  })

  it('stand in the raadsbesluit only where named, after the beslispunten', async () => {
    expect(await headings('raadsbesluit')).toEqual([
      'besluit:',
      'Juridische aspecten',
    ])
    const {text} = await readPdf(join(outDir, name, 'raadsbesluit.pdf'))
    expect(normalizeSpace(text)).toContain(
      'besluit: 1. Een speeltuin aan te leggen. Juridische aspecten Voor de speeltuin is een omgevingsvergunning nodig. Aldus besloten',
    )
    expect(text).not.toContain('Participatie')
  })
})

describe('orderBlocks', () => {
  const blocks = ['a', 'b', 'c', 'd', 'e'].map((id) => ({id}))
  it.each([
    [undefined, 'abcde'],
    [[], 'abcde'],
    [['e', 'a'], 'eabcd'],
    [['a', 'd', 'b'], 'adebc'],
    [['x', 'c'], 'abcde'],
    [['c', 'a'], 'cdeab'],
  ])('orders %j as %s', (order, expected) => {
    expect(
      orderBlocks(blocks, order)
        .map((block) => block.id)
        .join(''),
    ).toBe(expected)
  })
  const withBijlagen = ['a', 'bijlagen', 'b'].map((id) => ({id}))
  it.each([
    [['b', 'a'], 'b a bijlagen'],
    [['bijlagen', 'a'], 'bijlagen b a'],
    [undefined, 'a bijlagen b'],
  ])('keeps the bijlagen last unless named: %j gives %s', (order, expected) => {
    expect(
      orderBlocks(withBijlagen, order)
        .map((block) => block.id)
        .join(' '),
    ).toBe(expected)
  })
})
