/**
 * The Markdown of a besluit as `check` parsed it last time, kept between
 * runs (`prose/<hash of its path>.v8` in the cache folder): after an edit,
 * only the prose that changed is parsed again. Read when the besluit is
 * checked, not before; written with this run's texts only, so it holds one
 * version of the besluit's prose. The trees are plain data (mdast), stored
 * with V8's serializer; other code, and they are not used.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {deserialize, serialize} from 'node:v8'
import type {Root} from 'mdast'
import type {ProseMemo} from '../check/prose.js'
import {writeCacheFile} from './cache-file.js'

/** A besluit's memo of parsed prose, written back with {@link StoredProse.save}. */
export interface StoredProse extends ProseMemo {
  /** Keep the prose this run parsed or used, when anything was parsed; never fails. */
  save(): void
}

interface ProseFile {
  readonly code: string
  readonly trees: Map<string, Root>
}

/** The file of the parsed prose of the besluit at `path` in the cache `folder`. */
export function storedProseFile(folder: string, path: string): string {
  return join(
    folder,
    'prose',
    createHash('sha1').update(path).digest('hex') + '.v8',
  )
}

/** The memo of parsed prose of the besluit at `path` (its `besluit.yaml`). */
export function openStoredProse(
  folder: string,
  code: string,
  path: string,
): StoredProse {
  const file = storedProseFile(folder, path)
  let stored: Map<string, Root> | undefined
  const used = new Map<string, Root>()
  let parsed = false
  const read = () => {
    if (stored) return stored
    try {
      const data = deserialize(readFileSync(file)) as ProseFile
      stored = data.code === code ? data.trees : new Map()
    } catch {
      stored = new Map()
    }
    return stored
  }
  return {
    get(text) {
      const tree = used.get(text) ?? read().get(text)
      if (!tree) return undefined
      used.set(text, tree)
      return structuredClone(tree)
    },
    set(text, tree) {
      used.set(text, structuredClone(tree))
      parsed = true
    },
    save() {
      // Not written, the next run parses this besluit's prose again.
      if (parsed) writeCacheFile(file, serialize({code, trees: used}))
    },
  }
}
