/**
 * The browser's life: started over a pipe (so it dies with this process,
 * whatever ends it), in its own profile folder (removed when it closes, by
 * a watchdog when this process was killed, else by the next start), and
 * killed when closing takes too long.
 */
import {mkdtempSync} from 'node:fs'
import {readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
// puppeteer is imported when a browser starts, not with this module: `check` never loads it.
import type {Browser} from 'puppeteer-core'
import {
  chromiumArgs,
  connectOver,
  launchArgs,
  launchOverSocket,
  spawnChromium,
  type Spawned,
} from './chromium.js'
import {findBrowser, noBrowserMessage} from './find-browser.js'
import {watchBrowser, type Watchdog} from './watchdog.js'

export {launchArgs}

/** The start of the names of the browser's profile folders in the temporary folder. */
export const profilePrefix = 'raadsstuk-chromium-'

/** A started browser and how to end it for certain. */
export interface BrowserHandle {
  readonly browser: Browser
  /** Close within `timeout` ms, else kill; then remove the profile folder. Never rejects. */
  close(timeout?: number): Promise<void>
  /** Kill at once (a hung or crashed browser), and remove the profile folder. Never rejects. */
  kill(): Promise<void>
}

/**
 * Start headless Chromium with the server flags (the browser of
 * find-browser.ts; without one, its Dutch message). Every protocol call times out
 * after `timeout` ms (default: `60000`) rather than puppeteer's 180 s. Over
 * the pipe the browser process is started before this function first
 * waits, so it comes up while the caller goes on (compiling the besluiten);
 * puppeteer loads meanwhile.
 */
export async function startBrowser(
  options: {
    executablePath?: string | undefined
    timeout?: number
    /** Talk over a pipe, so the browser dies with this process; `false` gives a WebSocket endpoint for others to connect to (default: `true`). */
    pipe?: boolean
    /** Milliseconds the start may take (default: `timeout`). */
    launch?: number
  } = {},
): Promise<BrowserHandle> {
  const executablePath = options.executablePath ?? findBrowser()
  if (!executablePath) throw new Error(noBrowserMessage)
  const timeout = options.timeout ?? 60_000
  // A browser started ahead of need (startAhead) is taken over as it is.
  const taken =
    options.pipe !== false && ahead?.executablePath === executablePath
      ? ahead
      : undefined
  if (taken) ahead = undefined
  const profile =
    taken?.profile ??
    mkdtempSync(join(tmpdir(), profilePrefix + process.pid + '-'))
  const watchdog = taken?.watchdog ?? watchBrowser(profile)
  const started =
    options.pipe === false
      ? undefined
      : (taken?.spawned ?? spawnChromium(executablePath, chromiumArgs(profile)))
  const stale = removeStaleProfiles()
  let browser: Browser
  try {
    browser = started
      ? await connectOver(started, timeout, options.launch ?? timeout)
      : await launchOverSocket(
          executablePath,
          launchArgs,
          profile,
          timeout,
          options.launch ?? timeout,
        )
  } catch (error) {
    // A browser that started but did not answer in time may still run (puppeteer asks it to stop, which a hung one does not).
    started?.child.kill('SIGKILL')
    await killUsing(profile)
    await removeProfile(profile)
    watchdog.stand()
    throw error
  } finally {
    await stale
  }
  const child = started?.child ?? browser.process()
  browser.once('disconnected', () => void removeProfile(profile))
  // A killed browser breaks its pipe; that is known here, not an uncaught error.
  for (const stream of child?.stdio ?? []) stream?.on('error', () => undefined)
  const exited = () =>
    started ? started.exited : Promise.resolve(undefined as unknown)
  const kill = async () => {
    child?.kill('SIGKILL')
    await browser.disconnect().catch(() => undefined)
    await exited()
    await removeProfile(profile)
    watchdog.stand()
  }
  return {
    browser,
    kill,
    async close(limit = Math.min(timeout, 10_000)) {
      let timer: NodeJS.Timeout | undefined
      const closed = await Promise.race([
        // Closed is when the process is gone: until then it writes in its profile.
        browser.close().then(
          () => exited().then(() => true),
          () => false,
        ),
        new Promise<boolean>((done) => {
          timer = setTimeout(() => done(false), limit)
        }),
      ])
      clearTimeout(timer)
      if (closed) {
        await removeProfile(profile)
        watchdog.stand()
      } else await kill()
    },
  }
}

/** A browser process started ahead of need, not yet taken by {@link startBrowser}. */
let ahead:
  | {
      readonly executablePath: string
      readonly profile: string
      readonly watchdog: Watchdog
      readonly spawned: Spawned
    }
  | undefined

/**
 * Start the browser's process now, before it is known to be needed (a
 * build that will likely print, before it loads and plans): the next
 * {@link startBrowser} over a pipe with the same browser takes it over.
 * Returns what ends it, with its profile folder, if nothing took it.
 */
export function startAhead(
  executablePath = findBrowser(),
): () => Promise<void> {
  if (!executablePath || ahead) return async () => undefined
  const profile = mkdtempSync(join(tmpdir(), profilePrefix + process.pid + '-'))
  const watchdog = watchBrowser(profile)
  const spawned = spawnChromium(executablePath, chromiumArgs(profile))
  const mine = {executablePath, profile, watchdog, spawned}
  ahead = mine
  return async () => {
    if (ahead !== mine) return
    ahead = undefined
    spawned.child.kill('SIGKILL')
    await spawned.exited
    await killUsing(profile)
    await removeProfile(profile)
    watchdog.stand()
  }
}

/** Profile folders of earlier runs whose process is gone (killed before it could clean up). */
async function removeStaleProfiles(): Promise<void> {
  const names = await readdir(tmpdir()).catch(() => [] as string[])
  await Promise.all(
    names.map(async (name) => {
      if (!name.startsWith(profilePrefix)) return
      const pid = Number(name.slice(profilePrefix.length).split('-')[0])
      if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) return
      await removeProfile(join(tmpdir(), name))
    }),
  )
}

/** Kill the processes whose command line names `profile` (Linux; elsewhere nothing). */
async function killUsing(profile: string): Promise<void> {
  const pids = await readdir('/proc').catch(() => [] as string[])
  await Promise.all(
    pids
      .filter((name) => /^\d+$/.test(name))
      .map(async (pid) => {
        const command = await readFile(
          join('/proc', pid, 'cmdline'),
          'utf8',
        ).catch(() => '')
        if (command.includes('--user-data-dir=' + profile))
          try {
            process.kill(Number(pid), 'SIGKILL')
          } catch {
            // Gone already.
          }
      }),
  )
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function removeProfile(path: string): Promise<void> {
  // Chromium may still be writing its last files just after it exits.
  await rm(path, {recursive: true, force: true, maxRetries: 3}).catch(
    () => undefined,
  )
}
