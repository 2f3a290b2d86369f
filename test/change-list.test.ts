/**
 * `diff --format tekst`, the change list of a memo: a paragraph whose words
 * changed is listed once, with every document it is in; a version with only
 * such changes is not "Geen wijzigingen".
 */
import {cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, run, temporaryDir} from './helpers.js'

const zeewolde = '2026-03-10-renovatie-sporthal-de-vonk'

describe('the change list', () => {
  it('lists a changed paragraph of an own section once, with the documents it is in', async () => {
    const [before, after] = [await temporaryDir(), await temporaryDir()]
    for (const folder of [before, after])
      await cp(join(root, 'content', 'gemeente-zeewolde'), folder, {
        recursive: true,
      })
    const source = join(after, zeewolde, 'besluit.yaml')
    const text = await readFile(source, 'utf8')
    expect(text).toContain('nodig. De aanbesteding volgt')
    await writeFile(
      source,
      text.replace(
        'nodig. De aanbesteding volgt',
        'nodig. De Europese aanbesteding volgt',
      ),
    )
    const result = await run(['diff', before, after, '--format', 'tekst'])
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(
      [
        `Wijzigingen in ${zeewolde} (${before} → ${after})`,
        '',
        '1. Tekst van collegevoorstel, raadsvoorstel: na „omgevingsvergunning nodig. De” wordt „Europese” ingevoegd.',
        '',
      ].join('\n'),
    )
  })
})
