/**
 * The order of the sections in a document: the document type's own order,
 * rearranged by the organisation's `sectievolgorde`. Sections the order names
 * come in its order; a section it does not name stays right after the
 * section it follows by default. Pure.
 */

/** Blocks that stay last when the order does not name them. */
const trailing: readonly string[] = ['bijlagen']

/** Anything placed by name, such as a section view. */
export interface Named {
  readonly id: string
}

/**
 * The blocks in the order `order` gives them; without an order, as they
 * come. The sort is stable, so unnamed blocks keep their default order.
 */
export function orderBlocks<T extends Named>(
  blocks: readonly T[],
  order: readonly string[] | undefined,
): T[] {
  if (!order || order.length === 0) return [...blocks]
  let key = -1
  const keyed = blocks.map((block, index) => {
    const at = order.indexOf(block.id)
    if (at !== -1) key = at
    // The bijlagen close a document unless the order places them.
    if (at === -1 && trailing.includes(block.id))
      return {block, key: Infinity, index}
    return {block, key, index}
  })
  return keyed
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({block}) => block)
}
