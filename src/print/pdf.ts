/**
 * I/O at the end: HTML to PDF through one headless Chromium per build, with a
 * small pool of reused pages. Every wait has a timeout.
 */
import {availableParallelism} from 'node:os'
// puppeteer and pdf-lib are imported when printing starts, not with this module:
// `raadsstuk check` and `--version` never load them.
import type {Browser, Page} from 'puppeteer-core'
import {documentId} from './finish.js'
import {createFinisher} from './finisher.js'
import {startBrowser, type BrowserHandle} from './browser.js'
import {describeFailure, openPage, printOn, within} from './page.js'
import {findBrowser, noBrowserMessage} from './find-browser.js'

export {launchArgs} from './browser.js'
export {findBrowser} from './find-browser.js'
import type {PdfMetadata} from '../render/documents.js'
export type {PdfMetadata} from '../render/documents.js'

/** Options of {@link createPrinter}. */
export interface Options {
  /** Path of the browser (default: `PUPPETEER_EXECUTABLE_PATH`, a system Chromium, or puppeteer's own). */
  readonly executablePath?: string | undefined
  /** Pages printing at once (default: the number of cores, at most 4). */
  readonly pages?: number
  /** Milliseconds any one step may take (default: `RAADSSTUK_TIMEOUT` or `60000`). */
  readonly timeout?: number
  /** A running browser to print in; the printer then closes only its own pages, and cannot restart it (default: start one). */
  readonly browser?: Browser
}

/** Prints HTML documents to PDF. */
export interface Printer {
  print(html: string, metadata: PdfMetadata): Promise<Uint8Array>
  close(): Promise<void>
}

/** Thrown by every print once the browser failed, was restarted, and failed again. */
export class BrowserFailedError extends Error {
  override name = 'BrowserFailedError'
}

/** The step timeout: `RAADSSTUK_TIMEOUT` (milliseconds) where set, else 60 s. */
export function defaultTimeout(): number {
  const value = Number(process.env['RAADSSTUK_TIMEOUT'])
  return Number.isSafeInteger(value) && value > 0 ? value : 60_000
}

/**
 * Start headless Chromium with the server flags (see {@link startBrowser}),
 * with a WebSocket endpoint; it removes its profile folder when closed. The
 * printer's own browser talks over a pipe instead, and dies with the process.
 */
export async function launchBrowser(
  options: Pick<Options, 'executablePath' | 'timeout'> = {},
): Promise<Browser> {
  // Over a WebSocket, so that other processes (the tests' workers) can connect to it.
  return (await startBrowser({...options, pipe: false})).browser
}

interface Generation {
  readonly handle: BrowserHandle
  readonly idle: Page[]
}

/**
 * Start one browser and return a printer that reuses its pages. Every step
 * has its own timeout; a browser that hangs or crashes is killed and started
 * again once, and when that one fails too, every print fails at once.
 */
export async function createPrinter(options: Options = {}): Promise<Printer> {
  const timeout = options.timeout ?? defaultTimeout()
  const executablePath = options.executablePath ?? findBrowser()
  const borrowed = options.browser
  const start = async (launch = timeout): Promise<Generation> => {
    // Someone else's browser is theirs to start, close and kill.
    if (borrowed)
      return {
        handle: {
          browser: borrowed,
          close: async () => undefined,
          kill: async () => undefined,
        },
        idle: [],
      }
    if (!executablePath) throw new Error(noBrowserMessage)
    try {
      return {
        handle: await startBrowser({executablePath, timeout, launch}),
        idle: [],
      }
    } catch (error) {
      throw new Error(
        'Chromium start niet' +
          (executablePath ? ' (`' + executablePath + '`)' : '') +
          ': installeer het (Debian: `apt-get install chromium`) of wijs het aan met PUPPETEER_EXECUTABLE_PATH',
        {cause: error},
      )
    }
  }
  // The first start may take a while on a busy machine; a restart gives up sooner.
  const finisher = createFinisher()
  let current = await start(Math.max(timeout, 30_000)).catch(
    async (error: unknown) => {
      await finisher.close()
      throw error
    },
  )
  let restarted = Boolean(borrowed)
  let failed: BrowserFailedError | undefined
  let closed = false
  const size = Math.max(1, options.pages ?? Math.min(4, availableParallelism()))
  let busy = 0
  const waiting: Array<() => void> = []
  const slot = async () => {
    if (busy < size) busy++
    else await new Promise<void>((resolve) => waiting.push(resolve))
  }
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else busy--
  }
  /** After a failure: restart once (unless another print already did), else give up. */
  const recover = async (generation: Generation, error: unknown) => {
    if (failed) throw failed
    if (generation !== current) return
    if (restarted || closed) {
      failed = new BrowserFailedError(
        'Chromium werkt niet (ook niet na opnieuw starten): ' +
          describeFailure(error, timeout),
        {cause: error},
      )
      await generation.handle.kill()
      throw failed
    }
    restarted = true
    await generation.handle.kill()
    current = await start().catch((startError: unknown) => {
      failed = new BrowserFailedError(
        'Chromium werkt niet meer (' +
          describeFailure(error, timeout) +
          ') en kon niet opnieuw worden gestart',
        {cause: startError},
      )
      throw failed
    })
  }

  /** Print on an idle page (or a new one), restarting a failed browser once. */
  const printInBrowser = async (html: string) => {
    await slot()
    try {
      for (;;) {
        const generation = current
        let page: Page | undefined
        try {
          page =
            generation.idle.pop() ??
            (await within(
              timeout,
              'het openen van een pagina',
              openPage(generation.handle.browser, timeout),
            ))
          const printed = await printOn(page, html, timeout)
          generation.idle.push(page)
          return printed
        } catch (error) {
          if (error instanceof BrowserFailedError) throw error
          await recover(generation, error)
        }
      }
    } finally {
      release()
    }
  }

  return {
    async print(html, metadata) {
      if (failed) throw failed
      const printed = await printInBrowser(html)
      // Outside the page's slot: the page prints the next document meanwhile.
      return finisher.finish(
        printed.pdf,
        metadata,
        printed.headings,
        documentId(html, metadata),
      )
    },
    async close() {
      closed = true
      await finisher.close()
      if (borrowed)
        await Promise.all(
          current.idle.map((page) => page.close().catch(() => undefined)),
        )
      else await current.handle.close()
    },
  }
}
