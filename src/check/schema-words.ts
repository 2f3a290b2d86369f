/**
 * How schema problems say things in Dutch: types, values, field names as a
 * writer reads them (`argumenten[2].beslispunt`). Pure.
 */
import type {z} from 'zod'

type Issue = z.core.$ZodIssue
type Path = readonly PropertyKey[]

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

export function tooSmall(issue: Extract<Issue, {code: 'too_small'}>): string {
  if (issue.origin === 'array')
    return (
      'de lijst heeft ten minste ' +
      String(issue.minimum) +
      ' element(en) nodig'
    )
  if (issue.origin === 'string') return 'de tekst is leeg'
  return 'moet ten minste ' + String(issue.minimum) + ' zijn'
}

export function dutchType(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'een getal',
    int: 'een geheel getal',
    boolean: '`true` of `false`',
    object: 'een blok met velden',
    array: 'een lijst (regels die beginnen met `- `)',
  }
  return names[expected] ?? expected
}

export function describeValue(value: unknown): string {
  if (value === null) return 'een lege waarde'
  if (Array.isArray(value)) return 'een lijst'
  if (typeof value === 'object') return 'een blok met velden'
  return '`' + String(value) + '`'
}

export function fieldName(path: Path): string {
  return path
    .map((key) =>
      typeof key === 'number' ? '[' + (key + 1) + ']' : String(key),
    )
    .join('.')
    .replace(/\.\[/g, '[')
}

export function lastKey(path: Path): string {
  return String(path.at(-1) ?? '')
}

export function parentName(path: Path): string {
  return fieldName(path.slice(0, -1))
}
