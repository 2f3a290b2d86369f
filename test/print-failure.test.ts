/** A PDF that cannot be printed: reported by besluit and document, and the earlier output kept. */
import {cp, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../src/commands/build.js'
import {collectMessages, formatReport} from '../src/messages/report.js'
import {findBrowser, type Printer} from '../src/print/pdf.js'
import {exampleDir, exampleName, temporaryDir} from './helpers.js'

const printing = (print: Printer['print']): Printer => ({
  print,
  close: async () => undefined,
})

describe('a PDF that fails to print', () => {
  it('is named by its besluit and document, and the earlier output stays', async () => {
    const content = await temporaryDir()
    await cp(exampleDir, join(content, exampleName), {recursive: true})
    const outDir = await temporaryDir()
    const good = printing(async (html) => new TextEncoder().encode(html))
    await build({contentDir: content, outDir, printer: good})
    const folder = join(outDir, exampleName)
    const before = await readFile(join(folder, 'raadsinformatiebrief.pdf'))
    let count = 0
    const failing = printing(async (html) => {
      // The first document prints, the second fails.
      if (++count === 2) throw new Error('Target closed')
      return new TextEncoder().encode('anders: ' + html)
    })
    const result = await build({
      contentDir: content,
      outDir,
      printer: failing,
      force: true,
    })
    expect(result.failed).toBe(true)
    expect(formatReport(result.files, {cwd: outDir})).toBe(
      `${exampleName}/raadsinformatiebrief.pdf: error: de PDF \`raadsinformatiebrief.pdf\` van besluit \`${exampleName}\` kon niet worden gemaakt: Target closed [pdf-failed]\n` +
        `  hint: controleer of Chromium werkt (\`${findBrowser() ?? 'chromium'} --version\`); de eerdere uitvoer van dit besluit is bewaard\n` +
        '1 fout\n',
    )
    expect(collectMessages(result.files)[0]).toMatchObject({
      line: undefined,
      column: undefined,
      rule: 'pdf-failed',
    })
    expect(await readFile(join(folder, 'raadsinformatiebrief.pdf'))).toEqual(
      before,
    )
    expect(
      String(await readFile(join(folder, 'collegevoorstel.pdf'))),
    ).not.toMatch(/^anders: /)
  })
})
