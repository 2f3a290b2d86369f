#!/usr/bin/env node
// Installs what raadsstuk needs, and nothing when it is already there:
// the npm dependencies (npm ci) and a Chromium for the PDFs. On Debian as
// root the system's `chromium` package is installed; elsewhere, where no
// browser is found, Chrome for Testing into puppeteer's cache. When all is in place it costs a
// few file checks and spawns nothing (scripts/start.mjs imports it).
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import {homedir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const browsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]
const run = (command, args) =>
  execFileSync(command, args, {cwd: root, stdio: 'inherit'})
const say = (text) => process.stderr.write('setup: ' + text + '\n')

function hasBrowser() {
  const fromEnvironment = process.env.PUPPETEER_EXECUTABLE_PATH
  return fromEnvironment
    ? existsSync(fromEnvironment)
    : browsers.some((path) => existsSync(path)) ||
        existsSync(join(homedir(), '.cache', 'puppeteer', 'chrome'))
}

const installed = `${root}/node_modules/.package-lock.json`
const lock = `${root}/package-lock.json`
const lockHash = `${root}/node_modules/.cache/raadsstuk/package-lock.sha256`
const hashOf = (path) =>
  createHash('sha256').update(readFileSync(path)).digest('hex')

/**
 * Whether node_modules/ matches package-lock.json: installed after the lock
 * last changed, or installed from a lock with the same content (a checkout
 * or rebase gives the lock a new time, not new content).
 */
function dependenciesCurrent() {
  if (!existsSync(installed)) return false
  if (statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return true
  return existsSync(lockHash) && readFileSync(lockHash, 'utf8') === hashOf(lock)
}

/** Install what is missing. */
export function setup() {
  const isRoot = process.getuid?.() === 0
  if (
    !hasBrowser() &&
    process.platform === 'linux' &&
    isRoot &&
    existsSync('/usr/bin/apt-get')
  ) {
    say('installing Chromium from Debian packages')
    run('apt-get', ['update', '-qq'])
    run('apt-get', ['install', '-y', '-qq', 'chromium'])
  }
  if (!dependenciesCurrent()) {
    say('installing npm dependencies (npm ci)')
    run('npm', ['ci', '--no-audit', '--no-fund'])
    mkdirSync(dirname(lockHash), {recursive: true})
    writeFileSync(lockHash, hashOf(lock))
  }
  if (!hasBrowser()) {
    // raadsstuk finds a Chrome in puppeteer's cache (src/print/find-browser.ts).
    say('no system Chrome or Chromium found: fetching Chrome for Testing')
    run('npx', [
      '--no-install',
      '@puppeteer/browsers',
      'install',
      'chrome@stable',
      '--path',
      join(homedir(), '.cache', 'puppeteer'),
    ])
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) setup()
