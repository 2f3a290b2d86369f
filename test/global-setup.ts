/**
 * Once per test run: start the one Chromium that every test file shares
 * (test/helpers.ts connects to it), and compile `dist/` when `src/` changed,
 * for the tests that spawn the real `raadsstuk` binary. The compile (some 6 s
 * of CPU) runs beside the tests instead of before them: only those tests
 * wait for it (`dist()` in test/helpers.ts), through a file this setup writes
 * when the compile ended: `ok`, or what went wrong. The spawned binaries
 * keep their caches in a folder of this run.
 */
import {spawn} from 'node:child_process'
import {mkdtemp, rename, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {TestProject} from 'vitest/node'
import {launchBrowser} from '../src/print/pdf.js'
import {distStale} from '../scripts/dist.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    browserWSEndpoint: string
    /** The file that says whether dist/ is ready; see `dist()` in test/helpers.ts. */
    distReady: string
  }
}

/** Compile dist/ in a process of its own; resolves to `ok` or the failure. */
function compileDist(): Promise<string> {
  const script = fileURLToPath(new URL('../scripts/dist.mjs', import.meta.url))
  const child = spawn(process.execPath, [script], {stdio: 'inherit'})
  return new Promise((resolve) => {
    child.on('error', (error) => resolve(String(error)))
    child.on('close', (code, signal) =>
      resolve(
        code === 0 ? 'ok' : `scripts/dist.mjs ended with ${signal ?? code}`,
      ),
    )
  })
}

export default async function setup(
  project: TestProject,
): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'raadsstuk-dist-'))
  const distReady = join(folder, 'klaar')
  // The binaries the tests spawn keep their caches (code, what `check`
  // found) for this run only, not in the repository's node_modules/.cache.
  process.env['RAADSSTUK_CACHE'] ??= join(folder, 'cache')
  // Written whole, then renamed: a test sees no file or all of it.
  const compiled = (distStale() ? compileDist() : Promise.resolve('ok')).then(
    async (outcome) => {
      await writeFile(distReady + '.tmp', outcome)
      await rename(distReady + '.tmp', distReady)
    },
  )
  const browser = await launchBrowser()
  project.provide('browserWSEndpoint', browser.wsEndpoint())
  project.provide('distReady', distReady)
  return async () => {
    await compiled
    await rm(folder, {recursive: true, force: true})
    await browser.close()
  }
}
