/**
 * Finding fields in a zod schema: the schemas that can sit at a path, the
 * keys a block may have, and a field's description (what editors show).
 * Pure.
 */
import type {z} from 'zod'

type Path = readonly PropertyKey[]

/** Any zod schema, seen from the inside. */
export type AnySchema = z.core.$ZodType

/** The schemas that can sit at `path` (unions give several). */
function schemasAt(root: AnySchema, path: Path): AnySchema[] {
  let current: AnySchema[] = [root]
  for (const key of path) {
    current = current.flatMap(unwrap).flatMap((schema) => {
      const def = schema._zod.def as unknown as Record<string, unknown>
      if (def['type'] === 'object') {
        const child = (def['shape'] as Record<string, AnySchema>)[String(key)]
        return child ? [child] : []
      }
      if (def['type'] === 'array' && typeof key === 'number')
        return [def['element'] as AnySchema]
      if (def['type'] === 'record') return [def['valueType'] as AnySchema]
      return []
    })
  }
  return current.flatMap(unwrap)
}

function unwrap(schema: AnySchema): AnySchema[] {
  const def = schema._zod.def as unknown as Record<string, unknown>
  switch (def['type']) {
    // Wrappers are kept too: their descriptions are what editors show.
    case 'optional':
    case 'default':
    case 'nullable':
      return [schema, ...unwrap(def['innerType'] as AnySchema)]
    case 'pipe':
      return [schema, ...unwrap(def['in'] as AnySchema)]
    case 'union':
      return [schema, ...(def['options'] as AnySchema[]).flatMap(unwrap)]
    default:
      return [schema]
  }
}

/** The keys a block at `path` may have. */
export function keysAt(root: AnySchema, path: Path): string[] {
  return schemasAt(root, path).flatMap((schema) => {
    const def = schema._zod.def as unknown as Record<string, unknown>
    return def['type'] === 'object' ? Object.keys(def['shape'] as object) : []
  })
}

/** The description of the field at `path`, or of the nearest block around it that has one. */
export function describeField(root: AnySchema, path: Path): string | undefined {
  for (let length = path.length; length > 0; length--) {
    const found = schemasAt(root, path.slice(0, length))
      .map(
        (schema) => (schema as unknown as {description?: string}).description,
      )
      .find((text) => text !== undefined)
    if (found) return found
  }
  return undefined
}
