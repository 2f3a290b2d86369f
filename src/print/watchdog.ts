/**
 * What cleans up after the browser when raadsstuk cannot: a small detached
 * shell that outlives this process. It waits until this process is gone
 * (its stdin, a pipe from here, ends, whatever ended the process, SIGKILL
 * included), gives the browser a moment to exit by itself (over a pipe it
 * does), kills its process group if it did not, and removes the profile
 * folder. While raadsstuk runs it costs nothing: it waits in `read`.
 */
import {spawn} from 'node:child_process'
import type {Socket} from 'node:net'

/** A watchdog; {@link Watchdog.stand} ends it once the browser was closed here. */
export interface Watchdog {
  /** The browser is closed or killed here: the watchdog removes the folder (again) and goes, killing nothing. */
  stand(): void
}

// $1 the profile folder, $2 the browser's pid (and process group: puppeteer
// starts it detached). `closed` on stdin: raadsstuk closed the browser itself,
// so its pid may already be another process's and nothing is killed.
const script = `
read -r state || state=
alive() { kill -0 "$1" 2>/dev/null && ! grep -q ') Z ' "/proc/$1/stat" 2>/dev/null; }
if [ "$state" != closed ]; then
  tries=0
  while alive "$2" && [ "$tries" -lt 20 ]; do sleep 0.1; tries=$((tries + 1)); done
  if alive "$2"; then kill -KILL -- "-$2" 2>/dev/null || kill -KILL "$2" 2>/dev/null; sleep 0.2; fi
fi
rm -rf "$1"
`

/**
 * Start a watchdog for the browser `pid` and its `profile` folder; on
 * Windows, none (there the folder goes at the next start).
 */
export function watchBrowser(
  pid: number | undefined,
  profile: string,
): Watchdog {
  if (process.platform === 'win32' || !pid) return {stand: () => undefined}
  try {
    const child = spawn(
      '/bin/sh',
      ['-c', script, 'raadsstuk-watchdog', profile, String(pid)],
      {detached: true, stdio: ['pipe', 'ignore', 'ignore']},
    )
    child.on('error', () => undefined)
    const stdin = child.stdin as Socket | null
    stdin?.on('error', () => undefined)
    // Neither the watchdog nor its pipe keeps this process alive.
    child.unref()
    stdin?.unref()
    return {stand: () => void stdin?.end('closed\n')}
  } catch {
    return {stand: () => undefined}
  }
}
