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

/**
 * The flags a worker thread takes over from this process: all but those that
 * only make sense for a main script (`node --input-type=module -e …` would
 * stop the worker from loading its file).
 */
export function workerFlags(
  execArgv: readonly string[] = process.execArgv,
): string[] {
  const flags: string[] = []
  for (let index = 0; index < execArgv.length; index++) {
    const flag = execArgv[index] ?? ''
    if (/^--(?:input-type|eval|print)(?:=|$)|^-[ep]$/.test(flag)) {
      if (!flag.includes('=') && flag !== '--print') index++
      continue
    }
    flags.push(flag)
  }
  return flags
}

/**
 * A finisher with a worker thread of its own, or in place when run from the
 * sources. A worker that fails or stops hands its work back: what it had
 * and whatever comes after is finished in place.
 */
export function createFinisher(
  options: {
    /** The worker's module, or `false` to finish in place (default: `finish-worker.js` beside this module when compiled, else `false`). */
    readonly worker?: URL | false
    /** This process's flags, of which the worker takes what it may (default: `process.execArgv`). */
    readonly execArgv?: readonly string[]
  } = {},
): Finisher {
  const url =
    options.worker ?? (import.meta.url.endsWith('.js') ? workerUrl : false)
  if (url === false) return {finish: finishPdf, close: async () => undefined}
  const pending = new Map<
    number,
    {
      readonly request: FinishRequest
      readonly resolve: (pdf: Uint8Array) => void
      readonly reject: (error: Error) => void
    }
  >()
  let worker: Worker | undefined
  let inPlace = false
  let closed = false
  let next = 0
  const finishInPlace = (request: FinishRequest) =>
    finishPdf(request.pdf, request.metadata, request.headings, request.id)
  const handBack = () => {
    inPlace = true
    worker = undefined
    for (const {request, resolve, reject} of pending.values())
      finishInPlace(request).then(resolve, reject)
    pending.clear()
  }
  const execArgv = options.execArgv ?? process.execArgv
  /** A new worker: with this process's flags, without those of a main script, or with none; `undefined` when none starts. */
  const spawn = (): Worker | undefined => {
    const flags = workerFlags(execArgv)
    // Node refuses some flags in a worker's list (`--expose-gc`); inherited, they pass.
    const attempts =
      flags.length === execArgv.length
        ? [options.execArgv ? {execArgv: flags} : {}, {execArgv: []}]
        : [{execArgv: flags}, {execArgv: []}]
    for (const attempt of attempts) {
      try {
        return new Worker(url, attempt)
      } catch {
        // The next attempt, or finishing in place.
      }
    }
    return undefined
  }
  const start = (): Worker | undefined => {
    const started = spawn()
    if (!started) {
      inPlace = true
      return undefined
    }
    started.on('message', (response: FinishResponse) => {
      const waiting = pending.get(response.number)
      pending.delete(response.number)
      if (pending.size === 0) started.unref()
      if ('error' in response) waiting?.reject(new Error(response.error))
      else waiting?.resolve(response.pdf)
    })
    started.on('error', () => {
      if (worker === started) handBack()
    })
    started.on('exit', () => {
      if (worker === started && !closed) handBack()
    })
    started.unref()
    return started
  }
  // Started at once, so pdf-lib loads while Chromium starts.
  worker = start()
  return {
    finish(pdf, metadata, headings, id) {
      const request: FinishRequest = {
        number: next++,
        pdf,
        metadata,
        headings,
        id,
      }
      const current = inPlace || closed ? undefined : (worker ??= start())
      if (!current) return finishInPlace(request)
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(request.number, {request, resolve, reject})
        current.ref()
        // Copied, not transferred: puppeteer's bytes may share their buffer.
        current.postMessage(request)
      })
    },
    async close() {
      const current = worker
      // What it still had is finished in place: no print waits for ever.
      handBack()
      closed = true
      if (current) await current.terminate()
    },
  }
}
