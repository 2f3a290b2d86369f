/**
 * The print step under attack and failure: it fetches nothing beyond the
 * document, a hostile title cannot hide the finance table, a stopped browser
 * ends the build within its timeouts with one problem, and a killed build
 * leaves no browser behind.
 */
import {execFileSync, spawn} from 'node:child_process'
import {cp, readdir, readFile, writeFile} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build} from '../src/commands/build.js'
import {profilePrefix} from '../src/print/browser.js'
import {createPrinter, type Printer} from '../src/print/pdf.js'
import {
  dist,
  exampleDir,
  exampleName,
  readPdf,
  sharedPrinter,
  temporaryDir,
} from './helpers.js'

let server: Server
let requests: string[] = []
let origin = ''
let printer: Printer

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(String(request.url))
    response.writeHead(200, {'content-type': 'image/png'}).end()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  origin = 'http://127.0.0.1:' + (server.address() as AddressInfo).port
  printer = await sharedPrinter()
}, 120_000)

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((done) => server.close(() => done()))
}, 120_000)

const metadata = {
  title: 't',
  author: 'a',
  subject: 's',
  keywords: [],
  date: new Date('2021-07-13T00:00:00Z'),
}

/** A content folder with copies of the example, the source changed by `edit`. */
async function contentWith(
  names: readonly string[],
  edit: (source: string) => string = (source) => source,
): Promise<string> {
  const content = await temporaryDir()
  for (const name of names) {
    await cp(exampleDir, join(content, name), {recursive: true})
    const path = join(content, name, 'besluit.yaml')
    await writeFile(path, edit(await readFile(path, 'utf8')))
  }
  return content
}

/** Child processes of `pid`. */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], {encoding: 'utf8'})
      .split('\n')
      .filter(Boolean)
      .map(Number)
  } catch {
    // pgrep exits with 1 when there are none.
    return []
  }
}

/** Child processes of `pid` whose command is Chromium. */
function browsersOf(pid: number): number[] {
  return childrenOf(pid).filter((child) => {
    try {
      const stat = execFileSync('cat', [`/proc/${child}/stat`], {
        encoding: 'utf8',
      })
      return /\(chrom/.test(stat) && !/\) Z /.test(stat)
    } catch {
      return false
    }
  })
}

/** Wait up to 10 s for `pids` to end and `profiles` to be empty; what is left. */
async function gone(
  pids: readonly number[],
  profiles: () => Promise<string[]>,
): Promise<{running: number[]; profiles: string[]}> {
  for (let tries = 0; tries < 200; tries++) {
    const left = {running: pids.filter(isRunning), profiles: await profiles()}
    if (left.running.length === 0 && left.profiles.length === 0) return left
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {running: pids.filter(isRunning), profiles: await profiles()}
}

/** Whether `pid` runs (a zombie waiting to be reaped does not). */
function isRunning(pid: number): boolean {
  try {
    const stat = execFileSync('cat', [`/proc/${pid}/stat`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    return !/\) Z /.test(stat)
  } catch {
    return false
  }
}

describe('the print step', () => {
  it('loads nothing from the network or the file system beyond the document', async () => {
    requests = []
    const html = `<!doctype html><html><head>
<link rel="stylesheet" href="${origin}/style.css">
<style>@import url(${origin}/import.css); body { background: url(${origin}/background.png) }</style>
</head><body><p>Tekst</p>
<img src="${origin}/image.png"><img src="file:///etc/passwd">
<svg><image href="${origin}/svg.png" width="10" height="10"/></svg>
<iframe src="${origin}/frame.html"></iframe>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
</body></html>`
    const pdf = await printer.print(html, metadata)
    expect(pdf.length).toBeGreaterThan(1000)
    expect(requests).toEqual([])
  })

  it('a hostile title cannot hide the finance table or fetch anything', async () => {
    requests = []
    const attack = `"Proef\\"; }} td { visibility: hidden } body { background: url(${origin}/x) } p { content: \\""`
    const plain = await contentWith([exampleName])
    const hostile = await contentWith([exampleName], (source) =>
      source.replace(/^onderwerp: .*$/m, 'onderwerp: ' + attack),
    )
    const [good, bad] = [await temporaryDir(), await temporaryDir()]
    for (const [content, outDir] of [
      [plain, good],
      [hostile, bad],
    ] as const) {
      const result = await build({contentDir: content, outDir, printer})
      expect(result.failed).toBe(false)
    }
    const count = async (outDir: string) => {
      const {text} = await readPdf(
        join(outDir, exampleName, 'collegevoorstel.pdf'),
      )
      return text.split('7.200').length - 1
    }
    expect(await count(good)).toBeGreaterThanOrEqual(5)
    expect(await count(bad)).toBe(await count(good))
    const html = await readFile(
      join(bad, exampleName, 'collegevoorstel.html'),
      'utf8',
    )
    expect(html).toContain('Proef\\22 ; }} td { visibility: hidden }')
    expect(requests).toEqual([])
  })

  it('a stopped browser ends the build within its timeouts, with one problem', async () => {
    const names = ['a-besluit', 'b-besluit', 'c-besluit']
    const content = await contentWith(names)
    const outDir = await temporaryDir()
    const others = new Set(browsersOf(process.pid))
    const ours = () => browsersOf(process.pid).filter((pid) => !others.has(pid))
    const stopping = await createPrinter({timeout: 1500, pages: 1})
    // Every browser this printer starts is stopped as soon as it is seen.
    const stopper = setInterval(() => {
      for (const pid of ours()) process.kill(pid, 'SIGSTOP')
    }, 20)
    const started = Date.now()
    try {
      const result = await build({
        contentDir: content,
        outDir,
        printer: stopping,
      })
      const messages = result.files.flatMap((file) => file.messages)
      expect(messages.map((message) => message.ruleId)).toEqual(['pdf-failed'])
      expect(String(messages[0]?.reason), String(messages[0]?.reason)).toMatch(
        /^de PDF `collegevoorstel.pdf` van besluit `a-besluit` kon niet worden gemaakt: Chromium werkt niet (\(ook niet na opnieuw starten\): |meer \()Chromium antwoordde niet binnen 1,5 s/,
      )
      expect(result.failed).toBe(true)
      expect(result.unprinted).toEqual(names)
      expect(await readdir(outDir)).toEqual([])
    } finally {
      clearInterval(stopper)
      await stopping.close()
    }
    // Two steps of 1.5 s, a restart and the kills; far from puppeteer's 180 s even on a busy machine.
    expect(Date.now() - started).toBeLessThan(45_000)
    expect(ours()).toEqual([])
  }, 90_000)

  it('a build killed with SIGKILL leaves no browser and no profile folder', async () => {
    const content = await contentWith(['a-besluit', 'b-besluit', 'c-besluit'])
    const outDir = await temporaryDir()
    const child = spawn(
      process.execPath,
      [dist('cli.js'), 'build', content, '--out', outDir],
      {stdio: 'ignore'},
    )
    let browsers: number[] = []
    for (let tries = 0; tries < 300 && browsers.length === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      browsers = browsersOf(child.pid ?? 0)
    }
    expect(browsers.length).toBe(1)
    const profiles = async () =>
      (await readdir(tmpdir())).filter((name) =>
        name.startsWith(profilePrefix + child.pid + '-'),
      )
    expect((await profiles()).length).toBe(1)
    const descendants = browsers.flatMap((pid) => childrenOf(pid))
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    expect(await gone([...browsers, ...descendants], profiles)).toEqual({
      running: [],
      profiles: [],
    })
  })

  it('a browser with a WebSocket endpoint dies with its process too, SIGKILL included', async () => {
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const {launchBrowser} = await import(${JSON.stringify(dist('print', 'pdf.js'))})
await launchBrowser()
console.log('gestart')
setInterval(() => undefined, 1000)`,
      ],
      {stdio: ['ignore', 'pipe', 'inherit']},
    )
    await new Promise((resolve) => child.stdout.once('data', resolve))
    const browsers = browsersOf(child.pid ?? 0)
    expect(browsers.length).toBe(1)
    const descendants = browsers.flatMap((pid) => childrenOf(pid))
    const profiles = async () =>
      (await readdir(tmpdir())).filter((name) =>
        name.startsWith(profilePrefix + child.pid + '-'),
      )
    expect((await profiles()).length).toBe(1)
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    expect(await gone([...browsers, ...descendants], profiles)).toEqual({
      running: [],
      profiles: [],
    })
  })
})
