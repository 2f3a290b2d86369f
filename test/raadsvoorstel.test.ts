/**
 * Besluiten that go to the algemeen bestuur: `new --soort raadsvoorstel`
 * (and `statenvoorstel` at a province) makes a besluit that builds as it is
 * into the collegevoorstel, the raadsvoorstel and the raadsbesluit, read
 * back from their PDFs and HTML.
 */
import {readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {
  normalizeSpace,
  readHtmlText,
  readPdf,
  run,
  temporaryDir,
} from './helpers.js'

const name = '2026-03-10-speeltuin-centrum'

describe('raadsstuk new --soort raadsvoorstel', () => {
  let out: string

  beforeAll(async () => {
    const content = await temporaryDir('raadsstuk-content-')
    const created = await run(
      [
        'new',
        name,
        '--soort',
        'raadsvoorstel',
        '--gemeente',
        'Zeewolde',
        '--content',
        content,
      ],
      content,
    )
    expect(created.code).toBe(0)
    // The registratienummer is the "nr." in the raadsbesluit.
    const path = join(content, name, 'besluit.yaml')
    await writeFile(
      path,
      (await readFile(path, 'utf8')).replace(
        'status: concept\n',
        'status: concept\npublicatie:\n  registratienummer: "2026-0412"\n',
      ),
    )
    const built = await run(['build', content, '--out', 'uit'], content)
    expect(built.stderr).toMatch(
      /^1 besluit, 3 documenten in \d+,\d s; 0 ongewijzigd, 0 fouten\n$/,
    )
    expect(built.code).toBe(0)
    out = join(content, 'uit', name)
  })

  it('builds the collegevoorstel, the raadsvoorstel and the raadsbesluit', async () => {
    expect(
      (await readdir(out)).filter((file) => !file.startsWith('.')).sort(),
    ).toEqual([
      'besluit.json',
      'collegevoorstel.html',
      'collegevoorstel.pdf',
      'raadsbesluit.html',
      'raadsbesluit.pdf',
      'raadsvoorstel.html',
      'raadsvoorstel.pdf',
    ])
  })

  it('has the raadsbesluit say "gelezen het voorstel", in the set form, signed by griffier and voorzitter', async () => {
    const {text, pages} = await readPdf(join(out, 'raadsbesluit.pdf'))
    expect(pages).toBe(1)
    const flat = normalizeSpace(text)
    expect(flat).toContain(
      'De raad van de gemeente Zeewolde, gelezen het voorstel van burgemeester en wethouders van 10 maart 2026, nr. 2026-0412; gelet op artikel 147 van de Gemeentewet; besluit: 1. Het eerste beslispunt te nemen.',
    )
    expect(flat).toContain(
      'Het eerste beslispunt te nemen. Aldus besloten in de openbare vergadering van 14 april 2026. de griffier, de voorzitter,',
    )
  })

  it('has the collegevoorstel propose to put the besluit to the raad, with the same beslispunten', async () => {
    const [college, voorstel, besluit] = (
      await readHtmlText(
        ['collegevoorstel', 'raadsvoorstel', 'raadsbesluit'].map((type) =>
          join(out, type + '.html'),
        ),
      )
    ).map(normalizeSpace)
    expect(college).toContain(
      'Het college besluit: de raad voor te stellen: 1. Het eerste beslispunt te nemen.',
    )
    expect(voorstel).toContain(
      'Voorgesteld besluit De raad wordt voorgesteld te besluiten: 1. Het eerste beslispunt te nemen.',
    )
    expect(besluit).toContain('besluit: 1. Het eerste beslispunt te nemen.')
    expect(voorstel).toContain('Datum raadsvergadering 14 april 2026')
    const {text} = await readPdf(join(out, 'raadsvoorstel.pdf'))
    expect(normalizeSpace(text)).toContain(
      'Burgemeester en wethouders van Zeewolde, de secretaris, de burgemeester,',
    )
  })
})

describe('raadsstuk new --soort statenvoorstel with a two-key organisatie.yaml', () => {
  let out: string

  beforeAll(async () => {
    const content = await temporaryDir('raadsstuk-content-')
    await writeFile(
      join(content, 'organisatie.yaml'),
      'naam: Provincie Flevoland\nsoort: provincie\n',
    )
    expect(
      (
        await run(
          ['new', name, '--soort', 'statenvoorstel', '--content', content],
          content,
        )
      ).code,
    ).toBe(0)
    const built = await run(['build', content, '--out', 'uit'], content)
    expect(built.stderr).toMatch(
      /^1 besluit, 3 documenten in \d+,\d s; 0 ongewijzigd, 0 fouten\n$/,
    )
    out = join(content, 'uit', name)
  })

  it('builds statenvoorstel and statenbesluit, and the proposal to Gedeputeerde Staten under its own name', async () => {
    expect(
      (await readdir(out)).filter((file) => !file.startsWith('.')).sort(),
    ).toEqual([
      'besluit.json',
      'gs-voorstel.html',
      'gs-voorstel.pdf',
      'statenbesluit.html',
      'statenbesluit.pdf',
      'statenvoorstel.html',
      'statenvoorstel.pdf',
    ])
    const {text} = await readPdf(join(out, 'statenbesluit.pdf'))
    expect(normalizeSpace(text)).toContain(
      'STATENBESLUIT Speeltuin centrum Provinciale Staten van Flevoland, gelezen het voorstel van Gedeputeerde Staten van 10 maart 2026; gelet op artikel 143 van de Provinciewet; besluit: 1.',
    )
    const [gs] = await readHtmlText([join(out, 'gs-voorstel.html')])
    expect(normalizeSpace(gs ?? '')).toContain(
      'Gedeputeerde Staten besluiten: Provinciale Staten voor te stellen: 1.',
    )
  })

  it('says nowhere gemeente, gemeenteraad, burgemeester or wethouder, in HTML or PDF', async () => {
    const names = ['gs-voorstel', 'statenvoorstel', 'statenbesluit']
    const html = await readHtmlText(
      names.map((type) => join(out, type + '.html')),
    )
    for (const [index, type] of names.entries()) {
      const pdf = await readPdf(join(out, type + '.pdf'))
      const source = await readFile(join(out, type + '.html'), 'utf8')
      for (const text of [html[index] ?? '', pdf.text, source])
        expect(text, type).not.toMatch(/gemeente|burgemeester|wethouder/i)
    }
  })
})
