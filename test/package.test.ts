/**
 * What makes raadsstuk an installable package: the licence, what `npm pack`
 * includes, and a browser found without any download (puppeteer-core). The
 * install itself is tried by scripts/smoke-package.mjs (in .ci/run).
 */
import {spawnSync} from 'node:child_process'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {findBrowser, noBrowserMessage} from '../src/print/find-browser.js'
import {createPrinter} from '../src/print/pdf.js'
import {dist, root, temporaryDir} from './helpers.js'

describe('the package', () => {
  it('is EUPL-1.2, with the licence’s full text, builds before packing, and needs no browser download', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
    expect(pkg.license).toBe('EUPL-1.2')
    const licence = await readFile(join(root, 'LICENSE'), 'utf8')
    expect(licence).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/)
    for (const article of [
      '1.Definitions',
      '14.Jurisdiction',
      '15.Applicable Law',
    ])
      expect(licence).toContain(article)
    expect(licence).toContain('Appendix')
    expect(pkg.scripts.prepack).toContain(
      'tsc -p tsconfig.build.json && node scripts/bundle.mjs',
    )
    expect(pkg.files).toEqual(
      expect.arrayContaining(['dist/', 'templates/', 'schema/']),
    )
    expect(Object.keys(pkg.dependencies)).toContain('puppeteer-core')
    expect(Object.keys(pkg.dependencies)).not.toContain('puppeteer')
    expect(pkg.bin).toEqual({raadsstuk: './dist/cli.js'})
  })
})

describe('the bundled command line', () => {
  it('loads its code from a few files of dist/bundle/, nothing from node_modules, and no browser or PDF code for `check`', async () => {
    const folder = await temporaryDir()
    const log = join(folder, 'geladen.txt')
    // The entry is an ES module, the bundle CommonJS: both loaders are watched.
    const hook = `import {appendFileSync} from 'node:fs'
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(log)}, url + '\\n')
  return next(url, context)
}`
    const register = `import {register} from 'node:module'
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}))`
    const recorder = join(folder, 'recorder.cjs')
    await writeFile(
      recorder,
      `process.once('exit', () => require('node:fs').appendFileSync(${JSON.stringify(log)}, Object.keys(require.cache).map((path) => require('node:url').pathToFileURL(path).href + '\\n').join('')))`,
    )
    const result = spawnSync(
      process.execPath,
      [
        '--require',
        recorder,
        '--import',
        'data:text/javascript,' + encodeURIComponent(register),
        dist('cli.js'),
        'check',
        'content',
      ],
      {cwd: root, encoding: 'utf8'},
    )
    expect(result.stderr).toBe('geen problemen\n')
    const loaded = [
      ...new Set(
        (await readFile(log, 'utf8'))
          .split('\n')
          .filter((url) => url.startsWith('file:'))
          .map((url) => relative(root, fileURLToPath(url)))
          .filter((path) => path !== relative(root, recorder)),
      ),
    ]
    expect(loaded[0]).toBe(join('dist', 'cli.js'))
    const bundle = loaded.slice(1)
    expect(bundle.length).toBeGreaterThan(3)
    expect(bundle.length).toBeLessThan(20)
    expect(
      bundle.every((path) => path.startsWith(join('dist', 'bundle'))),
    ).toBe(true)
    const code = (
      await Promise.all(
        bundle.map((path) => readFile(join(root, path), 'utf8')),
      )
    ).join('\n')
    // The bundle names its modules' sources in region comments.
    expect(code).toContain('node_modules/zod/')
    for (const absent of ['puppeteer-core', 'pdf-lib', 'handlebars'])
      expect(code).not.toContain('node_modules/' + absent + '/')
  })
})

describe('finding a browser', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH, then a system browser, then puppeteer’s cache, a headless shell first', async () => {
    const cache = await temporaryDir()
    const empty = {PUPPETEER_CACHE_DIR: cache}
    expect(findBrowser(empty, [])).toBeUndefined()
    const chrome = join(cache, 'chrome', 'linux-131.0.0', 'chrome-linux64')
    await mkdir(chrome, {recursive: true})
    await writeFile(join(chrome, 'chrome'), '')
    expect(findBrowser(empty, [])).toBe(join(chrome, 'chrome'))
    // The headless shell, which starts faster and prints the same, comes first.
    const shell = join(
      cache,
      'chrome-headless-shell',
      'linux-131.0.0',
      'chrome-headless-shell-linux64',
    )
    await mkdir(shell, {recursive: true})
    await writeFile(join(shell, 'chrome-headless-shell'), '')
    expect(findBrowser(empty, [])).toBe(join(shell, 'chrome-headless-shell'))
    const system = join(cache, 'chromium')
    await writeFile(system, '')
    expect(findBrowser(empty, [join(cache, 'nee'), system])).toBe(system)
    expect(
      findBrowser({...empty, PUPPETEER_EXECUTABLE_PATH: '/mijn/chrome'}, [
        system,
      ]),
    ).toBe('/mijn/chrome')
  })

  it('says in Dutch how to get a browser when there is none', async () => {
    await expect(createPrinter({executablePath: ''})).rejects.toThrow(
      noBrowserMessage,
    )
    expect(noBrowserMessage).toMatch(/^geen Chrome of Chromium gevonden/)
    expect(noBrowserMessage).toContain('sudo apt-get install chromium')
    expect(noBrowserMessage).toContain('PUPPETEER_EXECUTABLE_PATH')
  })
})
