/**
 * I/O at the end: HTML to PDF through one headless Chromium per build, with a
 * small pool of reused pages. Every wait has a timeout.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import puppeteer, {type Browser, type Page} from 'puppeteer'

/** Options of {@link createPrinter}. */
export interface Options {
  /** Path of the browser (default: `PUPPETEER_EXECUTABLE_PATH`, a system Chromium, or puppeteer's own). */
  readonly executablePath?: string | undefined
  /** Pages printing at once (default: the number of cores, at most 4). */
  readonly pages?: number
  /** Milliseconds any one step may take (default: `60000`). */
  readonly timeout?: number
}

/** Prints HTML documents to PDF. */
export interface Printer {
  print(html: string): Promise<Uint8Array>
  close(): Promise<void>
}

const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
]

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
  '--font-render-hinting=none'
]

/** The browser to use: the variable, then a system browser; `undefined` lets puppeteer use its own. */
export function findBrowser(): string | undefined {
  const fromEnvironment = process.env['PUPPETEER_EXECUTABLE_PATH']
  if (fromEnvironment) return fromEnvironment
  return systemBrowsers.find((path) => existsSync(path))
}

/** Start one browser and return a printer that reuses its pages. */
export async function createPrinter(options: Options = {}): Promise<Printer> {
  const timeout = options.timeout ?? 60_000
  const executablePath = options.executablePath ?? findBrowser()
  let browser: Browser
  try {
    browser = await puppeteer.launch({
      headless: true,
      args: launchArgs,
      timeout,
      ...(executablePath ? {executablePath} : {})
    })
  } catch (error) {
    throw new Error(
      'Cannot start Chromium' +
        (executablePath ? ' at `' + executablePath + '`' : '') +
        ': install it (Debian: `apt-get install chromium`) or set PUPPETEER_EXECUTABLE_PATH',
      {cause: error}
    )
  }
  const size = Math.max(1, options.pages ?? Math.min(4, availableParallelism()))
  const idle: Page[] = []
  const waiting: Array<(page: Page) => void> = []
  let created = 0

  const acquire = async (): Promise<Page> => {
    const page = idle.pop()
    if (page) return page
    if (created < size) {
      created++
      const fresh = await browser.newPage()
      fresh.setDefaultTimeout(timeout)
      await fresh.emulateMediaType('print')
      return fresh
    }
    return new Promise((resolve) => waiting.push(resolve))
  }
  const release = (page: Page) => {
    const next = waiting.shift()
    if (next) next(page)
    else idle.push(page)
  }

  return {
    async print(html) {
      const page = await acquire()
      try {
        await page.setContent(html, {waitUntil: 'load', timeout})
        await page.evaluate(() => document.fonts.ready)
        return await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          tagged: true,
          outline: true,
          timeout
        })
      } finally {
        release(page)
      }
    },
    async close() {
      await browser.close()
    }
  }
}
