/**
 * Bijlagen: a list with titles in every document that has sections, the
 * files copied beside the documents and linked from the HTML, listed in the
 * PDF; a file that is a link to outside the folder is refused and nothing is
 * written for that besluit.
 */
import {
  cp,
  mkdir,
  readdir,
  readFile,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {build, type BuildResult} from '../src/commands/build.js'
import {formatReport} from '../src/messages/report.js'
import {
  normalizeSpace,
  readPdf,
  root,
  sharedPrinter,
  temporaryDir,
} from './helpers.js'

const zeewolde = '2026-03-10-renovatie-sporthal-de-vonk'
const source = join(root, 'content', 'gemeente-zeewolde')

describe('the bijlagen of the Zeewolde example', () => {
  let outDir: string
  let result: BuildResult
  const folder = () => join(outDir, zeewolde)

  beforeAll(async () => {
    const content = await temporaryDir('raadsstuk-content-')
    await cp(source, content, {recursive: true})
    outDir = await temporaryDir()
    result = await build({
      contentDir: content,
      outDir,
      printer: await sharedPrinter(),
    })
  })

  it('copies the file beside the documents, byte for byte', async () => {
    expect(formatReport(result.files)).toBe('geen problemen\n')
    expect(await readdir(folder())).toContain('quickscan-sporthal-de-vonk.pdf')
    expect(
      await readFile(join(folder(), 'quickscan-sporthal-de-vonk.pdf')),
    ).toEqual(
      await readFile(join(source, zeewolde, 'quickscan-sporthal-de-vonk.pdf')),
    )
  })

  it('rebuilds when a bijlage is replaced by another of the same size', async () => {
    const content = await temporaryDir('raadsstuk-content-')
    await cp(source, content, {recursive: true})
    const out = await temporaryDir()
    const bijlage = join(content, zeewolde, 'quickscan-sporthal-de-vonk.pdf')
    await build({contentDir: content, outDir: out, pdf: false})
    const before = await readFile(bijlage)
    const after = Buffer.from(before)
    after[after.length - 2] = after[after.length - 2] === 0x41 ? 0x42 : 0x41
    await writeFile(bijlage, after)
    await utimes(bijlage, new Date(), new Date(Date.now() + 5000))
    const again = await build({contentDir: content, outDir: out, pdf: false})
    const outcome = again.besluiten.find((item) => item.name.endsWith(zeewolde))
    expect(outcome?.skipped).toBe(false)
    expect(
      await readFile(join(out, zeewolde, 'quickscan-sporthal-de-vonk.pdf')),
    ).toEqual(after)
  })

  it('links the file from the HTML of the raadsvoorstel and the collegevoorstel, and lists a bijlage without a file', async () => {
    for (const name of ['raadsvoorstel', 'collegevoorstel']) {
      const html = await readFile(join(folder(), name + '.html'), 'utf8')
      expect(html).toContain(
        '<li><a href="quickscan-sporthal-de-vonk.pdf">Quickscan bouwkundige staat sporthal De Vonk</a>',
      )
      expect(html).toContain(
        '<li>Sportnota Zeewolde 2024–2028 (vastgesteld door de raad op 7 maart 2024)</li>',
      )
    }
  })

  it('places Juridische aspecten after Financiën and before the risks, as Zeewolde’s sectievolgorde says', async () => {
    const html = await readFile(join(folder(), 'raadsvoorstel.html'), 'utf8')
    const headings = [...html.matchAll(/<h2 id="[^"]+-kop">([^<]*)<\/h2>/g)]
      .map((match) => match[1])
      .filter((heading) => !heading?.startsWith('Begrotingswijziging'))
    expect(headings).toEqual([
      'Voorgesteld besluit',
      'Aanleiding',
      'Argumenten',
      'Kanttekeningen',
      'Duurzaamheid',
      'Financiën',
      'Juridische aspecten',
      'Risicoparagraaf',
      'Communicatie',
      'Vervolgstappen',
      'Bijlagen',
    ])
  })

  it('lists the bijlagen in the PDF, and leaves them out of the raadsbesluit', async () => {
    const {text} = await readPdf(join(folder(), 'raadsvoorstel.pdf'))
    expect(normalizeSpace(text)).toContain(
      'Bijlagen 1. Quickscan bouwkundige staat sporthal De Vonk (quickscan-sporthal-de-vonk.pdf) 2. Sportnota Zeewolde 2024–2028',
    )
    const besluit = await readPdf(join(folder(), 'raadsbesluit.pdf'))
    expect(besluit.text).not.toContain('Quickscan')
  })
})

describe('a bijlage that is a link to outside the folder', () => {
  it('is refused at its place, and nothing is written for the besluit', async () => {
    const content = await temporaryDir('raadsstuk-content-')
    const elsewhere = await temporaryDir()
    await writeFile(join(elsewhere, 'geheim.pdf'), '%PDF-1.4\n')
    const folder = join(content, 'speeltuin')
    await mkdir(folder)
    await cp(
      join(
        root,
        'test',
        'fixtures',
        'invalid',
        'bijlage-missing',
        'besluit.yaml',
      ),
      join(folder, 'besluit.yaml'),
    )
    await symlink(
      join(elsewhere, 'geheim.pdf'),
      join(folder, 'ontwerp-speeltuin.pdf'),
    )
    const outDir = await temporaryDir()
    const result = await build({contentDir: content, outDir, pdf: false})
    expect(formatReport(result.files, {cwd: content})).toBe(
      [
        'speeltuin/besluit.yaml:19:14: error: bijlage `ontwerp-speeltuin.pdf` is een koppeling naar een bestand buiten de map van dit besluit [file-outside]',
        '  hint: zet het bestand zelf in de map van het besluit, niet een koppeling ernaar',
        '1 fout',
        '',
      ].join('\n'),
    )
    expect(result.failed).toBe(true)
    expect(result.besluiten.map((besluit) => besluit.written)).toEqual([[]])
    expect(await readdir(outDir)).not.toContain('speeltuin')
  })
})
