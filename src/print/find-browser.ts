/**
 * Which Chrome or Chromium prints the PDFs. raadsstuk uses puppeteer-core,
 * which downloads nothing: the browser is `PUPPETEER_EXECUTABLE_PATH`, a
 * system browser (a headless shell first), or one fetched into puppeteer's
 * cache with `npx @puppeteer/browsers install chrome-headless-shell@stable
 * --path ~/.cache/puppeteer` (or `chrome@stable`).
 */
import {existsSync, readdirSync} from 'node:fs'
import {homedir} from 'node:os'
import {join} from 'node:path'

// Chromium's headless shell first: it starts in about half the time and CPU
// of the full browser and prints the same bytes (Debian: chromium-headless-shell).
const systemBrowsers = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
]

/** Where the executable lies inside a Chrome for Testing folder, per browser and platform. */
const cachedExecutables = [
  [
    'chrome-headless-shell',
    'chrome-headless-shell-linux64',
    'chrome-headless-shell',
  ],
  [
    'chrome-headless-shell',
    'chrome-headless-shell-mac-arm64',
    'chrome-headless-shell',
  ],
  [
    'chrome-headless-shell',
    'chrome-headless-shell-mac-x64',
    'chrome-headless-shell',
  ],
  [
    'chrome-headless-shell',
    'chrome-headless-shell-win64',
    'chrome-headless-shell.exe',
  ],
  ['chrome', 'chrome-linux64', 'chrome'],
  [
    'chrome',
    'chrome-mac-arm64',
    'Google Chrome for Testing.app',
    'Contents',
    'MacOS',
    'Google Chrome for Testing',
  ],
  [
    'chrome',
    'chrome-mac-x64',
    'Google Chrome for Testing.app',
    'Contents',
    'MacOS',
    'Google Chrome for Testing',
  ],
  ['chrome', 'chrome-win64', 'chrome.exe'],
]

/** What to do when no browser is found, in Dutch. */
export const noBrowserMessage =
  'geen Chrome of Chromium gevonden om PDF’s te maken: installeer er een (Debian/Ubuntu: `sudo apt-get install chromium`; macOS, Windows: Google Chrome), haal er een met `npx @puppeteer/browsers install chrome@stable --path ~/.cache/puppeteer`, of wijs er een aan met PUPPETEER_EXECUTABLE_PATH (met --no-pdf maakt raadsstuk alleen HTML)'

/** The browser to use: the variable, then a system browser, then puppeteer's cache; `undefined` when there is none. */
export function findBrowser(
  environment: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = systemBrowsers,
): string | undefined {
  const fromEnvironment = environment['PUPPETEER_EXECUTABLE_PATH']
  if (fromEnvironment) return fromEnvironment
  return (
    candidates.find((path) => existsSync(path)) ?? cachedBrowser(environment)
  )
}

/** The newest headless shell, else the newest Chrome, in puppeteer's cache (`~/.cache/puppeteer/<browser>/<platform>-<version>/…`). */
function cachedBrowser(environment: NodeJS.ProcessEnv): string | undefined {
  const cache =
    environment['PUPPETEER_CACHE_DIR'] ?? join(homedir(), '.cache', 'puppeteer')
  for (const [browser, ...parts] of cachedExecutables) {
    let versions: string[]
    try {
      versions = readdirSync(join(cache, String(browser)))
        .sort()
        .reverse()
    } catch {
      continue
    }
    for (const version of versions) {
      const path = join(cache, String(browser), version, ...parts)
      if (existsSync(path)) return path
    }
  }
  return undefined
}
