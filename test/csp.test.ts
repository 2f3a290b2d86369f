/**
 * The Content-Security-Policy in the HTML itself: every page of `out/`
 * carries one, a document loads nothing from elsewhere even when opened
 * outside the print step, the site's search still runs under its policy, and
 * the preview's reload script is allowed in the served copy only.
 */
import {readdir, readFile, writeFile} from 'node:fs/promises'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {allowReload, withReload} from '../src/commands/preview-script.js'
import {buildExample, exampleName, openBrowser} from './helpers.js'

const documentPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
const sitePolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'self'; base-uri 'none'; form-action 'none'"
const meta = (policy: string) =>
  `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${policy}">\n`

let outDir: string
beforeAll(async () => {
  ;({outDir} = await buildExample())
})

describe('the Content-Security-Policy', () => {
  it('is in every HTML file of out/, first in the head: documents load nothing, the site only its own script', async () => {
    const files = (await readdir(outDir, {recursive: true}))
      .filter((name) => name.endsWith('.html'))
      .sort()
    expect(files).toContain(join(exampleName, 'collegevoorstel.html'))
    expect(files).toContain(join('besluitenlijst', '2021-07-13.html'))
    expect(files).toContain(join('jaar', '2021.html'))
    for (const name of files) {
      const html = await readFile(join(outDir, name), 'utf8')
      const site = name === 'index.html' || name.startsWith('jaar')
      expect(html, name).toContain(
        '<head>\n' + meta(site ? sitePolicy : documentPolicy),
      )
      expect(html.match(/Content-Security-Policy/g), name).toHaveLength(1)
    }
  })

  it('keeps a document opened from disk from loading anything, and lets the site search', async () => {
    const requests: string[] = []
    const server = createServer((request, response) => {
      requests.push(String(request.url))
      response.end()
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const origin =
      'http://127.0.0.1:' + String((server.address() as AddressInfo).port)
    // A reference that slipped into a published page, as a tampered copy would have.
    const path = join(outDir, exampleName, 'collegevoorstel.html')
    const tampered = join(outDir, exampleName, 'gewijzigd.html')
    await writeFile(
      tampered,
      (await readFile(path, 'utf8')).replace(
        '</body>',
        `<img src="${origin}/beeld.png" alt=""><link rel="stylesheet" href="${origin}/stijl.css"><script src="${origin}/script.js"></script><script>fetch('${origin}/fetch')</script></body>`,
      ),
    )
    const browser = await openBrowser()
    try {
      const page = await browser.newPage()
      await page.goto(pathToFileURL(tampered).href, {waitUntil: 'load'})
      expect(
        await page.evaluate(() => document.fonts.check('12pt "Source Sans 3"')),
      ).toBe(true)
      await page.goto(pathToFileURL(join(outDir, 'index.html')).href)
      await page.type('#zoekterm', 'vrijwilligersvergoeding')
      await page.waitForFunction(
        () =>
          document.querySelector('#zoekresultaten a')?.textContent ===
          'Vrijwilligersvergoeding werkgroepleden Wijkperspectief Soesterkwartier (13 juli 2021)',
        {timeout: 10_000},
      )
    } finally {
      await browser.close()
      server.close()
    }
    expect(requests).toEqual([])
  })

  it('allows the preview’s reload script and its event stream in the served copy only', () => {
    expect(allowReload(sitePolicy, 'abc')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'self' 'nonce-abc'; base-uri 'none'; form-action 'none'; connect-src 'self'",
    )
    const served = withReload(
      `<head>\n${meta(documentPolicy)}</head><body></body>`,
    )
    const nonce = /<script nonce="([^"]+)">/.exec(served)?.[1]
    expect(nonce).toBeDefined()
    expect(served).toContain(
      `content="${documentPolicy}; script-src 'nonce-${nonce}'; connect-src 'self'">`,
    )
  })
})
