/**
 * Finishing off the main thread: pdf-lib's parsing, the artifact marking and
 * the deflating take about as long as Chromium's printing of a document, so
 * a worker thread finishes one PDF while the main thread compiles and prints
 * the next. The bytes are the same as finishing in place (`finish.ts` does
 * both). Run from the TypeScript sources (the tests), there is no compiled
 * worker to start, and finishing happens in place.
 */
import {Worker} from 'node:worker_threads'
import {finishPdf} from './finish.js'
import type {PdfMetadata} from './pdf.js'

/** A PDF to finish, as sent to the worker. */
export interface FinishRequest {
  readonly number: number
  readonly pdf: Uint8Array
  readonly metadata: PdfMetadata
  readonly headings: readonly string[]
  readonly id: string
}

/** The worker's answer: the finished PDF, or why not. */
export type FinishResponse =
  | {readonly number: number; readonly pdf: Uint8Array}
  | {readonly number: number; readonly error: string}

/** Finishes printed PDFs (see `finish.ts`). */
export interface Finisher {
  finish(
    pdf: Uint8Array,
    metadata: PdfMetadata,
    headings: readonly string[],
    id: string,
  ): Promise<Uint8Array>
  close(): Promise<void>
}

const workerUrl = new URL('./finish-worker.js', import.meta.url)

/** A finisher with a worker thread of its own, or in place when run from the sources. */
export function createFinisher(): Finisher {
  if (!import.meta.url.endsWith('.js'))
    return {finish: finishPdf, close: async () => undefined}
  const pending = new Map<
    number,
    {resolve: (pdf: Uint8Array) => void; reject: (error: Error) => void}
  >()
  let worker: Worker | undefined
  let next = 0
  const fail = (error: Error) => {
    worker = undefined
    for (const {reject} of pending.values()) reject(error)
    pending.clear()
  }
  const start = (): Worker => {
    const started = new Worker(workerUrl)
    started.on('message', (response: FinishResponse) => {
      const waiting = pending.get(response.number)
      pending.delete(response.number)
      if (pending.size === 0) started.unref()
      if ('error' in response) waiting?.reject(new Error(response.error))
      else waiting?.resolve(response.pdf)
    })
    started.on('error', (error) => fail(error))
    started.on('exit', (code) => {
      if (worker === started)
        fail(new Error('de afwerking van de PDF stopte (code ' + code + ')'))
    })
    started.unref()
    return started
  }
  // Started at once, so pdf-lib loads while Chromium starts.
  worker = start()
  return {
    finish(pdf, metadata, headings, id) {
      const current = (worker ??= start())
      const number = next++
      const request: FinishRequest = {number, pdf, metadata, headings, id}
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(number, {resolve, reject})
        current.ref()
        // Copied, not transferred: puppeteer's bytes may share their buffer.
        current.postMessage(request)
      })
    },
    async close() {
      const current = worker
      worker = undefined
      if (current) await current.terminate()
    },
  }
}
