/**
 * Whether a build will likely print, guessed before it loads: from the
 * output folder, the besluiten's stamps in it and the content's times.
 */
import {mkdir, utimes, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {likelyToPrint} from '../src/commands/print-ahead.js'
import {stampName} from '../src/io/stamp.js'
import {temporaryDir} from './helpers.js'

/** A content folder with two besluiten, one of an organisation. */
async function project(): Promise<{content: string; out: string}> {
  const root = await temporaryDir()
  const content = join(root, 'content')
  for (const name of ['2026-01-01-a', join('gemeente-x', '2026-02-02-b')]) {
    await mkdir(join(content, name), {recursive: true})
    await writeFile(join(content, name, 'besluit.yaml'), 'gemeente: X\n')
    await writeFile(join(content, name, 'toelichting.md'), 'Tekst\n')
  }
  return {content, out: join(root, 'out')}
}

/** Stamps for both besluiten, made `age` seconds from now. */
async function stamp(out: string, age = 0): Promise<void> {
  const when = Date.now() / 1000 + age
  for (const name of ['2026-01-01-a', join('gemeente-x', '2026-02-02-b')]) {
    await mkdir(join(out, name), {recursive: true})
    await writeFile(join(out, name, stampName), '{}\n')
    await utimes(join(out, name, stampName), when, when)
  }
}

describe('a build likely to print', () => {
  it('is one without an output folder, with a besluit not yet built, or with --force', async () => {
    const {content, out} = await project()
    expect(await likelyToPrint(content, out, false)).toBe(true)
    await stamp(out, 60)
    expect(await likelyToPrint(content, out, false)).toBe(false)
    expect(await likelyToPrint(content, out, true)).toBe(true)
    await mkdir(join(content, '2026-03-03-c'))
    await writeFile(join(content, '2026-03-03-c', 'besluit.yaml'), '')
    expect(await likelyToPrint(content, out, false)).toBe(true)
  })

  it('is one where a file of the content changed after the oldest stamp', async () => {
    const {content, out} = await project()
    await stamp(out, 60)
    expect(await likelyToPrint(content, out, false)).toBe(false)
    const later = Date.now() / 1000 + 120
    const prose = join(content, 'gemeente-x', '2026-02-02-b', 'toelichting.md')
    await utimes(prose, later, later)
    expect(await likelyToPrint(content, out, false)).toBe(true)
  })

  it('is not guessed at for a content folder of hundreds of files', async () => {
    const {content, out} = await project()
    for (let index = 0; index < 400; index++)
      await writeFile(join(content, '2026-01-01-a', `bijlage-${index}.txt`), '')
    expect(await likelyToPrint(content, out, false)).toBe(false)
  })

  it('is not one without content', async () => {
    const root = await temporaryDir()
    expect(
      await likelyToPrint(join(root, 'geen'), join(root, 'out'), false),
    ).toBe(false)
  })
})
