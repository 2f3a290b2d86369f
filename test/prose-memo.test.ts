/**
 * Markdown parsed before (check/prose.ts `ProseMemo`, kept between runs of
 * `check` by io/prose-cache.ts): a text parsed once is not parsed again, and
 * the checks on it report what they report on a fresh parse, though they
 * change the tree (raw HTML dropped, placeholders filled in).
 */
import type {Root} from 'mdast'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {ProseMemo} from '../src/check/prose.js'
import {compileBesluit} from '../src/compile.js'
import {loadBesluit} from '../src/io/load.js'
import {openStoredProse} from '../src/io/prose-cache.js'
import {collectMessages} from '../src/messages/report.js'
import {root, temporaryDir} from './helpers.js'

const fixture = (name: string) =>
  join(root, 'test', 'fixtures', 'invalid', name)

/** A memo in memory that counts what it is asked. */
function countingMemo() {
  const trees = new Map<string, Root>()
  const counts = {hits: 0, parsed: 0}
  const memo: ProseMemo = {
    get(text) {
      const tree = trees.get(text)
      if (tree) counts.hits++
      return tree && structuredClone(tree)
    },
    set(text, tree) {
      counts.parsed++
      trees.set(text, structuredClone(tree))
    },
  }
  return {memo, counts}
}

/** The messages of checking the besluit in `folder`, read afresh. */
async function check(folder: string, proseMemo?: ProseMemo) {
  const result = compileBesluit(await loadBesluit(folder), undefined, {
    proseMemo,
  })
  return collectMessages(result.files, {cwd: folder})
}

describe('Markdown parsed before', () => {
  for (const name of ['script-in-prose', 'arithmetic-false'])
    it(`is not parsed again, and checked as a fresh parse is: ${name}`, async () => {
      const fresh = await check(fixture(name))
      expect(fresh.length).toBe(2)
      const {memo, counts} = countingMemo()
      expect(await check(fixture(name), memo)).toEqual(fresh)
      expect(counts.hits).toBe(0)
      const parsed = counts.parsed
      expect(parsed).toBeGreaterThan(3)
      expect(await check(fixture(name), memo)).toEqual(fresh)
      expect(await check(fixture(name), memo)).toEqual(fresh)
      expect(counts).toEqual({hits: 2 * parsed, parsed})
    })

  it('is kept between runs with the texts of the last run, for the same code only', async () => {
    const folder = await temporaryDir()
    const path = join(fixture('script-in-prose'), 'besluit.yaml')
    const fresh = await check(fixture('script-in-prose'))
    const first = openStoredProse(folder, 'code-1', path)
    expect(await check(fixture('script-in-prose'), first)).toEqual(fresh)
    first.save()

    const second = openStoredProse(folder, 'code-1', path)
    const {memo, counts} = countingMemo()
    // Through the stored memo first; what it lacks would be parsed and counted.
    const both: ProseMemo = {
      get: (text) => second.get(text) ?? memo.get(text),
      set: (text, tree) => {
        second.set(text, tree)
        memo.set(text, tree)
      },
    }
    expect(await check(fixture('script-in-prose'), both)).toEqual(fresh)
    expect(counts.parsed).toBe(0)
    // The stored tree is the parse of the text, and each get is one's own.
    const text = 'Een *tekst* met <b>HTML</b>.'
    second.set(text, {type: 'root', children: []})
    const own = second.get(text)
    expect(own).toEqual({type: 'root', children: []})
    own?.children.push({type: 'thematicBreak'})
    expect(second.get(text)).toEqual({type: 'root', children: []})
    second.save()
    expect(openStoredProse(folder, 'code-1', path).get(text)).toEqual({
      type: 'root',
      children: [],
    })
    // Other code: nothing stored is used.
    expect(openStoredProse(folder, 'code-2', path).get(text)).toBeUndefined()
  })
})
