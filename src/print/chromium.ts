/**
 * Starting the Chromium process and connecting puppeteer to it. raadsstuk
 * spawns the browser itself, over `--remote-debugging-pipe`, at once and
 * without puppeteer: puppeteer's launcher would first load itself and the
 * code to download browsers (about 0,25 s of CPU), and only then start the
 * browser. puppeteer's browser-side entry, which can only connect, then
 * loads while Chromium comes up.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import type {Readable, Writable} from 'node:stream'
import type {Browser} from 'puppeteer-core'
import {PipeTransport} from './pipe-transport.js'

/** Flags for a headless server: no sandbox as root, no GPU, and no reaching for the network. */
export const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--font-render-hinting=none',
]

/**
 * Everything Chromium is started with: puppeteer's defaults (those of
 * `puppeteer.defaultArgs()` in puppeteer-core 24, which test/browser.test.ts
 * holds this list to: tagged PDFs, the outline, sRGB colours among them),
 * then the server flags, the profile and the pipe.
 */
export function chromiumArgs(profile: string): string[] {
  return [
    '--allow-pre-commit-input',
    '--disable-background-networking',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    '--disable-breakpad',
    '--disable-client-side-phishing-detection',
    '--disable-component-extensions-with-background-pages',
    '--disable-crash-reporter',
    '--disable-default-apps',
    '--disable-dev-shm-usage',
    '--disable-hang-monitor',
    '--disable-infobars',
    '--disable-ipc-flooding-protection',
    '--disable-popup-blocking',
    '--disable-prompt-on-repost',
    '--disable-renderer-backgrounding',
    '--disable-search-engine-choice-screen',
    '--disable-sync',
    '--enable-automation',
    '--export-tagged-pdf',
    '--force-color-profile=srgb',
    '--generate-pdf-document-outline',
    '--metrics-recording-only',
    '--no-first-run',
    '--password-store=basic',
    '--use-mock-keychain',
    '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
    '--enable-features=PdfOopif',
    '--user-data-dir=' + profile,
    '--headless=new',
    '--hide-scrollbars',
    '--mute-audio',
    '--disable-extensions',
    'about:blank',
    ...launchArgs,
    '--remote-debugging-pipe',
  ]
}

/** A Chromium process just spawned. */
export interface Spawned {
  readonly child: ChildProcess
  /** Resolves when the process has exited (at once if it never started). */
  readonly exited: Promise<void>
  /** Rejects, with the end of what the browser wrote on stderr, when the process ends or cannot start. */
  readonly ended: Promise<never>
}

/** Spawn `executablePath` with `args` (which must include `--remote-debugging-pipe`). */
export function spawnChromium(
  executablePath: string,
  args: readonly string[],
): Spawned {
  const child = spawn(executablePath, args, {
    // As puppeteer: its own process group, so a Ctrl-C reaches raadsstuk, which then closes it.
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  })
  // The last lines the browser wrote, to say why a start failed. Reading
  // stderr also keeps a chatty browser from blocking on a full pipe.
  let said = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    said = (said + chunk.toString('utf8')).slice(-2000)
  })
  let started = true
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.once('error', () => {
      started = false
      resolve()
    })
  })
  const ended = exited.then((): never => {
    throw new Error(
      started
        ? 'Chromium stopte tijdens het starten' +
            (said.trim() ? ': ' + said.trim() : '')
        : 'Chromium kon niet worden gestart (`' + executablePath + '`)',
    )
  })
  ended.catch(() => undefined)
  return {child, exited, ended}
}

/** Connect puppeteer to a spawned browser over its pipe, within `launch` ms. */
export async function connectOver(
  spawned: Spawned,
  timeout: number,
  launch: number,
): Promise<Browser> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      (async () => {
        const {connect} =
          await import('puppeteer-core/internal/puppeteer-core-browser.js')
        const stdio = spawned.child.stdio
        const browser = await connect({
          transport: new PipeTransport(
            stdio[3] as Writable,
            stdio[4] as Readable,
          ),
          protocolTimeout: timeout + 1000,
          // puppeteer.launch's default; the documents set their own page size.
          defaultViewport: {width: 800, height: 600},
        })
        // The same class as the main entry's, declared twice in puppeteer's types.
        return browser as unknown as Browser
      })(),
      spawned.ended,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                'Chromium startte niet binnen ' +
                  String(launch / 1000).replace('.', ',') +
                  ' s',
              ),
            ),
          launch,
        )
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Launch with puppeteer's own launcher and a WebSocket endpoint, which other
 * processes (the tests' workers) can connect to.
 */
export async function launchOverSocket(
  executablePath: string,
  args: readonly string[],
  profile: string,
  timeout: number,
  launch: number,
): Promise<Browser> {
  const {default: puppeteer} = await import('puppeteer-core')
  return puppeteer.launch({
    headless: true,
    args: [...args],
    pipe: false,
    userDataDir: profile,
    timeout: launch,
    protocolTimeout: timeout + 1000,
    executablePath,
  })
}
