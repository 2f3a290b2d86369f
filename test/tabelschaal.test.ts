/**
 * An organisation that prints its finance tables "x € 1.000" says so once in
 * organisatie.yaml (`tabelschaal: 1000`); a table's own `schaal` still wins.
 * Read back from the Zeewolde example's raadsvoorstel, HTML and PDF.
 */
import {cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../src/commands/build.js'
import {formatReport} from '../src/messages/report.js'
import {
  normalizeSpace,
  readHtmlText,
  readPdf,
  root,
  sharedPrinter,
  temporaryDir,
} from './helpers.js'

const besluit = '2026-03-10-renovatie-sporthal-de-vonk'

async function buildZeewolde(
  edit: (files: {organisatie: string; besluit: string}) => {
    organisatie: string
    besluit: string
  },
) {
  const content = await temporaryDir()
  await cp(join(root, 'content', 'gemeente-zeewolde'), content, {
    recursive: true,
  })
  const paths = {
    organisatie: join(content, 'organisatie.yaml'),
    besluit: join(content, besluit, 'besluit.yaml'),
  }
  const edited = edit({
    organisatie: await readFile(paths.organisatie, 'utf8'),
    besluit: await readFile(paths.besluit, 'utf8'),
  })
  await writeFile(paths.organisatie, edited.organisatie)
  await writeFile(paths.besluit, edited.besluit)
  const outDir = await temporaryDir()
  const result = await build({
    contentDir: content,
    outDir,
    printer: await sharedPrinter(),
  })
  expect(formatReport(result.files)).toBe('geen problemen\n')
  const file = (name: string) => join(outDir, besluit, name)
  const [html = ''] = await readHtmlText([file('raadsvoorstel.html')])
  return {
    html: normalizeSpace(html),
    pdf: normalizeSpace((await readPdf(file('raadsvoorstel.pdf'))).text),
  }
}

describe('the organisation’s tabelschaal', () => {
  it('prints every table of its besluiten x € 1.000, the begrotingswijziging too', async () => {
    const {html, pdf} = await buildZeewolde((files) => ({
      ...files,
      organisatie: files.organisatie + 'tabelschaal: 1000\n',
    }))
    for (const text of [html, pdf]) {
      expect(text).toContain('Kosten en dekking (bedragen x € 1.000)')
      expect(text).toContain(
        'Renovatie en verduurzaming sporthal De Vonk 2.450 I 5 Sport en cultuur',
      )
      expect(text).toContain(
        'Kapitaallasten renovatie sporthal De Vonk 118 118 118 S',
      )
      expect(text).toContain(
        'Wijziging van de begroting 2026 en de meerjarenraming 2027–2029, per programma (bedragen x € 1.000)',
      )
      expect(text).toContain('Totaal lasten 118 118 118')
      // 28.400 rounds to 28 and 90.000 to 90: the totals still add up.
      expect(text).toContain('Saldo van baten en lasten 0 −90 −90 −90')
      // Quoted amounts in the prose stay exact.
      expect(text).toContain('€ 118.400')
    }
  })

  it('lets a table’s own schaal win over the organisation’s', async () => {
    const {html, pdf} = await buildZeewolde((files) => ({
      organisatie: files.organisatie + 'tabelschaal: 1000\n',
      besluit: files.besluit.replace(
        '  tabel:\n    lasten:',
        '  tabel:\n    schaal: 1\n    lasten:',
      ),
    }))
    for (const text of [html, pdf]) {
      expect(text).toContain(
        'Kapitaallasten renovatie sporthal De Vonk € 118.400',
      )
      expect(text).not.toContain('Kosten en dekking (bedragen x € 1.000)')
    }
  })
})
