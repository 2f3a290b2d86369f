/**
 * The stamp in a besluit's output folder (`.raadsstuk.json`): what its
 * outputs were made from, which files they are, and what the site lists of
 * the besluit. Only folders with a stamp are the tool's own.
 */
import {readdir, readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import type {PublicationRecord} from '../render/publication-record.js'

/** The file in a besluit's output folder that records what its outputs were made from. */
export const stampName = '.raadsstuk.json'

/** What the stamp holds. */
export interface Stamp {
  readonly key: string
  readonly outputs: readonly string[]
  /** What the site lists of the besluit (default: nothing). */
  readonly publicatie?: PublicationRecord
}

/** The stamp of an output folder, or `undefined` when it has none (or an unreadable one). */
export async function readStamp(folder: string): Promise<Stamp | undefined> {
  try {
    const stamp = JSON.parse(
      await readFile(join(folder, stampName), 'utf8'),
    ) as Partial<Stamp>
    return typeof stamp.key === 'string' && Array.isArray(stamp.outputs)
      ? (stamp as Stamp)
      : undefined
  } catch {
    return undefined
  }
}

/** Remove the output folders, stamped by this tool, of besluiten that no longer exist. */
export async function removeStaleFolders(
  outDir: string,
  names: readonly string[],
): Promise<void> {
  const current = new Set(names)
  const entries = await readdir(outDir, {withFileTypes: true}).catch(() => [])
  await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && !current.has(entry.name))
      .map(async (entry) => {
        const folder = join(outDir, entry.name)
        if (await readStamp(folder))
          await rm(folder, {recursive: true, force: true})
      }),
  )
}
