/**
 * The browser raadsstuk starts itself: with puppeteer's own flags, over a
 * pipe whose messages arrive whole however the bytes are cut, and gone with
 * its profile folder once closed.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {readdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {PassThrough} from 'node:stream'
import puppeteer from 'puppeteer-core'
import {describe, expect, it} from 'vitest'
import {profilePrefix, startAhead, startBrowser} from '../src/print/browser.js'
import {chromiumArgs, launchArgs} from '../src/print/chromium.js'
import {PipeTransport} from '../src/print/pipe-transport.js'

describe('the browser', () => {
  it('starts with what puppeteer.launch would give it, and the server flags', () => {
    const profile = '/tmp/profiel'
    expect(chromiumArgs(profile)).toEqual([
      ...puppeteer.defaultArgs({
        headless: true,
        args: [...launchArgs],
        userDataDir: profile,
      }),
      '--remote-debugging-pipe',
    ])
  })

  it('reads the messages of the pipe whole, however the bytes are cut', async () => {
    const toBrowser = new PassThrough()
    const fromBrowser = new PassThrough()
    const transport = new PipeTransport(toBrowser, fromBrowser)
    const received: string[] = []
    transport.onmessage = (message) => received.push(message)
    let closed = false
    transport.onclose = () => (closed = true)
    const bytes = Buffer.from('{"id":1}\0{"é":"ë"}\0{"id":3}\0')
    // Cut inside the first message, inside the two-byte é, and just after a NUL.
    for (const [start, end] of [
      [0, 3],
      [3, 12],
      [12, 19],
      [19, bytes.length],
    ])
      fromBrowser.write(bytes.subarray(start, end))
    transport.send('{"id":2}')
    fromBrowser.end()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(received).toEqual(['{"id":1}', '{"é":"ë"}', '{"id":3}'])
    expect(String(toBrowser.read())).toBe('{"id":2}\0')
    expect(closed).toBe(true)
  })

  it('tells puppeteer of a pipe that closed before it listened (a browser that never started)', async () => {
    const fromBrowser = new PassThrough()
    fromBrowser.destroy()
    await new Promise((resolve) => setImmediate(resolve))
    const transport = new PipeTransport(new PassThrough(), fromBrowser)
    const closed = new Promise<boolean>((resolve) => {
      transport.onclose = () => resolve(true)
      setTimeout(() => resolve(false), 1000)
    })
    expect(await closed).toBe(true)
  })

  it('prints over its pipe, and once closed its process and profile are gone', async () => {
    const [profilesBefore, browsersBefore] = [await profiles(), browsers()]
    const handle = await startBrowser({timeout: 30_000})
    const started = browsers().filter((pid) => !browsersBefore.includes(pid))
    expect(started.length).toBe(1)
    expect((await profiles()).length).toBe(profilesBefore.length + 1)
    const page = await handle.browser.newPage()
    await page.setContent('<p>Raadsvoorstel</p>')
    const pdf = await page.pdf({tagged: true})
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-')
    await handle.close()
    expect(handle.browser.connected).toBe(false)
    expect(browsers()).toEqual(browsersBefore)
    expect(await profiles()).toEqual(profilesBefore)
  })

  it('started ahead, is taken over by the next start; not taken, it is ended with its profile', async () => {
    const [profilesBefore, browsersBefore] = [await profiles(), browsers()]
    const end = startAhead()
    const early = browsers().filter((pid) => !browsersBefore.includes(pid))
    expect(early.length).toBe(1)
    const handle = await startBrowser({timeout: 30_000})
    // The same process, no second one.
    expect(browsers().filter((pid) => !browsersBefore.includes(pid))).toEqual(
      early,
    )
    expect((await profiles()).length).toBe(profilesBefore.length + 1)
    const page = await handle.browser.newPage()
    await page.setContent('<p>Besluit</p>')
    expect(await page.evaluate(() => document.body.textContent)).toBe('Besluit')
    await end()
    expect(handle.browser.connected).toBe(true)
    await handle.close()
    expect(browsers()).toEqual(browsersBefore)

    const unused = startAhead()
    expect(browsers().length).toBe(browsersBefore.length + 1)
    await unused()
    expect(browsers()).toEqual(browsersBefore)
    expect(await profiles()).toEqual(profilesBefore)
  })

  it('says in Dutch when the browser cannot be started, and leaves no profile', async () => {
    const before = await profiles()
    await expect(
      startBrowser({executablePath: '/geen/chromium', timeout: 5000}),
    ).rejects.toThrow('Chromium kon niet worden gestart (`/geen/chromium`)')
    expect(await profiles()).toEqual(before)
  })
})

/** The profile folders of browsers started by this process. */
async function profiles(): Promise<string[]> {
  return (await readdir(tmpdir()))
    .filter((name) => name.startsWith(profilePrefix + process.pid + '-'))
    .sort()
}

/** The running Chromium processes started by this process. */
function browsers(): number[] {
  let children: string
  try {
    children = execFileSync('pgrep', ['-P', String(process.pid)], {
      encoding: 'utf8',
    })
  } catch {
    // pgrep exits with 1 when there are none.
    return []
  }
  return children
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        return /\(chrom/.test(stat) && !/\) Z /.test(stat)
      } catch {
        return false
      }
    })
}
