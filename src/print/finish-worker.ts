/**
 * The worker thread of `finisher.ts`: finishes the PDFs it is sent, one
 * message at a time, and sends each back with its request's number.
 */
import {parentPort} from 'node:worker_threads'
import {finishPdf} from './finish.js'
import type {FinishRequest, FinishResponse} from './finisher.js'

const port = parentPort
if (!port) throw new Error('Expected to run as a worker thread')
// Loaded at once, while the first document prints.
void import('pdf-lib')
port.on('message', (request: FinishRequest) => {
  finishPdf(request.pdf, request.metadata, request.headings, request.id).then(
    (pdf) => {
      const response: FinishResponse = {number: request.number, pdf}
      port.postMessage(response)
    },
    (error: unknown) => {
      const response: FinishResponse = {
        number: request.number,
        error: String((error as Error)?.message ?? error),
      }
      port.postMessage(response)
    },
  )
})
