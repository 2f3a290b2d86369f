/**
 * The prose stage: every prose field of a besluit parsed once into Markdown
 * (mdast) and checked by one unified plugin, before any document is made:
 * raw HTML is refused and dropped, unsafe links and images from elsewhere are
 * neutralised, typed amounts and false sums are flagged, and placeholders are
 * filled in from the computed values. Rendering turns the checked trees into
 * HTML later. Pure: problems become messages on the file the prose came from.
 */
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified, type Plugin} from 'unified'
import {SKIP, visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {report, type Point} from '../messages/problem.js'
import {proseOrigin} from '../parse/prose-origin.js'
import type {ParsedYaml} from '../parse/yaml.js'
import type {ValueTable} from '../compute/values.js'
import {checkArithmetic} from './arithmetic.js'
import {checkMarkdownBounds} from './markdown-bounds.js'
import {checkImage, checkRawHtml, checkUnsafeUrl} from './prose-nodes.js'
import {
  checkLiteralAmounts,
  placeWithin,
  replacePlaceholders,
} from './placeholders.js'
import {proseFields} from './references.js'
import type {Besluit, Prose} from './schema.js'

/** Markdown text with where it stands in its file. */
export interface ProseSource {
  readonly text: string
  readonly file: VFile
  /** Map a point in `text` (1-based) to the point in `file`. */
  readonly origin: (point: Point) => Point
}

/** What the prose checks of one field need, as `file.data.proseCheck`. */
export interface ProseCheckData {
  readonly source: ProseSource
  /** The computed values placeholders may name. */
  readonly values: ValueTable
}

declare module 'vfile' {
  interface DataMap {
    proseCheck: ProseCheckData
  }
}

/**
 * The checked Markdown of each prose field, by {@link proseKey} of its path;
 * `undefined` for prose too deep or too marked up to parse.
 */
export type CheckedProse = ReadonlyMap<string, Root | undefined>

/**
 * The remark plugin of the prose checks. It reports to the source's file
 * (from `file.data.proseCheck`), because one YAML file holds many prose fields.
 */
export const remarkCheckProse: Plugin<[], Root> = () => (tree, file) => {
  const data = file.data.proseCheck
  if (!data) throw new Error('Expected `file.data.proseCheck`, not nothing')
  checkTree(tree, data.source, data.values)
}

/** The one Markdown processor before rendering: every remark plugin is added here. */
const processor = unified().use(remarkParse).use(remarkCheckProse).freeze()

/**
 * Markdown parsed before, by its text: parsing is a pure function of the
 * text, and the costliest step of checking prose in a short run. `get`
 * gives a tree of one's own; `set` keeps a copy of a freshly parsed one.
 */
export interface ProseMemo {
  get(text: string): Root | undefined
  set(text: string, tree: Root): void
}

/** Parse and check one piece of prose; `undefined` when it is out of bounds. */
export function checkProseSource(
  source: ProseSource,
  values: ValueTable,
  memo?: ProseMemo,
): Root | undefined {
  // Bounded before it is parsed: deep nesting overflows the parser's stack.
  const bound = checkMarkdownBounds(source.text)
  if (bound) {
    report(source.file, bound.reason, {
      place: source.origin({line: bound.line, column: bound.column}),
      ruleId: bound.ruleId,
      hint: bound.hint,
    })
    return undefined
  }
  const file = new VFile({
    value: source.text,
    data: {proseCheck: {source, values}},
  })
  let tree = memo?.get(source.text)
  if (!tree) {
    tree = processor.parse(file)
    // Kept as parsed: the checks change the tree (placeholders, raw HTML).
    memo?.set(source.text, tree)
  }
  return processor.runSync(tree, file)
}

/** The key of a prose field's path in {@link CheckedProse}. */
export function proseKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path)
}

/** Check every prose field of a valid besluit; the `.md` files by name. */
export function checkProse(
  besluit: Besluit,
  parsed: ParsedYaml,
  proseFiles: ReadonlyMap<string, VFile>,
  values: ValueTable,
  memo?: ProseMemo,
): CheckedProse {
  const checked = new Map<string, Root | undefined>()
  const fields: Array<[readonly PropertyKey[], Prose]> = [
    ...besluit.beslispunten.flatMap(
      (point, index): Array<[readonly PropertyKey[], Prose]> => [
        [['beslispunten', index, 'tekst'], point.tekst],
        ...(point.onderdelen ?? []).map(
          (part, partIndex): [readonly PropertyKey[], Prose] => [
            ['beslispunten', index, 'onderdelen', partIndex, 'tekst'],
            part.tekst,
          ],
        ),
      ],
    ),
    ...proseFields(besluit),
  ]
  for (const [path, prose] of fields) {
    const source = proseSource(parsed, path, prose, proseFiles)
    if (source)
      checked.set(proseKey(path), checkProseSource(source, values, memo))
  }
  return checked
}

/** Where the text of a prose field is: inline in the YAML, or in a `.md` file. */
export function proseSource(
  parsed: ParsedYaml,
  path: readonly PropertyKey[],
  prose: Prose | string,
  proseFiles: ReadonlyMap<string, VFile>,
): ProseSource | undefined {
  if (typeof prose === 'string')
    return {text: prose, file: parsed.file, origin: proseOrigin(parsed, path)}
  const file = proseFiles.get(prose.bestand)
  return file
    ? {text: String(file.value), file, origin: (point) => point}
    : undefined
}

function checkTree(tree: Root, source: ProseSource, values: ValueTable): void {
  const definitions = new Map<string, string>()
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier.toLowerCase(), node.url)
  })
  visit(tree, (node, index, parent) => {
    if (node.type === 'html' && parent && index !== undefined) {
      checkRawHtml(node, source)
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    if (node.type === 'link' || node.type === 'image')
      checkUnsafeUrl(node, source)
    if (node.type === 'image' || node.type === 'imageReference')
      checkImage(node, source, definitions)
    if (node.type === 'text') {
      checkLiteralAmounts(node, source, values)
      const original = node.value
      const toOriginal = replacePlaceholders(node, source, values)
      checkArithmetic(node.value, (at) =>
        placeWithin(source, {...node, value: original}, toOriginal(at)),
      ).forEach(([reason, place, hint]) =>
        report(source.file, reason, {
          place,
          ruleId: 'arithmetic',
          hint,
          warning: true,
        }),
      )
    }
    return undefined
  })
}
