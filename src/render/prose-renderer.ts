/**
 * Prose as the views ask for it: each field rendered once, whichever
 * documents show it, from its checked Markdown. Pure.
 */
import type {Root} from 'mdast'
import {proseKey, type CheckedProse} from '../check/prose.js'
import type {Prose} from '../check/schema.js'
import {proseToHtml} from './markdown.js'
import type {RenderProse} from './view-model.js'

/**
 * Render each prose field once, whichever documents show it, from its checked
 * Markdown; prose the stage did not check is checked on first use.
 */
export function createProseRenderer(
  checked: CheckedProse,
  check: (
    path: readonly PropertyKey[],
    prose: Prose | string,
  ) => Root | undefined,
): RenderProse {
  const cache = new Map<string, string>()
  const trees = new Map<string, Root | undefined>(checked)
  return (path, prose, options = {}) => {
    const key = JSON.stringify([path, options])
    const cached = cache.get(key)
    if (cached !== undefined) return cached
    const treeKey = proseKey(path)
    if (!trees.has(treeKey)) trees.set(treeKey, check(path, prose))
    const tree = trees.get(treeKey)
    const html = tree ? proseToHtml(tree, options) : ''
    cache.set(key, html)
    return html
  }
}
