/** The shape of the code: I/O only at the edges, and the public API pinned. */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

/** Modules that may touch the file system, processes, the network or the browser. */
const edges = [
  'build.ts',
  'cli.ts',
  'load.ts',
  'pdf.ts',
  'preview.ts',
  'scaffold.ts',
  'textconv.ts',
  'versions.ts',
]
const io =
  /from '(?:node:(?:fs|fs\/promises|child_process|http|net)|puppeteer|chokidar)'|\bprocess\.(?:env|argv|cwd|exit|stdout|stderr)/

describe('architecture', () => {
  it('keeps I/O in the edge modules; every other stage is pure', () => {
    const offenders = readdirSync(join(root, 'src'))
      .filter((name) => name.endsWith('.ts') && !edges.includes(name))
      .filter((name) => io.test(readFileSync(join(root, 'src', name), 'utf8')))
    expect(offenders).toEqual([])
  })

  it('pins the public API', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'build',
      'collectMessages',
      'compareVersions',
      'compileDecision',
      'computeFinance',
      'createJsonSchema',
      'decisionSchema',
      'diffDecision',
      'formatMoney',
      'formatReport',
      'parseAmount',
      'startPreview',
    ])
  })
})
