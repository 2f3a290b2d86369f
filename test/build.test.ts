/** Incremental builds: a besluit is rebuilt only when what it is made from changes. */
import {cp, readFile, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build, stampName} from '../src/commands/build.js'
import {loadVergoedingsgrenzen} from '../src/io/vergoedingsgrenzen.js'
import {toCents} from '../src/compute/money.js'
import {
  exampleDir,
  exampleName,
  root,
  sharedPrinter,
  temporaryDir,
} from './helpers.js'

async function setup() {
  const content = await temporaryDir()
  await cp(exampleDir, join(content, exampleName), {recursive: true})
  const outDir = await temporaryDir()
  return {content, outDir, folder: join(outDir, exampleName)}
}

const mtime = async (path: string) => (await stat(path)).mtimeMs

describe('incremental build', () => {
  it('skips an unchanged besluit, and rebuilds with --force', async () => {
    const {content, outDir, folder} = await setup()
    const first = await build({contentDir: content, outDir, pdf: false})
    expect(
      first.besluiten.map((besluit) => [
        besluit.skipped,
        besluit.written.length,
      ]),
    ).toEqual([[false, 3]])
    expect(
      JSON.parse(await readFile(join(folder, stampName), 'utf8')).outputs,
    ).toEqual([
      'collegevoorstel.html',
      'raadsinformatiebrief.html',
      'besluit.json',
    ])
    const before = await mtime(join(folder, 'collegevoorstel.html'))
    const second = await build({contentDir: content, outDir, pdf: false})
    expect(
      second.besluiten.map((besluit) => [
        besluit.skipped,
        besluit.written.length,
      ]),
    ).toEqual([[true, 0]])
    expect(await mtime(join(folder, 'collegevoorstel.html'))).toBe(before)
    const forced = await build({
      contentDir: content,
      outDir,
      pdf: false,
      force: true,
    })
    expect(
      forced.besluiten.map((besluit) => [
        besluit.skipped,
        besluit.written.length,
      ]),
    ).toEqual([[false, 3]])
  })

  it('rebuilds when a source, a prose file or the templates change', async () => {
    const {content, outDir} = await setup()
    await build({contentDir: content, outDir, pdf: false})
    const prose = join(content, exampleName, 'werkwijze.md')
    await writeFile(prose, (await readFile(prose, 'utf8')) + '\nNog een zin.\n')
    expect(
      (await build({contentDir: content, outDir, pdf: false})).besluiten[0]
        ?.skipped,
    ).toBe(false)
    expect(
      (await build({contentDir: content, outDir, pdf: false})).besluiten[0]
        ?.skipped,
    ).toBe(true)
    const templates = await temporaryDir()
    await cp(join(root, 'templates'), templates, {recursive: true})
    await writeFile(
      join(templates, 'style.css'),
      (await readFile(join(templates, 'style.css'), 'utf8')) +
        '\nh1 { color: black; }\n',
    )
    const restyled = await build({
      contentDir: content,
      outDir,
      pdf: false,
      templatesDir: templates,
    })
    expect(restyled.besluiten[0]?.skipped).toBe(false)
    expect(
      await readFile(join(outDir, exampleName, 'collegevoorstel.html'), 'utf8'),
    ).toContain('h1 { color: black; }')
  })

  it('rebuilds when the tax-free limits change', async () => {
    const {content, outDir} = await setup()
    const limits = await loadVergoedingsgrenzen()
    const first = await build({contentDir: content, outDir, pdf: false})
    expect(first.besluiten[0]?.skipped).toBe(false)
    expect(
      (
        await build({
          contentDir: content,
          outDir,
          pdf: false,
          vergoedingsgrenzen: limits,
        })
      ).besluiten[0]?.skipped,
    ).toBe(true)
    // The seed pays € 180 a month in 2021; a lower limit for 2021 must be checked again.
    const lower = new Map(limits)
    lower.set(2021, {perMonth: toCents(17000), perYear: toCents(170000)})
    const changed = await build({
      contentDir: content,
      outDir,
      pdf: false,
      vergoedingsgrenzen: lower,
    })
    expect(changed.besluiten[0]?.skipped).toBe(false)
    expect(
      changed.files
        .flatMap((file) => file.messages)
        .map((message) => message.ruleId),
    ).toContain('vergoedingsgrens')
    expect(
      (
        await build({
          contentDir: content,
          outDir,
          pdf: false,
          vergoedingsgrenzen: lower,
        })
      ).besluiten[0]?.skipped,
    ).toBe(true)
  })

  it('makes the PDFs when they are wanted and the last build made HTML only', async () => {
    const {content, outDir, folder} = await setup()
    await build({contentDir: content, outDir, pdf: false})
    const full = await build({
      contentDir: content,
      outDir,
      printer: await sharedPrinter(),
    })
    expect(full.besluiten[0]?.skipped).toBe(false)
    expect(
      JSON.parse(await readFile(join(folder, stampName), 'utf8')).outputs,
    ).toEqual([
      'collegevoorstel.html',
      'collegevoorstel.pdf',
      'raadsinformatiebrief.html',
      'raadsinformatiebrief.pdf',
      'besluit.json',
    ])
    // HTML only after a full build with the same sources: the PDFs are still current.
    expect(
      (await build({contentDir: content, outDir, pdf: false})).besluiten[0]
        ?.skipped,
    ).toBe(true)
  })
})
