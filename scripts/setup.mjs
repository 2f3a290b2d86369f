#!/usr/bin/env node
// Installs what raadsstuk needs, and nothing when it is already there:
// the npm dependencies (npm ci) and a Chromium for the PDFs. On Debian as
// root the system's `chromium-headless-shell` package is installed;
// elsewhere, where no browser is found, Chrome's headless shell for Testing
// into puppeteer's cache. When all is in place it costs a few file checks
// and spawns nothing (scripts/start.mjs imports it).
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
// Chromium's headless shell prints the same PDFs as the full browser and
// starts in about half the time; src/print/find-browser.ts prefers it.
const headlessShell = '/usr/lib/chromium/chromium-headless-shell'
const browsers = [
  headlessShell,
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
        ['chrome-headless-shell', 'chrome'].some((name) =>
          existsSync(join(homedir(), '.cache', 'puppeteer', name)),
        )
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
  if (existsSync(lockHash) && readFileSync(lockHash, 'utf8') === hashOf(lock))
    return true
  if (!sameModules()) return false
  mkdirSync(dirname(lockHash), {recursive: true})
  writeFileSync(lockHash, hashOf(lock))
  return true
}

/**
 * Whether node_modules/ holds what the lock names, by npm's own record of
 * it (node_modules/.package-lock.json): a lock changed only in its root
 * entry (a devDependency declared that was installed already) needs no
 * `npm ci`. Optional packages of other platforms are in the lock, not installed.
 */
function sameModules() {
  const wanted = JSON.parse(readFileSync(lock, 'utf8')).packages ?? {}
  const have = JSON.parse(readFileSync(installed, 'utf8')).packages ?? {}
  const named = Object.entries(wanted).filter(([path]) => path !== '')
  return (
    named.every(([path, entry]) =>
      have[path]
        ? have[path].version === entry.version
        : Boolean(entry.optional || entry.devOptional),
    ) && Object.keys(have).every((path) => path in wanted)
  )
}

/** Install what is missing. */
export function setup() {
  const isRoot = process.getuid?.() === 0
  // On Debian the headless shell comes even beside a full Chromium: it
  // halves the browser's start in every build.
  if (
    !process.env.PUPPETEER_EXECUTABLE_PATH &&
    !existsSync(headlessShell) &&
    process.platform === 'linux' &&
    isRoot &&
    existsSync('/usr/bin/apt-get')
  ) {
    say('installing Chromium (headless shell) from Debian packages')
    run('apt-get', ['update', '-qq'])
    run('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'])
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
      'chrome-headless-shell@stable',
      '--path',
      join(homedir(), '.cache', 'puppeteer'),
    ])
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) setup()
