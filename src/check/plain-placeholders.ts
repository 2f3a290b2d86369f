/**
 * `{{…}}` in a plain field (a heading, the subject, a name) is never filled
 * in: only prose is. Rather than print the braces, say so at the field.
 * Pure: returns the problems, each with a path into the source.
 */
import type {Problem} from '../messages/problem.js'

/** Fields whose text is prose (Markdown with placeholders). */
const proseKeys = new Set([
  'tekst',
  'samenvatting',
  'kennisnemenVan',
  'kernboodschap',
  'consequenties',
])

/** A problem for every `{{` in a string that is not prose. */
export function checkPlainPlaceholders(value: unknown): Problem[] {
  const problems: Problem[] = []
  walk(value, [], (text, path) => {
    const at = text.indexOf('{{')
    if (at < 0) return
    const key = path.at(-1)
    // A section written as one text (`secties: {aanleiding: …}`) is prose too.
    const isSection = path.length === 2 && path[0] === 'secties'
    if ((typeof key === 'string' && proseKeys.has(key)) || isSection) return
    const end = text.indexOf('}}', at)
    const placeholder = text.slice(at, end < 0 ? at + 20 : end + 2)
    problems.push({
      path,
      reason:
        '`' +
        placeholder +
        '` in `' +
        String(key) +
        '` wordt niet ingevuld: waarden staan alleen in tekstvelden',
      ruleId: 'placeholder-in-plain-field',
      hint: 'schrijf hier de tekst zelf; een waarde als `{{vergoeding.totaal}}` kan in een `tekst`',
    })
  })
  return problems
}

function walk(
  value: unknown,
  path: PropertyKey[],
  visit: (text: string, path: PropertyKey[]) => void,
): void {
  if (typeof value === 'string') visit(value, path)
  else if (Array.isArray(value))
    value.forEach((item, index) => walk(item, [...path, index], visit))
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      walk(item, [...path, key], visit)
}
