/**
 * The DevTools protocol over the pipe Chromium opens with
 * `--remote-debugging-pipe` (its file descriptors 3 and 4): messages are
 * JSON texts, each ended by a NUL byte. Puppeteer's own transport for this
 * comes only with its launcher, which loads the code to download browsers.
 */
import type {Readable, Writable} from 'node:stream'
import type {ConnectionTransport} from 'puppeteer-core'

/** A puppeteer transport over the browser's pipe pair. */
export class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void
  onclose?: () => void
  readonly #write: Writable
  #pending: Buffer[] = []
  #closed = false

  /** `write` is the browser's fd 3 (what it reads), `read` its fd 4. */
  constructor(write: Writable, read: Readable) {
    this.#write = write
    read.on('data', (chunk: Buffer) => this.#receive(chunk))
    const closed = () => {
      this.#closed = true
      this.onclose?.()
    }
    // A browser that is gone already (it could not start) closed its pipe
    // before this transport was made: tell it once puppeteer listens.
    if (read.destroyed) setImmediate(closed)
    else read.on('close', closed)
    // A browser that dies breaks its pipes: that is told by `close`, not thrown.
    read.on('error', () => undefined)
    write.on('error', () => undefined)
  }

  send(message: string): void {
    if (this.#closed) return
    this.#write.write(message + '\0')
  }

  close(): void {
    this.#closed = true
    this.#write.end()
  }

  #receive(chunk: Buffer): void {
    let end = chunk.indexOf(0)
    if (end === -1) {
      this.#pending.push(chunk)
      return
    }
    let start = 0
    let head: Buffer | undefined = Buffer.concat([
      ...this.#pending,
      chunk.subarray(0, end),
    ])
    this.#pending = []
    while (end !== -1) {
      const message = (head ?? chunk.subarray(start, end)).toString('utf8')
      head = undefined
      // As puppeteer's transport: each message in a task of its own, so a
      // handler never runs inside the stream's data event.
      setImmediate(() => this.onmessage?.(message))
      start = end + 1
      end = chunk.indexOf(0, start)
    }
    if (start < chunk.length) this.#pending.push(chunk.subarray(start))
  }
}
