/**
 * The two example besluiten beside the seed, each with its own
 * organisatie.yaml: a municipality's raadsvoorstel and raadsbesluit with a
 * begrotingswijziging, and a province's statenvoorstel and statenbesluit,
 * read back from their PDFs.
 */
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {BuildResult} from '../src/commands/build.js'
import {formatReport} from '../src/messages/report.js'
import {openDataSchema} from '../src/render/open-data-schema.js'
import {
  buildExample,
  normalizeSpace,
  readHtmlText,
  readPdf,
  readPdfPages,
} from './helpers.js'

const zeewolde = 'gemeente-zeewolde/2026-03-10-renovatie-sporthal-de-vonk'
const flevoland = 'provincie-flevoland/2026-02-17-uitvoeringsprogramma-fiets'

let outDir: string
let result: BuildResult

beforeAll(async () => {
  ;({outDir, result} = await buildExample())
})

const pdfText = async (besluit: string, name: string) => {
  const {text, pages} = await readPdf(join(outDir, besluit, name + '.pdf'))
  return {text: normalizeSpace(text), pages}
}

describe('the examples', () => {
  it('build with the seed, without a problem, each organisation in its own folder', async () => {
    expect(formatReport(result.files)).toBe('geen problemen\n')
    const files = async (besluit: string) =>
      (await readdir(join(outDir, besluit)))
        .filter((name) => !name.startsWith('.'))
        .sort()
    expect(await files(zeewolde)).toEqual([
      'besluit.json',
      'collegevoorstel.html',
      'collegevoorstel.pdf',
      'quickscan-sporthal-de-vonk.pdf',
      'raadsbesluit.html',
      'raadsbesluit.pdf',
      'raadsvoorstel.html',
      'raadsvoorstel.pdf',
    ])
    expect(await files(flevoland)).toEqual([
      'besluit.json',
      'gs-voorstel.html',
      'gs-voorstel.pdf',
      'statenbesluit.html',
      'statenbesluit.pdf',
      'statenvoorstel.html',
      'statenvoorstel.pdf',
    ])
  })

  it('publishes open data that names each organisation’s own proposal and lists the bijlage beside the documents', async () => {
    const openData = async (besluit: string) => {
      const data = JSON.parse(
        await readFile(join(outDir, besluit, 'besluit.json'), 'utf8'),
      )
      expect(openDataSchema.safeParse(data).success).toBe(true)
      return data
    }
    const province = await openData(flevoland)
    expect(province.classification).toBe('gs-voorstel')
    expect(province.organization.classification).toBe('Gedeputeerde Staten')
    expect(JSON.stringify(province)).not.toMatch(
      /gemeente|burgemeester|wethouder|college/i,
    )
    const gemeente = await openData(zeewolde)
    expect(gemeente.classification).toBe('collegevoorstel')
    expect(gemeente.attachment.at(-1)).toEqual({
      '@type': 'Attachment',
      name: 'Quickscan bouwkundige staat sporthal De Vonk',
      contentUrl: 'quickscan-sporthal-de-vonk.pdf',
      fileFormat: 'application/pdf',
    })
    // The bijlage without a file is listed in the documents, not as a link.
    expect(JSON.stringify(gemeente)).not.toContain('Sportnota')
    // The begrotingswijziging the raad adopts, as printed: every year closes at 0.
    expect(gemeente.financien.begrotingswijzigingen).toEqual([
      {
        nummer: '2026-012',
        jaren: [2026, 2027, 2028, 2029],
        regels: [
          ['lasten', 118400],
          ['baten', 28400],
          ['onttrekkingen', 90000],
        ].map(([groep, bedrag]) => ({
          groep,
          programma: '5 Sport en cultuur',
          bedragen: {2027: bedrag, 2028: bedrag, 2029: bedrag},
        })),
        saldo: {2026: 0, 2027: -90000, 2028: -90000, 2029: -90000},
        resultaat: {2026: 0, 2027: 0, 2028: 0, 2029: 0},
      },
    ])
    expect(province.financien.begrotingswijzigingen).toBeUndefined()
  })

  it('gives Zeewolde a raadsbesluit with the begrotingswijziging among its beslispunten', async () => {
    const {text, pages} = await pdfText(zeewolde, 'raadsbesluit')
    expect(pages).toBe(2)
    expect(text).toContain(
      'De raad van de gemeente Zeewolde, gelezen het voorstel van burgemeester en wethouders van 10 maart 2026, nr. 2026-0412; gelet op artikel 189 van de Gemeentewet en de Financiële verordening gemeente Zeewolde 2023; besluit: 1. Een investeringskrediet van € 2.450.000 beschikbaar te stellen',
    )
    expect(text).toContain(
      '2. Begrotingswijziging 2026-012 vast te stellen, waarmee vanaf 2027 de lasten van programma 5 Sport en cultuur met € 118.400 per jaar toenemen, gedekt door hogere huuropbrengsten van € 28.400 en een onttrekking aan de bestemmingsreserve sportaccommodaties van € 90.000 per jaar.',
    )
    expect(text).toContain(
      'Aldus besloten in de openbare vergadering van 16 april 2026. de griffier, de voorzitter,',
    )
  })

  it('prints begrotingswijziging 2026-012 per programma in the raadsbesluit and the raadsvoorstel, closing at € 0 every year', async () => {
    const table =
      'Begrotingswijziging 2026-012 Wijziging van de begroting 2026 en de meerjarenraming 2027–2029, per programma ' +
      'Programma 2026 2027 2028 2029 ' +
      'Lasten - 5 Sport en cultuur € 118.400 € 118.400 € 118.400 Totaal lasten € 118.400 € 118.400 € 118.400 ' +
      'Baten - 5 Sport en cultuur € 28.400 € 28.400 € 28.400 Totaal baten € 28.400 € 28.400 € 28.400 ' +
      'Onttrekkingen aan reserves - 5 Sport en cultuur € 90.000 € 90.000 € 90.000 Totaal onttrekkingen € 90.000 € 90.000 € 90.000 ' +
      // 2026 changes nothing: its resultaat is still adopted, at € 0.
      'Saldo van baten en lasten € 0 −€ 90.000 −€ 90.000 −€ 90.000 ' +
      'Saldo mutaties reserves € 0 € 90.000 € 90.000 € 90.000 ' +
      'Resultaat € 0 € 0 € 0 € 0'
    const besluit = (await pdfText(zeewolde, 'raadsbesluit')).text
    expect(besluit).toContain(table)
    // Adopted with the beslispunten, before the signature.
    expect(besluit.indexOf(table)).toBeGreaterThan(
      besluit.indexOf('3. Jaarlijks € 90.000'),
    )
    expect(besluit.indexOf(table)).toBeLessThan(
      besluit.indexOf('Aldus besloten'),
    )
    // On paper it is kept whole and with the signature, never parted from it.
    const pages = await readPdfPages(join(outDir, zeewolde, 'raadsbesluit.pdf'))
    const last = normalizeSpace(pages.at(-1)?.marked ?? '')
    expect(last).toContain('Resultaat € 0 € 0 € 0 € 0 Aldus besloten')
    expect(last.startsWith('Begrotingswijziging 2026-012')).toBe(true)
    expect((await pdfText(zeewolde, 'raadsvoorstel')).text).toContain(table)
    const html = await readHtmlText(
      ['raadsbesluit', 'raadsvoorstel'].map((name) =>
        join(outDir, zeewolde, name + '.html'),
      ),
    )
    for (const text of html) expect(normalizeSpace(text)).toContain(table)
    // Not in the college's own document.
    expect((await pdfText(zeewolde, 'collegevoorstel')).text).not.toContain(
      'Begrotingswijziging 2026-012 Wijziging',
    )
  })

  it('gives Zeewolde a raadsvoorstel with its head fields, numbered argumenten and the finance table', async () => {
    const {text} = await pdfText(zeewolde, 'raadsvoorstel')
    expect(text).toContain(
      'Datum collegebesluit 10 maart 2026 Datum raadsvergadering 16 april 2026 Registratienummer 2026-0412 Zaaknummer Z-2025-11873 Agendapunt 7',
    )
    expect(text).toContain('Afdeling Samenleving')
    expect(text).toContain(
      'De raad wordt voorgesteld te besluiten: 1. Een investeringskrediet',
    )
    expect(text).toContain('1.2 Renoveren is goedkoper dan nieuwbouw')
    expect(text).toMatch(/Onttrekking reserve sportaccommodaties.*90\.000/)
    const college = await pdfText(zeewolde, 'collegevoorstel')
    expect(college.text).toContain(
      'Het college besluit: de raad voor te stellen: 1. Een investeringskrediet van € 2.450.000',
    )
  })

  it('gives Flevoland a statenvoorstel numbered 1.a and a statenbesluit, and never speaks of a gemeente', async () => {
    const voorstel = await pdfText(flevoland, 'statenvoorstel')
    expect(voorstel.text).toContain(
      'Provinciale Staten worden voorgesteld te besluiten: 1. Het Uitvoeringsprogramma Fiets Flevoland 2026–2029 vast te stellen, met daarin:',
    )
    expect(voorstel.text).toContain(
      '1.b Projecten zijn gekozen op verkeersveiligheid en gebruik',
    )
    expect(voorstel.text).toContain(
      'Gedeputeerde Staten van Flevoland, de secretaris, de voorzitter,',
    )
    const besluit = await pdfText(flevoland, 'statenbesluit')
    expect(besluit.text).toContain(
      'Provinciale Staten van Flevoland, gelezen het voorstel van Gedeputeerde Staten van 17 februari 2026, nr. 3318204; gelet op artikel 143 van de Provinciewet',
    )
    const gs = await pdfText(flevoland, 'gs-voorstel')
    expect(gs.text).toContain(
      'Gedeputeerde Staten besluiten: Provinciale Staten voor te stellen: 1.',
    )
    for (const {text} of [voorstel, besluit, gs])
      expect(text).not.toMatch(/gemeente|burgemeester|wethouder/i)
  })
  it('gives Flevoland’s beslispunt 1 the onderdelen 1a–1c in every document, with their own argumenten and kanttekening', async () => {
    const onderdelen =
      '1. Het Uitvoeringsprogramma Fiets Flevoland 2026–2029 vast te stellen, met daarin: ' +
      '1a. de doorfietsroutes Lelystad–Dronten en Almere–Zeewolde als verbindingen met voorrang; ' +
      '1b. het programma Veilige oversteken voor fietsers op de provinciale wegen; ' +
      '1c. de aanpak van het fietsparkeren bij de knooppunten van het openbaar vervoer. ' +
      '2. Een investeringskrediet van € 6.350.000'
    const documents = ['statenvoorstel', 'statenbesluit', 'gs-voorstel']
    const htmlTexts = await readHtmlText(
      documents.map((name) => join(outDir, flevoland, name + '.html')),
    )
    for (const [index, name] of documents.entries()) {
      const pdf = await pdfText(flevoland, name)
      expect(pdf.text, name + '.pdf').toContain(onderdelen)
      expect(normalizeSpace(htmlTexts[index] ?? ''), name + '.html').toContain(
        onderdelen,
      )
    }
    // The voorblad of the gs-voorstel and its voorstel both list them.
    expect(
      (await pdfText(flevoland, 'gs-voorstel')).text.split('1b. het programma')
        .length - 1,
    ).toBe(2)
    const voorstel = await pdfText(flevoland, 'statenvoorstel')
    expect(voorstel.text).toMatch(
      /1\.b Projecten zijn gekozen op verkeersveiligheid en gebruik .*1a\.1 Doorfietsroutes verbinden de kernen met de werkgebieden .*1b\.1 Op oversteken gebeuren de meeste ongevallen met fietsers .*1c\.1 Wie de fiets goed kan stallen, neemt de fiets naar het station .*2\.a De doorfietsroute Lelystad–Dronten heeft de hoogste prioriteit/,
    )
    expect(voorstel.text).toMatch(
      /Kanttekeningen 1c\.1 Fietsparkeren bij stations vraagt afspraken met NS en ProRail .*2\.a Grondverwerving kan vertraging geven/,
    )
  })
})
