#!/usr/bin/env node
// `npm start`: build every besluit in content/ into out/. Checks the setup
// without spawning anything, compiles dist/ only when src/ changed, then runs
// `raadsstuk build content --out out` in this same process: the bundled
// command line's own start (dist/bundle/cli.js, with its code cache), as
// dist/cli.js runs it. Extra arguments go to the build: `npm start -- --force`.
import {createRequire} from 'node:module'
import {ensureDist} from './dist.mjs'
import {setup} from './setup.mjs'

setup()
ensureDist()
process.argv.splice(
  2,
  Infinity,
  'build',
  'content',
  '--out',
  'out',
  ...process.argv.slice(2),
)
createRequire(import.meta.url)('../dist/bundle/cli.js')
