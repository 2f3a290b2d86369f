/**
 * Which Chrome or Chromium prints the PDFs. raadsstuk uses puppeteer-core,
 * which downloads nothing: the browser is `PUPPETEER_EXECUTABLE_PATH`, a
 * system browser, or one fetched into puppeteer's cache with
 * `npx @puppeteer/browsers install chrome@stable --path ~/.cache/puppeteer`.
 */
import {existsSync, readdirSync} from 'node:fs'
import {homedir} from 'node:os'
import {join} from 'node:path'

const systemBrowsers = [
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

/** Where the executable lies inside a Chrome for Testing folder, per platform. */
const cachedExecutables = [
  ['chrome-linux64', 'chrome'],
  [
    'chrome-mac-arm64',
    'Google Chrome for Testing.app',
    'Contents',
    'MacOS',
    'Google Chrome for Testing',
  ],
  [
    'chrome-mac-x64',
    'Google Chrome for Testing.app',
    'Contents',
    'MacOS',
    'Google Chrome for Testing',
  ],
  ['chrome-win64', 'chrome.exe'],
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

/** The newest Chrome in puppeteer's cache (`~/.cache/puppeteer/chrome/<platform>-<version>/…`). */
function cachedBrowser(environment: NodeJS.ProcessEnv): string | undefined {
  const cache = join(
    environment['PUPPETEER_CACHE_DIR'] ??
      join(homedir(), '.cache', 'puppeteer'),
    'chrome',
  )
  let versions: string[]
  try {
    versions = readdirSync(cache).sort().reverse()
  } catch {
    return undefined
  }
  for (const version of versions)
    for (const parts of cachedExecutables) {
      const path = join(cache, version, ...parts)
      if (existsSync(path)) return path
    }
  return undefined
}
