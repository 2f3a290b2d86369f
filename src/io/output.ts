/**
 * I/O at the end: a besluit's output folder replaced as a whole. Outputs go
 * to temporary files with names unique to this run and are renamed into place
 * only when all are written, under a lock per folder, so that two runs never
 * leave a folder of mixed versions: the second waits, or says which run holds it.
 */
import {randomBytes} from 'node:crypto'
import {hostname} from 'node:os'
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describeWriteError, shown, WriteError} from './write-error.js'

/** The lock file in an output folder while a run writes it. */
export const lockName = '.raadsstuk.lock'

/** Options of {@link writeFolder}. */
export interface Options {
  /** Milliseconds to wait for another run's lock (default: `30000`). */
  readonly wait?: number
  /** Files of an earlier build to remove once the new ones are in place (default: none). */
  readonly remove?: readonly string[]
}

const run = process.pid + '-' + randomBytes(4).toString('hex')
const held = new Set<string>()

/**
 * Write `outputs` (name → content) into `folder`, replacing what is there,
 * then `last` (the stamp, written after the renames). Returns the paths written.
 */
export async function writeFolder(
  folder: string,
  outputs: ReadonlyArray<readonly [string, string | Uint8Array]>,
  last: readonly [string, string],
  options: Options = {},
): Promise<string[]> {
  try {
    await mkdir(folder, {recursive: true})
    const unlock = await lock(folder, options.wait ?? 30_000)
    const temporary = outputs.map(([name]) =>
      join(
        folder,
        '.' + name + '.' + run + '-' + randomBytes(4).toString('hex') + '.tmp',
      ),
    )
    try {
      await Promise.all(
        outputs.map(([, content], index) =>
          writeFile(temporary[index] ?? '', content),
        ),
      )
      // The stamp goes first: should the renames be interrupted, the next build sees none and rebuilds.
      await rm(join(folder, last[0]), {force: true})
      for (const [index, [name]] of outputs.entries())
        await rename(temporary[index] ?? '', join(folder, name))
      await writeFile(join(folder, last[0]), last[1])
      await Promise.all(
        (options.remove ?? []).map((name) =>
          rm(join(folder, name), {force: true}),
        ),
      )
    } finally {
      await Promise.all(temporary.map((path) => rm(path, {force: true})))
      await unlock()
    }
    return outputs.map(([name]) => join(folder, name))
  } catch (error) {
    throw error instanceof WriteError
      ? error
      : describeWriteError(error, folder)
  }
}

/** Take the folder's lock, waiting up to `wait` ms for a living holder; returns the release. */
async function lock(
  folder: string,
  wait: number,
): Promise<() => Promise<void>> {
  const path = join(folder, lockName)
  const token = run + '-' + randomBytes(4).toString('hex')
  const content = JSON.stringify({pid: process.pid, host: hostname(), token})
  const until = Date.now() + wait
  for (;;) {
    try {
      await writeFile(path, content, {flag: 'wx'})
      held.add(token)
      return async () => {
        held.delete(token)
        await rm(path, {force: true})
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = await readHolder(path)
    if (holder && !isHeld(holder)) {
      // Left by a run that was killed: it holds nothing any more.
      await rm(path, {force: true})
      continue
    }
    if (Date.now() > until)
      throw new WriteError(
        'uitvoermap `' +
          shown(folder) +
          '` wordt geschreven door een andere run van raadsstuk' +
          (holder ? ' (proces ' + holder.pid + ' op ' + holder.host + ')' : ''),
        'wacht tot die klaar is en bouw opnieuw; staat er geen raadsstuk meer aan, verwijder dan `' +
          shown(join(folder, lockName)) +
          '`',
      )
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

interface Holder {
  readonly pid: number
  readonly host: string
  readonly token: string
}

async function readHolder(path: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(path, 'utf8')) as Partial<Holder>
    return typeof holder.pid === 'number' &&
      typeof holder.host === 'string' &&
      typeof holder.token === 'string'
      ? (holder as Holder)
      : undefined
  } catch {
    // Being written this very moment, or not there any more: look again.
    return undefined
  }
}

/** Whether the run that wrote the lock still runs (on another machine: assumed so). */
function isHeld(holder: Holder): boolean {
  if (holder.host !== hostname()) return true
  if (holder.pid === process.pid) return held.has(holder.token)
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
