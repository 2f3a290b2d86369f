#!/usr/bin/env node
// The package as a user gets it: `npm pack` (prepack compiles dist/), then in
// an empty project `npm install <tarball>` with every browser download
// pointed at a closed port, `npx --no-install raadsstuk new proef --gemeente Proefdorp` and
// `npx --no-install raadsstuk build`, which must leave two PDFs in
// out/proef/, then `check` twice, the second from the caches the first left. Needs the npm registry for the dependencies (not for
// raadsstuk); `.ci/run` runs it. Prints what each step took.
import {execFileSync} from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'raadsstuk-pakket-'))
const closed = 'http://127.0.0.1:9'
const env = {
  ...process.env,
  PUPPETEER_DOWNLOAD_BASE_URL: closed,
  PUPPETEER_CHROME_DOWNLOAD_BASE_URL: closed,
  PUPPETEER_CHROME_HEADLESS_SHELL_DOWNLOAD_BASE_URL: closed,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
}
const step = (label, command, args, cwd) => {
  const started = performance.now()
  const output = execFileSync(command, args, {cwd, env, encoding: 'utf8'})
  const seconds = (performance.now() - started) / 1000
  process.stderr.write(`smoke: ${label}: ${seconds.toFixed(1)} s\n`)
  return output
}

const packed = JSON.parse(
  step('npm pack', 'npm', ['pack', '--json', '--pack-destination', work], root),
)
const tarball = join(work, packed[0].filename)
const project = join(work, 'project')
mkdirSync(project)
writeFileSync(
  join(project, 'package.json'),
  JSON.stringify({name: 'proef-gemeente', private: true}, undefined, 2),
)
step('npm install <tarball>', 'npm', ['install', tarball], project)
const raadsstuk = (...args) =>
  step(
    'raadsstuk ' + args.join(' '),
    'npx',
    ['--no-install', 'raadsstuk', ...args],
    project,
  )
raadsstuk('new', 'proef', '--gemeente', 'Proefdorp')
raadsstuk('build')
for (const name of ['collegevoorstel.pdf', 'raadsinformatiebrief.pdf']) {
  const bytes = readFileSync(join(project, 'out', 'proef', name))
  if (bytes.subarray(0, 5).toString() !== '%PDF-')
    throw new Error(`out/proef/${name} is not a PDF`)
}
// check twice: the second run from the caches the first left in the
// project's node_modules/.cache/raadsstuk (code, what check found).
raadsstuk('check')
raadsstuk('check')
const caches = readdirSync(join(project, 'node_modules', '.cache', 'raadsstuk'))
if (
  !caches.includes('check.json') ||
  !caches.some((name) => name.endsWith('.v8'))
)
  throw new Error(
    'no caches in node_modules/.cache/raadsstuk: ' + caches.join(', '),
  )
const firstLine = readFileSync(
  join(project, 'content', 'proef', 'besluit.yaml'),
  'utf8',
).split('\n')[0]
const schema = firstLine.replace('# yaml-language-server: $schema=', '')
readFileSync(join(project, 'content', 'proef', schema))
process.stderr.write(
  `smoke: ok: out/proef/ has both PDFs; $schema=${schema} exists (${work})\n`,
)
