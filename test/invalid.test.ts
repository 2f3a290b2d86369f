/**
 * The corpus of bad sources: each folder under `fixtures/invalid/` holds a
 * `besluit.yaml` and, in `messages.txt`, exactly what `raadsstuk check` says
 * of it (file:line:column, severity, message, hint). `vitest -u` rewrites the
 * goldens; review their diff.
 */
import {readdirSync} from 'node:fs'
import {rm, stat, truncate, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../src/commands/build.js'
import {formatReport} from '../src/messages/report.js'
import {exampleName, root, temporaryDir} from './helpers.js'

const corpus = join(root, 'test', 'fixtures', 'invalid')
const cases = readdirSync(corpus).sort()

async function check(contentDir: string) {
  const result = await build({contentDir, checkOnly: true})
  return {result, report: formatReport(result.files, {cwd: contentDir})}
}

describe('bad sources', () => {
  it('has a corpus of at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
  })

  for (const name of cases) {
    it(name, async () => {
      const folder = join(corpus, name)
      const {result, report} = await check(folder)
      await expect(report).toMatchFileSnapshot(join(folder, 'messages.txt'))
      // Every case is reported; a case with an error builds nothing.
      expect(result.files.some((file) => file.messages.length > 0)).toBe(true)
      if (result.failed)
        expect(
          result.besluiten.every((besluit) => besluit.documents.length === 0),
        ).toBe(true)
    })
  }

  it('refuses a 50 MB file without reading it', async () => {
    const folder = await temporaryDir()
    const path = join(folder, 'besluit.yaml')
    await writeFile(path, '')
    await truncate(path, 50 * 1024 * 1024)
    expect((await stat(path)).size).toBe(52_428_800)
    const {result, report} = await check(folder)
    expect(result.failed).toBe(true)
    expect(report).toBe(
      [
        'besluit.yaml:1:1: error: bestand is te groot (51200 kB; hoogstens 1024 kB) [file-too-large]',
        '  hint: een besluit is tekst van enkele kilobytes; controleer of dit het goede bestand is',
        '1 fout',
        '',
      ].join('\n'),
    )
    await rm(folder, {recursive: true})
  })

  it('checks no further than a value too long to check: its number notation goes unreported', async () => {
    const folder = await temporaryDir()
    const {readFile} = await import('node:fs/promises')
    const source = await readFile(
      join(corpus, 'amount-hexadecimal', 'besluit.yaml'),
      'utf8',
    )
    await writeFile(
      join(folder, 'besluit.yaml'),
      source.replace(
        'onderwerp: Proef met een vrijwilligersvergoeding',
        'onderwerp: ' + 'x'.repeat(100_001),
      ),
    )
    const {result, report} = await check(folder)
    expect(result.failed).toBe(true)
    expect(report).toBe(
      [
        'besluit.yaml:3:12: error: waarde is te lang (100001 tekens; hoogstens 100000) [value-too-long]',
        '  hint: zet lange tekst in een eigen .md-bestand naast besluit.yaml, of kort hem in',
        '1 fout',
        '',
      ].join('\n'),
    )
    await rm(folder, {recursive: true})
  })

  it('builds the other besluiten when one is bad, and still fails', async () => {
    const content = await temporaryDir()
    const {cp} = await import('node:fs/promises')
    await cp(join(root, 'content', exampleName), join(content, exampleName), {
      recursive: true,
    })
    await cp(join(corpus, 'month-13'), join(content, 'month-13'), {
      recursive: true,
    })
    await rm(join(content, 'month-13', 'messages.txt'))
    const outDir = await temporaryDir()
    const result = await build({contentDir: content, outDir, pdf: false})
    expect(result.failed).toBe(true)
    expect(
      result.besluiten.map((besluit) => [besluit.name, besluit.written.length]),
    ).toEqual([
      [exampleName, 3],
      ['month-13', 0],
    ])
  })
})
