/**
 * What makes raadsstuk an installable package: the licence, what `npm pack`
 * includes, and a browser found without any download (puppeteer-core). The
 * install itself is tried by scripts/smoke-package.mjs (in .ci/run).
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {findBrowser, noBrowserMessage} from '../src/print/find-browser.js'
import {createPrinter} from '../src/print/pdf.js'
import {root, temporaryDir} from './helpers.js'

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
    expect(pkg.scripts.prepack).toContain('tsc -p tsconfig.build.json')
    expect(pkg.files).toEqual(
      expect.arrayContaining(['dist/', 'templates/', 'schema/']),
    )
    expect(Object.keys(pkg.dependencies)).toContain('puppeteer-core')
    expect(Object.keys(pkg.dependencies)).not.toContain('puppeteer')
    expect(pkg.bin).toEqual({raadsstuk: './dist/cli.js'})
  })
})

describe('finding a browser', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH, then a system browser, then puppeteer’s cache', async () => {
    const cache = await temporaryDir()
    const empty = {PUPPETEER_CACHE_DIR: cache}
    expect(findBrowser(empty, [])).toBeUndefined()
    const chrome = join(cache, 'chrome', 'linux-131.0.0', 'chrome-linux64')
    await mkdir(chrome, {recursive: true})
    await writeFile(join(chrome, 'chrome'), '')
    expect(findBrowser(empty, [])).toBe(join(chrome, 'chrome'))
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
