/**
 * Starting Chromium ahead of a build that will likely print, before the build
 * has loaded its modules and its besluiten: the browser's start (the longest
 * wait of a build of one besluit) then overlaps all of that. Whether it will
 * print is guessed from modification times only; a wrong yes costs a
 * browser killed unused, a wrong no the start the build makes anyway once
 * it knows.
 */
import type {Dirent} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {stampName} from '../io/stamp.js'

type Values = Readonly<Record<string, string | boolean | undefined>>

/**
 * Start Chromium now if `build` with these options will likely print;
 * returns what ends it if the build did not take it (default: nothing to end).
 */
export async function printAhead(
  contentDir: string,
  outDir: string,
  values: Values,
): Promise<(() => Promise<void>) | undefined> {
  if (values['no-pdf'] === true) return undefined
  if (!(await likelyToPrint(contentDir, outDir, values['force'] === true)))
    return undefined
  const {startAhead} = await import('../print/browser.js')
  return startAhead()
}

/** Past this many files the guess is not worth its file system calls: a big build starts its browser when it knows. */
const budget = 400

/**
 * Whether a build will likely print: with `force`, without an output
 * folder, when a besluit has no stamp there yet, or when a file under the
 * content folder changed after the oldest stamp. A content folder of more
 * than a few hundred files is not guessed at (`false`).
 */
export async function likelyToPrint(
  contentDir: string,
  outDir: string,
  force: boolean,
): Promise<boolean> {
  if (force) return true
  const files = await listFiles(contentDir)
  if (!files) return false
  const besluiten = files.filter((file) => file.endsWith('besluit.yaml'))
  if (besluiten.length === 0) return false
  const stamps = await Promise.all(
    besluiten.map((file) =>
      modified(join(outDir, relative(contentDir, file), '..', stampName)),
    ),
  )
  if (stamps.some((time) => time === undefined)) return true
  const oldest = Math.min(...(stamps as number[]))
  const times = await Promise.all(files.map(modified))
  return times.some((time) => time === undefined || time > oldest)
}

/** The files under `folder`, level by level; `undefined` past the budget or without the folder. */
async function listFiles(folder: string): Promise<string[] | undefined> {
  const files: string[] = []
  let level = [folder]
  while (level.length > 0) {
    let entries: Dirent[][]
    try {
      entries = await Promise.all(
        level.map((dir) => readdir(dir, {withFileTypes: true})),
      )
    } catch {
      // No content folder (the build says so), or one changing meanwhile.
      return undefined
    }
    const next: string[] = []
    for (const [index, list] of entries.entries())
      for (const entry of list) {
        if (entry.name.startsWith('.')) continue
        const path = join(level[index] ?? '', entry.name)
        if (entry.isDirectory()) next.push(path)
        else if (entry.isFile()) files.push(path)
      }
    if (files.length + next.length > budget) return undefined
    level = next
  }
  return files
}

async function modified(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs
  } catch {
    return undefined
  }
}
