/**
 * What a name in a besluit's folder is: a file (a symbolic link to a file in
 * the same folder counts as one), a link that points outside the folder
 * (never read: a source must not reach `/etc/passwd`), or something else.
 */
import {lstat, realpath, stat} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import type {FolderEntry} from '../compile.js'

/** A folder entry as the loader sees it. */
export type Entry = FolderEntry

/** Classify `name` in `folder`. */
export async function classifyEntry(
  folder: string,
  name: string,
): Promise<Entry> {
  const path = join(folder, name)
  try {
    const info = await lstat(path)
    // A link counts as the file it points to only when that lies in the folder itself.
    if (
      info.isSymbolicLink() &&
      dirname(await realpath(path)) !== (await realpath(folder))
    )
      return {kind: 'outside'}
    const target = await stat(path)
    return target.isFile()
      ? {kind: 'file', size: target.size, modified: target.mtimeMs}
      : {kind: 'other'}
  } catch {
    return {kind: 'other'}
  }
}

/** Why a file named in a source was not read, in Dutch, with a hint. */
export function refusal(
  entry: Entry,
  limit: number,
): {reason: string; hint: string} | undefined {
  if (entry.kind === 'outside')
    return {
      reason:
        'is een koppeling naar een bestand buiten de map van dit besluit en wordt niet gelezen',
      hint: 'zet het bestand zelf in de map van het besluit, niet een koppeling ernaar',
    }
  if (entry.kind === 'file' && entry.size > limit)
    return {
      reason:
        'is te groot (' +
        Math.ceil(entry.size / 1024) +
        ' kB; hoogstens ' +
        limit / 1024 +
        ' kB)',
      hint: 'verklein het bestand (een logo is enkele tientallen kilobytes)',
    }
  return undefined
}
