/**
 * The finishing of PDFs in a worker thread: the same bytes as in place, and
 * a worker that cannot run hands its work back instead of failing the build.
 */
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {finishPdf} from '../src/print/finish.js'
import {createFinisher, workerFlags} from '../src/print/finisher.js'
import {dist, openBrowser} from './helpers.js'

const metadata = {
  title: 'Collegevoorstel: Proef',
  author: 'Gemeente Amersfoort',
  subject: 'Proef',
  keywords: ['Collegevoorstel'],
  date: new Date('2021-07-13T00:00:00Z'),
}

async function printed(): Promise<Uint8Array> {
  const context = await openBrowser()
  try {
    const page = await context.newPage()
    await page.setContent(
      '<!doctype html><html lang="nl"><title>Proef</title><h1>Proef</h1><p>Vier leden, € 7.200.</p></html>',
    )
    return await page.pdf({tagged: true, outline: true})
  } finally {
    await context.close()
  }
}

describe('the finisher', () => {
  it('finishes in a worker thread to the same bytes as in place, whatever flags this process has, and hands its work back when the worker cannot run', async () => {
    const pdf = await printed()
    const inPlace = await finishPdf(pdf, metadata, ['Proef'], 'a'.repeat(32))
    expect(Buffer.from(inPlace).subarray(0, 5).toString()).toBe('%PDF-')
    const compiled = pathToFileURL(dist('print', 'finish-worker.js'))
    for (const [worker, execArgv] of [
      [compiled, []],
      [new URL('file:///bestaat-niet/finish-worker.js'), []],
      // Flags Node refuses in a worker's list (bench/scale.mjs runs with --expose-gc), and a main script's.
      [compiled, ['--expose-gc']],
      [compiled, ['--input-type=module', '--expose-gc', '-e', 'x']],
    ] as const) {
      const finisher = createFinisher({worker, execArgv})
      try {
        const [first, second] = await Promise.all([
          finisher.finish(pdf, metadata, ['Proef'], 'a'.repeat(32)),
          finisher.finish(pdf, metadata, ['Proef'], 'a'.repeat(32)),
        ])
        expect(
          Buffer.from(first).equals(Buffer.from(inPlace)),
          worker.href,
        ).toBe(true)
        expect(
          Buffer.from(second).equals(Buffer.from(inPlace)),
          worker.href,
        ).toBe(true)
      } finally {
        await finisher.close()
      }
    }
  })

  it('finishes in place what its worker still had when it is closed, so no print waits for ever', async () => {
    const pdf = await printed()
    const inPlace = await finishPdf(pdf, metadata, ['Proef'], 'b'.repeat(32))
    const finisher = createFinisher({
      worker: pathToFileURL(dist('print', 'finish-worker.js')),
    })
    const pending = finisher.finish(pdf, metadata, ['Proef'], 'b'.repeat(32))
    await finisher.close()
    expect(Buffer.from(await pending).equals(Buffer.from(inPlace))).toBe(true)
  })

  it('starts its worker without the flags that only a main script may have', () => {
    expect(
      workerFlags([
        '--input-type=module',
        '--expose-gc',
        '-e',
        'await import("x")',
        '--input-type',
        'module',
        '--max-old-space-size=512',
      ]),
    ).toEqual(['--expose-gc', '--max-old-space-size=512'])
  })
})
