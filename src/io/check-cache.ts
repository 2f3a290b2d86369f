/**
 * The cache of `raadsstuk check` (`check.json` in the cache folder): per
 * besluit, what checking it found, under the key of everything it is made
 * from (the key a build decides by whether to build it again). A besluit
 * whose key did not change is not parsed and checked again; its messages
 * come from the cache. The whole cache belongs to one build of the code: other
 * code, and the cache is not used.
 */
import {readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import type {RibClaim} from '../check/rib-register.js'
import type {StoredMessage} from '../messages/stored.js'
import {writeCacheFile} from './cache-file.js'
import {
  openStoredProse,
  storedProseFile,
  type StoredProse,
} from './prose-cache.js'

/** What checking one besluit found. */
export interface CheckedBesluit {
  /** The key of everything it is made from. */
  readonly key: string
  /** Its name as this check saw it (the folder, relative to the content folder): its RIB claim and messages name it so. */
  readonly name: string
  /** Its claim on a RIB number, without what the last build recorded (`null`: none). */
  readonly claim: Omit<RibClaim, 'previous'> | null
  /** The messages the check added, by file name in the besluit's folder. */
  readonly messages: Readonly<Record<string, readonly StoredMessage[]>>
}

/** A besluit as the cache knows it: its name and its `besluit.yaml`. */
export interface CachedSource {
  readonly name: string
  readonly file: {readonly path: string}
}

/** The cache of one run of `check`. */
export interface CheckCache {
  /** What an earlier run found for the besluit, under the same name and with this key. */
  get(source: CachedSource, key: string): CheckedBesluit | undefined
  /** Keep what this run found of the besluit. */
  set(source: CachedSource, checked: Omit<CheckedBesluit, 'name'>): void
  /** Write what this run found, beside what other runs found of other besluiten; never fails. */
  save(): Promise<void>
  /** The besluit's prose as the last run parsed it (`prose-cache.ts`). */
  prose(path: string): StoredProse
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
  const stored = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => undefined)
  const known: Record<string, unknown> = {}
  if (isCacheFile(stored) && stored.code === code)
    Object.assign(known, stored.besluiten)
  // Parsed prose of other code is of no use: it goes.
  else if (stored !== undefined)
    await rm(join(folder, 'prose'), {recursive: true, force: true}).catch(
      () => undefined,
    )
  // This run's besluiten, found or used: kept last, so kept longest.
  const current = new Map<string, CheckedBesluit>()
  let changed = false
  return {
    get({name, file: {path}}, key) {
      const checked = Object.hasOwn(known, path) ? known[path] : undefined
      if (!isCheckedBesluit(checked) || checked.key !== key) return undefined
      if (checked.name !== name) return undefined
      current.set(path, checked)
      return checked
    },
    set({name, file: {path}}, checked) {
      current.set(path, {...checked, name})
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
      // Their parsed prose goes with them.
      await Promise.all(
        dropped.map((path) =>
          rm(storedProseFile(folder, path), {force: true}).catch(
            () => undefined,
          ),
        ),
      )
      // Not written, the next run checks every besluit.
      writeCacheFile(file, JSON.stringify({code, besluiten}))
    },
  }
}

function isCacheFile(
  value: unknown,
): value is {code: unknown; besluiten: Record<string, unknown>} {
  return isRecord(value) && isRecord(value['besluiten'])
}

/** Whether a value read from the file is what {@link CheckedBesluit} says; anything else is not used. */
function isCheckedBesluit(value: unknown): value is CheckedBesluit {
  if (!isRecord(value)) return false
  const {key, name, claim, messages} = value
  return (
    typeof key === 'string' &&
    typeof name === 'string' &&
    (claim === null ||
      (isRecord(claim) &&
        typeof claim['datum'] === 'string' &&
        typeof claim['name'] === 'string')) &&
    isRecord(messages) &&
    Object.values(messages).every(
      (list) =>
        Array.isArray(list) &&
        list.every(
          (message) =>
            isRecord(message) && typeof message['reason'] === 'string',
        ),
    )
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
