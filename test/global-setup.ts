/**
 * Once per test run: compile `dist/` when `src/` changed (the spawn tests run
 * the real `raadsstuk` binary), and start the one Chromium that every test
 * file shares (test/helpers.ts connects to it).
 */
import type {TestProject} from 'vitest/node'
import {launchBrowser} from '../src/print/pdf.js'
import {ensureDist} from '../scripts/dist.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    browserWSEndpoint: string
  }
}

export default async function setup(
  project: TestProject,
): Promise<() => Promise<void>> {
  ensureDist()
  const browser = await launchBrowser()
  project.provide('browserWSEndpoint', browser.wsEndpoint())
  return async () => {
    await browser.close()
  }
}
