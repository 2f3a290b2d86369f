#!/usr/bin/env node
// `npm start`: build every besluit in content/ into out/. Checks the setup
// without spawning anything, compiles dist/ only when src/ changed, then runs
// `raadsstuk build content --out out` in this same process (the bundled
// command line, as dist/cli.js runs it). Extra arguments
// go to the build: `npm start -- --force`.
import {ensureDist} from './dist.mjs'
import {setup} from './setup.mjs'

setup()
ensureDist()
const {main} = await import('../dist/bundle/main.js')
process.exitCode = await main([
  'build',
  'content',
  '--out',
  'out',
  ...process.argv.slice(2),
])
