/**
 * The cache of `raadsstuk check` (`check.json` in the cache folder): per
 * besluit, what checking it found, under the key of everything it is made
 * from (the key a build decides by whether to build it again). A besluit
 * whose key did not change is not parsed and checked again; its messages
 * come from the cache. The whole cache belongs to one build of the code: other
 * code, and the cache is not used.
 */
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {RibClaim} from '../check/rib-register.js'
import type {StoredMessage} from '../messages/stored.js'
import {
  openStoredProse,
  storedProseFile,
  type StoredProse,
} from './prose-cache.js'

/** What checking one besluit found. */
export interface CheckedBesluit {
  /** The key of everything it is made from. */
  readonly key: string
  /** Its claim on a RIB number, without what the last build recorded (`null`: none). */
  readonly claim: Omit<RibClaim, 'previous'> | null
  /** The messages the check added, by file name in the besluit's folder. */
  readonly messages: Readonly<Record<string, readonly StoredMessage[]>>
}

/** The cache of one run of `check`. */
export interface CheckCache {
  /** What an earlier run found for the besluit at `path` (its `besluit.yaml`) with this key. */
  get(path: string, key: string): CheckedBesluit | undefined
  /** Keep what this run found. */
  set(path: string, checked: CheckedBesluit): void
  /** Write what this run found, beside what other runs found of other besluiten; never fails. */
  save(): Promise<void>
  /** The besluit's prose as the last run parsed it (`prose-cache.ts`). */
  prose(path: string): StoredProse
}

interface CacheFile {
  readonly code: string
  readonly besluiten: Record<string, CheckedBesluit>
}

/** The cache's file name in its folder. */
export const checkCacheName = 'check.json'

/**
 * Open the cache in `folder`, for the code identified by `code`. It keeps
 * `kept` besluiten at most (default 5000); those of runs longest ago go first.
 */
export async function openCheckCache(
  folder: string,
  code: string,
  kept = 5000,
): Promise<CheckCache> {
  const file = join(folder, checkCacheName)
  const stored = await readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as CacheFile,
    () => undefined,
  )
  const known: Record<string, CheckedBesluit> =
    stored?.code === code && typeof stored.besluiten === 'object'
      ? stored.besluiten
      : {}
  // This run's besluiten, found or used: kept last, so kept longest.
  const current = new Map<string, CheckedBesluit>()
  let changed = false
  return {
    get(path, key) {
      const checked = Object.hasOwn(known, path) ? known[path] : undefined
      if (checked?.key !== key) return undefined
      current.set(path, checked)
      return checked
    },
    set(path, checked) {
      current.set(path, checked)
      changed = true
    },
    prose: (path) => openStoredProse(folder, code, path),
    async save() {
      if (!changed) return
      const besluiten = {...known}
      for (const [path, checked] of current) {
        delete besluiten[path]
        besluiten[path] = checked
      }
      const paths = Object.keys(besluiten)
      const dropped = paths.slice(0, Math.max(0, paths.length - kept))
      for (const path of dropped) delete besluiten[path]
      try {
        // Their parsed prose goes with them.
        await Promise.all(
          dropped.map((path) =>
            rm(storedProseFile(folder, path), {force: true}),
          ),
        )
        await mkdir(folder, {recursive: true})
        // Written whole, then renamed: a run beside this one reads all or nothing.
        const partial = file + '.' + process.pid
        await writeFile(partial, JSON.stringify({code, besluiten}))
        await rename(partial, file)
      } catch {
        // No cache: the next run checks every besluit.
      }
    },
  }
}
