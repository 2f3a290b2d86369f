#!/usr/bin/env node
// `npm test`: check the setup (scripts/setup.mjs), then type-check and run
// vitest at the same time. The type check (incremental, about 5 s of one
// core) used to run first, while the other core idled; now it overlaps the
// start of vitest, whose global setup compiles dist/ and starts Chromium.
// The type checker's report is printed after vitest's, and the command fails
// when either fails. Extra arguments go to vitest: `npm test -- test/cli.test.ts`.
import {spawn} from 'node:child_process'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {setup} from './setup.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = (...path) => join(root, 'node_modules', ...path)

setup()

/** Run `args` with node; resolves to the exit code and, when `quiet`, the output. */
function run(args, quiet) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  })
  let output = ''
  if (quiet) {
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
  }
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({code: 1, output: String(error)}))
    child.on('close', (code, signal) =>
      resolve({code: code ?? (signal ? 1 : 0), output}),
    )
  })
}

const typeCheck = run(
  [
    bin('typescript', 'bin', 'tsc'),
    '--noEmit',
    '--incremental',
    '--tsBuildInfoFile',
    bin('.cache', 'raadsstuk', 'test.tsbuildinfo'),
  ],
  true,
)
const tests = await run(
  [bin('vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)],
  false,
)
const types = await typeCheck
if (types.code !== 0)
  process.stderr.write('\ntsc --noEmit found errors:\n' + types.output)
process.exitCode = types.code !== 0 ? types.code : tests.code
