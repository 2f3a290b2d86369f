/** The live preview: serves the documents, rebuilds on save, shows problems without losing the last good page. */
import {cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {startPreview, type Preview} from '../src/commands/preview.js'
import {exampleDir, exampleName, openBrowser, temporaryDir} from './helpers.js'

let preview: Preview | undefined

afterEach(async () => {
  await preview?.close()
  preview = undefined
})

/** Wait until `predicate` holds, polling; fails after `timeout` ms. */
async function until(
  predicate: () => Promise<boolean>,
  timeout = 20_000,
): Promise<void> {
  const end = Date.now() + timeout
  while (!(await predicate())) {
    if (Date.now() > end) throw new Error('Timed out waiting for the preview')
    await new Promise((done) => setTimeout(done, 100))
  }
}

describe('raadsstuk preview', () => {
  it('serves the documents and rebuilds them when a source is saved', async () => {
    const content = await temporaryDir()
    await cp(exampleDir, join(content, exampleName), {recursive: true})
    const reports: string[] = []
    preview = await startPreview({
      contentDir: content,
      outDir: await temporaryDir(),
      port: 0,
      onBuild: (report) => reports.push(report),
    })
    await preview.ready
    const index = await (await fetch(preview.url)).text()
    expect(index).toContain(`/${exampleName}/collegevoorstel.html`)
    const page = () =>
      fetch(preview!.url + exampleName + '/collegevoorstel.html').then(
        (response) => response.text(),
      )
    expect(await page()).toContain("new EventSource('/__raadsstuk/events')")

    const events = await fetch(preview.url + '__raadsstuk/events')
    const reader = events.body!.getReader()
    let received = ''
    void (async () => {
      for (;;) {
        const {value, done} = await reader.read()
        if (done) break
        received += new TextDecoder().decode(value)
      }
    })()

    const source = join(content, exampleName, 'besluit.yaml')
    const good = await readFile(source, 'utf8')
    await writeFile(
      source,
      good.replace('Bij wijze van experiment een', 'Bij wijze van proef een'),
    )
    await until(async () => (await page()).includes('Bij wijze van proef een'))
    await until(async () => received.includes('event: reload'))

    await writeFile(
      source,
      good.replace('    van: 2021-03\n', '    van: 2021-13\n'),
    )
    await until(async () => received.includes('event: problems'))
    expect(received).toContain(`besluit.yaml:223:10: error: `)
    expect(await page()).toContain('Bij wijze van proef een')
    expect(reports.at(-1)).toContain('1 fout')
    await reader.cancel()
  })

  it('reloads an open page in the browser on save, and shows problems there, under the page’s own policy', async () => {
    const content = await temporaryDir()
    await cp(exampleDir, join(content, exampleName), {recursive: true})
    preview = await startPreview({
      contentDir: content,
      outDir: await temporaryDir(),
      port: 0,
    })
    await preview.ready
    const browser = await openBrowser()
    try {
      const page = await browser.newPage()
      const refused: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy/.test(message.text()))
          refused.push(message.text())
      })
      const connected = new Promise((done) =>
        page.on('request', (request) => {
          if (request.url().endsWith('/__raadsstuk/events')) done(undefined)
        }),
      )
      await page.goto(preview.url + exampleName + '/collegevoorstel.html')
      // Connected: the reload script ran and opened its event stream.
      await connected
      await page.evaluate(() => {
        ;(window as unknown as {oud: boolean}).oud = true
      })
      const source = join(content, exampleName, 'besluit.yaml')
      const good = await readFile(source, 'utf8')
      await writeFile(
        source,
        good.replace('Bij wijze van experiment een', 'Bij wijze van proef een'),
      )
      await page.waitForFunction(
        () =>
          !(window as unknown as {oud?: boolean}).oud &&
          document.body.innerText.includes('Bij wijze van proef een'),
        {timeout: 30_000},
      )
      await writeFile(
        source,
        good.replace('    van: 2021-03\n', '    van: 2021-13\n'),
      )
      await page.waitForSelector('#raadsstuk-problemen', {timeout: 30_000})
      expect(
        await page.$eval('#raadsstuk-problemen', (box) => box.textContent),
      ).toContain('besluit.yaml:223:10: error: ')
      expect(refused).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('serves nothing outside the output folder', async () => {
    const content = await temporaryDir()
    await cp(exampleDir, join(content, exampleName), {recursive: true})
    preview = await startPreview({
      contentDir: content,
      outDir: await temporaryDir(),
      port: 0,
      onBuild: () => undefined,
    })
    await preview.ready
    const response = await fetch(preview.url + '..%2F..%2Fetc%2Fpasswd')
    expect([403, 404]).toContain(response.status)
  })
})
