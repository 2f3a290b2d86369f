/**
 * What cleans up after the browser when raadsstuk cannot: a small detached
 * shell that outlives this process. It waits until this process is gone
 * (its stdin, a pipe from here, ends, whatever ended the process, SIGKILL
 * included), gives the browser a moment to exit by itself (over a pipe it
 * does), kills what is left of it, and removes the profile folder. It starts
 * before the browser, so a kill during the start is covered too. While raadsstuk runs it costs nothing: it waits in `read`.
 */
import {spawn} from 'node:child_process'
import type {Socket} from 'node:net'

/** A watchdog; {@link Watchdog.stand} ends it once the browser was closed here. */
export interface Watchdog {
  /** The browser is closed or killed here: the watchdog removes the folder (again) and goes, killing nothing. */
  stand(): void
}

// $1 the profile folder. The browser's processes are those whose command line
// names it (Linux; the bracket keeps grep from finding itself), so a pid of
// another process is never killed. `closed` on stdin: raadsstuk closed the
// browser itself, so there is nothing to wait for.
const script = `
read -r state || state=
users() { grep -l -a -e "--user-data-di[r]=$1" /proc/[0-9]*/cmdline 2>/dev/null | cut -d/ -f3; }
if [ "$state" != closed ]; then
  tries=0
  while [ -n "$(users "$1")" ] && [ "$tries" -lt 20 ]; do sleep 0.1; tries=$((tries + 1)); done
  pids=$(users "$1")
  if [ -n "$pids" ]; then kill -KILL $pids 2>/dev/null; sleep 0.2; fi
fi
rm -rf "$1"
`

/**
 * Start a watchdog for the browser about to start in `profile`; on Windows,
 * none (there the folder goes at the next start).
 */
export function watchBrowser(profile: string): Watchdog {
  if (process.platform === 'win32') return {stand: () => undefined}
  try {
    const child = spawn(
      '/bin/sh',
      ['-c', script, 'raadsstuk-watchdog', profile],
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
