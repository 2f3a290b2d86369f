#!/usr/bin/env node
/**
 * The `raadsstuk` binary: runs the command line (commands/main.ts) in this
 * process and sets `process.exitCode`; never exits itself.
 */
import {main} from './commands/main.js'

main(process.argv.slice(2)).then(
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
