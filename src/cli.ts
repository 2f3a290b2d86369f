#!/usr/bin/env node
/**
 * The `raadsstuk` binary: runs the command line (commands/main.ts) in this
 * process and sets `process.exitCode`; never exits itself. Bundled, it first
 * turns on the code cache for the bundle's modules, then loads them, and
 * gives `check` its cache.
 */
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  cacheFolder,
  enableCompileCache,
  readBundleInfo,
} from './io/compile-cache.js'

const bundle = dirname(fileURLToPath(import.meta.url))
const folder = cacheFolder(bundle)
const info = readBundleInfo(bundle)
if (folder && info) enableCompileCache(bundle, folder, info)
const code = info?.id

import('./commands/main.js')
  .then(({main, processContext}) =>
    main(process.argv.slice(2), {
      ...processContext(),
      ...(folder && code ? {cache: {folder, code}} : {}),
    }),
  )
  .then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(
        'raadsstuk: ' +
          (error instanceof Error ? error.message : String(error)) +
          '\n',
      )
      process.exitCode = 1
    },
  )
