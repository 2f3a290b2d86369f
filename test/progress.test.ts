/** What a build says: a progress line on a terminal, always a summary, colour only where it belongs; and a build split in shards. */
import {cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../src/commands/build.js'
import {
  createProgress,
  formatSummary,
  useColour,
} from '../src/commands/progress.js'
import {exampleDir, run, temporaryDir} from './helpers.js'

async function content(count: number): Promise<string> {
  const folder = await temporaryDir()
  for (let index = 1; index <= count; index++) {
    const name = 'besluit-' + index
    await cp(exampleDir, join(folder, name), {recursive: true})
    const path = join(folder, name, 'besluit.yaml')
    await writeFile(
      path,
      (await readFile(path, 'utf8')).replace(
        /^onderwerp: (.*)$/m,
        `onderwerp: $1 (${index})`,
      ),
    )
  }
  return folder
}

describe('progress and summary', () => {
  it('ends a build with a Dutch summary, and counts the unchanged besluiten the second time', async () => {
    const folder = await content(3)
    const out = await temporaryDir()
    const first = await run(['build', folder, '--out', out, '--no-pdf'])
    expect(first.code).toBe(0)
    expect(first.stderr).toMatch(
      /^3 besluiten, 7 documenten in \d+,\d s; 0 ongewijzigd, 0 fouten\n$/,
    )
    const second = await run(['build', folder, '--out', out, '--no-pdf'])
    expect(second.stderr).toMatch(
      /^3 besluiten, 0 documenten in \d+,\d s; 3 ongewijzigd \(--force maakt alles opnieuw\), 0 fouten\n$/,
    )
  })

  it('shows "besluit N van M" on a terminal only, and clears the line', async () => {
    const written: string[] = []
    const terminal = createProgress({
      isTTY: true,
      write: (text: string) => written.push(text),
    })
    const folder = await content(2)
    await build({
      contentDir: folder,
      outDir: await temporaryDir(),
      pdf: false,
      onProgress: terminal.onProgress,
    })
    terminal.clear()
    // The count goes up; the names come in the order the besluiten are done.
    expect(written.map((line) => line.split(':')[0])).toEqual([
      '\r\u001B[Kbesluit 1 van 2',
      '\r\u001B[Kbesluit 2 van 2',
      '\r\u001B[K',
    ])
    expect(written.map((line) => line.split(': ')[1]).sort()).toEqual([
      'besluit-1',
      'besluit-2',
      undefined,
    ])
    const piped: string[] = []
    const pipe = createProgress({write: (text: string) => piped.push(text)})
    pipe.onProgress(1, 2, 'besluit-1')
    pipe.clear()
    expect(piped).toEqual([])
  })

  it('colours on a terminal, never with NO_COLOR or into a pipe', () => {
    expect(useColour({isTTY: true, write: () => 0}, {})).toBe(true)
    expect(useColour({isTTY: true, write: () => 0}, {NO_COLOR: ''})).toBe(false)
    expect(useColour({write: () => 0}, {})).toBe(false)
    const result = {
      besluiten: [],
      files: [],
      records: [],
      site: [],
      failed: false,
    }
    expect(formatSummary(result, 4.06, true)).toBe(
      '0 besluiten, 0 documenten in 4,1 s; 0 ongewijzigd, \u001B[32m0 fouten\u001B[39m\n',
    )
    expect(formatSummary(result, 4.06, false)).toBe(
      '0 besluiten, 0 documenten in 4,1 s; 0 ongewijzigd, 0 fouten\n',
    )
  })
})

describe('--shard i/n', () => {
  it('builds its part of the besluiten, with the index of all of them in every shard', async () => {
    const folder = await content(3)
    const outs = [await temporaryDir(), await temporaryDir()]
    const results = await Promise.all(
      outs.map((outDir, index) =>
        build({
          contentDir: folder,
          outDir,
          pdf: false,
          shard: {index: index + 1, count: 2},
        }),
      ),
    )
    expect(
      results.map((result) => result.besluiten.map((besluit) => besluit.name)),
    ).toEqual([['besluit-1', 'besluit-3'], ['besluit-2']])
    const [one, two] = await Promise.all(
      outs.map((outDir) => readFile(join(outDir, 'index.html'), 'utf8')),
    )
    expect(one).toBe(two)
    for (const index of [1, 2, 3])
      expect(one).toContain(`href="besluit-${index}/collegevoorstel.html"`)
  })

  it('refuses a part that does not exist', async () => {
    const result = await run(['build', 'content', '--shard', '3/2'])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toBe(
      'raadsstuk: `--shard 3/2` is geen deel: schrijf i/n met 1 ≤ i ≤ n, zoals `--shard 2/4`',
    )
  })
})
