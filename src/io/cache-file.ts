/**
 * Writing a file of raadsstuk's caches: whole, then renamed, so that a run
 * beside this one reads all of it or nothing; a cache that cannot be written
 * is no loss, so this never fails.
 */
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'

/** Write `data` to `file` (its folder made where needed); whether it was written. */
export function writeCacheFile(
  file: string,
  data: string | NodeJS.ArrayBufferView,
): boolean {
  const partial = file + '.' + process.pid
  try {
    mkdirSync(dirname(file), {recursive: true})
    writeFileSync(partial, data)
    renameSync(partial, file)
    return true
  } catch {
    rmSync(partial, {force: true})
    return false
  }
}
