/**
 * Alignment of two versions of a list, the one algorithm every part of the
 * diff pairs its items with: by content for the blocks of a document, by
 * key for numbered items (beslispunten, argumenten, kanttekeningen). Pure.
 */
import {diffArrays} from 'diff'

/** One step of an alignment. */
export type Step<T> =
  | {readonly kind: 'same'; readonly from: T; readonly to: T}
  | {readonly kind: 'changed'; readonly from: T; readonly to: T}
  | {readonly kind: 'removed'; readonly from: T}
  | {readonly kind: 'added'; readonly to: T}

/**
 * Align by content: items with the same key in the same order match (a
 * longest common subsequence), and runs of removed items followed by added
 * ones pair up as changed items.
 */
export function alignByContent<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
): Array<Step<T>> {
  const parts = diffArrays(before.map(key), after.map(key))
  const steps: Array<Step<T>> = []
  let oldIndex = 0
  let newIndex = 0
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]
    if (!part) continue
    const count = part.value.length
    const next = parts[index + 1]
    if (!part.added && !part.removed) {
      for (let offset = 0; offset < count; offset++)
        steps.push({
          kind: 'same',
          from: before[oldIndex + offset] as T,
          to: after[newIndex + offset] as T,
        })
    } else if (part.removed && next?.added) {
      const nextCount = next.value.length
      for (let offset = 0; offset < Math.max(count, nextCount); offset++) {
        if (offset < count && offset < nextCount)
          steps.push({
            kind: 'changed',
            from: before[oldIndex + offset] as T,
            to: after[newIndex + offset] as T,
          })
        else if (offset < count)
          steps.push({kind: 'removed', from: before[oldIndex + offset] as T})
        else steps.push({kind: 'added', to: after[newIndex + offset] as T})
      }
      oldIndex += count
      newIndex += nextCount
      index++
      continue
    } else if (part.removed) {
      for (let offset = 0; offset < count; offset++)
        steps.push({kind: 'removed', from: before[oldIndex + offset] as T})
    } else {
      for (let offset = 0; offset < count; offset++)
        steps.push({kind: 'added', to: after[newIndex + offset] as T})
    }
    if (!part.added) oldIndex += count
    if (!part.removed) newIndex += count
  }
  return steps
}

/**
 * Align by key: an item matches the item with its key wherever it stands.
 * The steps follow the new order; removed items come last. `same` says only
 * that the key matched: whether the item changed is the caller's to judge.
 */
export function alignByKey<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
): Array<Step<T>> {
  // The first of equal keys matches, as a reader would pair them.
  const old = new Map<string, T>()
  for (const item of before) if (!old.has(key(item))) old.set(key(item), item)
  const kept = new Set(after.map(key))
  return [
    ...after.map((to): Step<T> => {
      const from = old.get(key(to))
      return from ? {kind: 'same', from, to} : {kind: 'added', to}
    }),
    ...before
      .filter((from) => !kept.has(key(from)))
      .map((from): Step<T> => ({kind: 'removed', from})),
  ]
}
