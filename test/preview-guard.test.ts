/**
 * The preview's manners: a bad address is answered 400 and the server goes
 * on, another `Host` is refused, a busy port moves to the next free one, a
 * bad `--port` is a Dutch message with exit 2, and a build that throws shows
 * on the page while the server keeps serving.
 */
import {cp} from 'node:fs/promises'
import {createServer, request} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {startPreview, type Preview} from '../src/commands/preview.js'
import {exampleDir, exampleName, run, temporaryDir} from './helpers.js'

let preview: Preview | undefined

afterEach(async () => {
  await preview?.close()
  preview = undefined
})

/** A GET with the path and Host header exactly as given. */
function get(
  url: string,
  path: string,
  host?: string,
): Promise<{status: number; body: string}> {
  const {hostname, port} = new URL(url)
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {hostname, port, path, headers: host ? {host} : {}},
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () =>
          resolve({status: response.statusCode ?? 0, body}),
        )
      },
    )
    outgoing.on('error', reject)
    outgoing.end()
  })
}

async function startExample(port = 0, notices: string[] = []) {
  const content = await temporaryDir()
  await cp(exampleDir, join(content, exampleName), {recursive: true})
  preview = await startPreview({
    contentDir: content,
    outDir: await temporaryDir(),
    port,
    onBuild: () => undefined,
    onNotice: (text) => notices.push(text),
  })
  await preview.ready
  return preview
}

describe('the preview server', () => {
  it('answers a bad escape with 400 and goes on serving', async () => {
    const {url} = await startExample()
    expect(await get(url, '/%')).toEqual({
      status: 400,
      body: 'raadsstuk preview: ongeldig adres (een % zonder twee hexadecimale cijfers erna)',
    })
    expect(await get(url, '/%E0%A4%A')).toMatchObject({status: 400})
    const index = await get(url, '/')
    expect(index.status).toBe(200)
    expect(index.body).toContain(`/${exampleName}/collegevoorstel.html`)
  })

  it('refuses a Host other than localhost or 127.0.0.1 (DNS rebinding)', async () => {
    const {url} = await startExample()
    const port = new URL(url).port
    expect(await get(url, '/', 'evil.example:' + port)).toEqual({
      status: 403,
      body: 'raadsstuk preview: alleen te bekijken op deze computer, via http://127.0.0.1 of http://localhost',
    })
    expect(
      (
        await get(
          url,
          `/${exampleName}/collegevoorstel.html`,
          'localhost:' + port,
        )
      ).status,
    ).toBe(200)
  })

  it('moves to the next free port when its port is taken, and says so', async () => {
    const blocker = createServer()
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done))
    const taken = (blocker.address() as AddressInfo).port
    const notices: string[] = []
    try {
      const {url} = await startExample(taken, notices)
      const port = Number(new URL(url).port)
      expect(port).toBeGreaterThan(taken)
      expect(notices).toEqual([
        `raadsstuk preview: poort ${taken} is bezet; de preview gebruikt poort ${port}\n`,
      ])
      expect((await get(url, '/')).status).toBe(200)
    } finally {
      await new Promise<void>((done) => blocker.close(() => done()))
    }
  })

  it('shows a build that throws on the page and keeps serving', async () => {
    const outDir = await temporaryDir()
    const reports: string[] = []
    preview = await startPreview({
      contentDir: join(outDir, 'bestaat-niet'),
      outDir,
      port: 0,
      onBuild: (report) => reports.push(report),
    })
    const result = await preview.ready
    expect(result.failed).toBe(true)
    expect(reports).toEqual([
      'raadsstuk preview: de besluiten konden niet worden gemaakt: de map met besluiten `' +
        join(outDir, 'bestaat-niet') +
        '` bestaat niet of is geen map\n',
    ])
    const index = await get(preview.url, '/')
    expect(index.status).toBe(200)
    expect(index.body).toContain(
      '<pre role="alert">raadsstuk preview: de besluiten konden niet worden gemaakt',
    )
  })

  it('refuses a --port that is no port number with a Dutch message and exit 2', async () => {
    const {code, stderr} = await run(['preview', '--port', 'abc'])
    expect(code).toBe(2)
    expect(stderr.split('\n')[0]).toBe(
      'raadsstuk: `--port abc` is geen poortnummer: kies een getal van 1 tot en met 65535, zoals `--port 4321`',
    )
  })
})
