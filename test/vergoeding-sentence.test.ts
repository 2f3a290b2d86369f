/**
 * Sentences that cannot lie: the example writes its stipend calculation with
 * `{{vergoeding.berekening}}`, so with the rate changed from 180 to 200 (and
 * nothing else) no document, PDF, textconv output or diff says
 * "x € 200,- = € 7.200". Each member's amount is quotable.
 */
import {cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {build} from '../src/commands/build.js'
import {textconv} from '../src/commands/textconv.js'
import {compareVersions} from '../src/diff/compare.js'
import {
  exampleDir,
  exampleName,
  normalizeSpace,
  readHtmlText,
  readPdf,
  sharedPrinter,
  temporaryDir,
} from './helpers.js'

/** A copy of the example with `change` applied to its `besluit.yaml`, in a content folder of its own. */
async function exampleWith(change: (yaml: string) => string): Promise<string> {
  const content = await temporaryDir()
  await cp(exampleDir, join(content, exampleName), {recursive: true})
  const path = join(content, exampleName, 'besluit.yaml')
  await writeFile(path, change(await readFile(path, 'utf8')))
  return content
}

const rate = (value: number) => (yaml: string) =>
  yaml.replace('    tarief: 180\n', `    tarief: ${value}\n`)

const lie = 'x € 200,- = € 7.200'
const truth =
  'tot het eind van 2021: 4 personen x 10 maanden x € 200,- = € 8.000, begrensd op € 1.800 per persoon per jaar: € 7.200.'

describe('the example with rate € 200 and the yearly maximum € 1.800', () => {
  let content: string
  let texts: string[]

  beforeAll(async () => {
    content = await exampleWith(rate(200))
    const outDir = await temporaryDir()
    const result = await build({
      contentDir: content,
      outDir,
      pdf: true,
      printer: await sharedPrinter(),
    })
    expect(result.failed).toBe(false)
    const folder = join(outDir, exampleName)
    texts = [
      ...(await readHtmlText([
        join(folder, 'collegevoorstel.html'),
        join(folder, 'raadsinformatiebrief.html'),
      ])),
      (await readPdf(join(folder, 'collegevoorstel.pdf'))).text,
      (await readPdf(join(folder, 'raadsinformatiebrief.pdf'))).text,
      await textconv(join(content, exampleName, 'besluit.yaml')),
    ].map(normalizeSpace)
  }, 120_000)

  it('says the calculation as it is made, cap included, in HTML, PDF and textconv', () => {
    // collegevoorstel HTML, PDF and the textconv text hold the sentence; the RIB does not have it.
    expect([0, 2, 4].map((index) => texts[index]?.includes(truth))).toEqual([
      true,
      true,
      true,
    ])
  })

  it('never says "x € 200,- = € 7.200"', () => {
    expect(texts.filter((text) => text.includes(lie))).toEqual([])
  })

  it('shows in a diff from 180 to 190 a calculation that still adds up', async () => {
    const [a, b] = [await exampleWith(rate(180)), await exampleWith(rate(190))]
    const comparison = await compareVersions(a, b, {contentDir: a})
    const changed = (comparison.diffs[0]?.text ?? []).map((change) => [
      normalizeSpace(change.from ?? ''),
      normalizeSpace(change.to ?? ''),
    ])
    const sentence = changed.find(([from]) => from?.includes('personen x'))
    expect(sentence?.[0]).toContain(
      '4 personen x 10 maanden x € 180,- = € 7.200.',
    )
    expect(sentence?.[1]).toContain(
      '4 personen x 10 maanden x € 190,- = € 7.600, begrensd op € 1.800 per persoon per jaar: € 7.200.',
    )
    expect(
      changed.flat().filter((text) => text.includes('€ 190,- = € 7.200')),
    ).toEqual([])
  })
})
