#!/usr/bin/env node
/**
 * The `raadsstuk` binary: runs the command line (commands/main.ts) in this
 * process and sets `process.exitCode`; never exits itself. Bundled, it first
 * turns on the code cache for the bundle's modules, then loads them.
 */
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {enableCompileCache} from './io/compile-cache.js'

enableCompileCache(dirname(fileURLToPath(import.meta.url)))

import('./commands/main.js')
  .then(({main}) => main(process.argv.slice(2)))
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
