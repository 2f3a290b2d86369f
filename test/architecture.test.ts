/** The shape of the code: the folders are the pipeline, I/O only at the edges, and the public API pinned. */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

const src = join(root, 'src')

/** The stages in pipeline order, then what stands around them. */
const folders = [
  'parse',
  'check',
  'compute',
  'render',
  'print',
  'diff',
  'commands',
  'io',
  'messages',
  'nl',
]

/** Folders and top-level files that may touch the file system, processes, the network or the browser. */
const edges = ['io/', 'print/', 'commands/', 'cli.ts']
const io =
  /from '(?:node:(?:fs|fs\/promises|child_process|http|net)|puppeteer|puppeteer-core|chokidar|pdf-lib)'|\bprocess\.(?:env|argv|cwd|exit|stdout|stderr|on|kill)\b/

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory()
      ? sources(path)
      : name.endsWith('.ts')
        ? [relative(src, path).split('\\').join('/')]
        : []
  })
}

describe('architecture', () => {
  it('has one folder per stage, and only cli.ts, compile.ts and index.ts beside them', () => {
    const entries = readdirSync(src)
    expect(
      entries.filter((name) => statSync(join(src, name)).isDirectory()).sort(),
    ).toEqual([...folders].sort())
    expect(entries.filter((name) => name.endsWith('.ts')).sort()).toEqual([
      'cli.ts',
      'compile.ts',
      'index.ts',
    ])
  })

  it('keeps I/O in io/, print/, commands/ and cli.ts; every other stage is pure', () => {
    const offenders = sources(src)
      .filter((path) => !edges.some((edge) => path.startsWith(edge)))
      .filter((path) => io.test(readFileSync(join(src, path), 'utf8')))
    expect(offenders).toEqual([])
  })

  it('lets no stage import a later one: parse, check and compute know nothing of render, print or commands', () => {
    const early = ['parse/', 'check/', 'compute/', 'nl/', 'messages/']
    const late = /from '\.\.\/(?:render|print|commands|diff|io)\//
    const offenders = sources(src)
      .filter((path) => early.some((stage) => path.startsWith(stage)))
      .filter((path) => late.test(readFileSync(join(src, path), 'utf8')))
    expect(offenders).toEqual([])
  })

  it('keeps the pure pipeline (compile.ts and render/) free of print, io and commands, types included', () => {
    const offenders = sources(src)
      .filter((path) => path === 'compile.ts' || path.startsWith('render/'))
      .filter((path) =>
        /from '\.\.?\/(?:print|commands|io)\//.test(
          readFileSync(join(src, path), 'utf8'),
        ),
      )
    expect(offenders).toEqual([])
  })

  it('keeps index.ts to re-exports only', () => {
    const lines = readFileSync(join(src, 'index.ts'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !/^\s*(\/\/|\/\*|\*)/.test(line))
    expect(
      lines.filter((line) => !/^export |^\s+\w+,?$|^\} from /.test(line)),
    ).toEqual([])
  })

  it('names every module of src/ in the README’s tree, on the lines of its folder', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const tree = /^```\nsrc\/\n([\s\S]*?)^```$/m.exec(readme)?.[1] ?? ''
    // A folder's lines: its own, and the indented ones under it.
    const lines = new Map<string, string>()
    let folder = ''
    for (const line of tree.split('\n')) {
      folder = /^ {2}(\w+)\/ /.exec(line)?.[1] ?? folder
      lines.set(folder, (lines.get(folder) ?? '') + line + '\n')
    }
    const missing = sources(src)
      .filter((path) => path.includes('/'))
      .filter((path) => {
        const [dir = '', file = ''] = path.split('/')
        const name = file.replace(/\.ts$/, '')
        return !new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(
          lines.get(dir) ?? '',
        )
      })
    expect(missing).toEqual([])
  })

  it('pins the public API', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'besluitSchema',
      'build',
      'collectMessages',
      'compareVersions',
      'compileBesluit',
      'computeFinance',
      'createJsonSchema',
      'diffBesluit',
      'formatMoney',
      'formatReport',
      'parseAmount',
      'startPreview',
    ])
  })
})
