/**
 * The yaml library's syntax errors in Dutch: a reason and a hint per error
 * code, and where an unclosed quote really opens. Pure.
 */
import type {Point} from '../messages/problem.js'

export const syntaxHints: Record<string, string> = {
  TAB_AS_INDENT: 'spring in met spaties, niet met tabs',
  DUPLICATE_KEY:
    'elke sleutel mag één keer voorkomen in een blok: voeg de twee samen of verwijder er één',
  BAD_INDENT:
    'controleer de inspringing (elementen van één blok staan precies onder elkaar) en of elke `[` en `{` gesloten wordt met `]` en `}`',
  MISSING_CHAR:
    'er ontbreekt een afsluitend teken, zoals `]`, `}` of een aanhalingsteken',
  BLOCK_AS_IMPLICIT_KEY:
    'zet tekst met een dubbele punt tussen aanhalingstekens, of gebruik `|` voor een blok tekst',
  MULTILINE_IMPLICIT_KEY:
    'een sleutel staat op één regel; zet tekst met een dubbele punt tussen aanhalingstekens',
}

/** What each of the yaml library's error codes means, in Dutch (its own text is English). */
const syntaxReasons: Record<string, string> = {
  ALIAS_PROPS: 'een alias (`*naam`) mag geen anker of tag hebben',
  BAD_ALIAS: 'een alias (`*naam`) naar een anker dat niet bestaat',
  BAD_DIRECTIVE: 'een ongeldige regel die met `%` begint',
  BAD_DQ_ESCAPE:
    'een ongeldig teken na `\\` in tekst tussen dubbele aanhalingstekens',
  BAD_INDENT: 'de inspringing klopt niet',
  BAD_PROP_ORDER: 'anker en tag staan in de verkeerde volgorde',
  BAD_SCALAR_START: 'een waarde mag niet met dit teken beginnen',
  BLOCK_AS_IMPLICIT_KEY:
    'hier staat een blok waar een sleutel hoort; vaak maakt een dubbele punt in de tekst er een tweede sleutel van',
  BLOCK_IN_FLOW: 'een blok binnen `[ ]` of `{ }`',
  IMPOSSIBLE: 'de YAML kan hier niet worden gelezen',
  MULTILINE_IMPLICIT_KEY: 'een sleutel loopt over meer dan één regel',
  MULTIPLE_ANCHORS: 'meer dan één anker (`&naam`) op één waarde',
  MULTIPLE_DOCS: 'meer dan één YAML-document in één bestand (een regel `---`)',
  MULTIPLE_TAGS: 'meer dan één tag op één waarde',
  NON_STRING_KEY: 'een sleutel die geen tekst is',
  RESOURCE_EXHAUSTION: 'te veel verwijzingen naar ankers',
  TAG_RESOLVE_FAILED: 'een onbekende tag (`!naam`)',
  UNEXPECTED_TOKEN: 'een onverwacht teken',
  BAD_COLLECTION_TYPE: 'een lijst of blok van de verkeerde soort',
}

/** The yaml library's error as a Dutch reason. */
export function syntaxReason(error: {code: string; message: string}): string {
  if (error.code === 'MISSING_CHAR') {
    const missing = error.message.includes('quote')
      ? 'aanhalingsteken'
      : /[\]}]/.exec(error.message)?.[0]
    return missing === 'aanhalingsteken'
      ? 'het afsluitende aanhalingsteken ontbreekt'
      : missing
        ? 'de afsluitende `' + missing + '` ontbreekt'
        : 'een afsluitend teken ontbreekt'
  }
  if (error.code === 'BAD_INDENT' && /Flow (map|sequence)/.test(error.message))
    return /map/.test(error.message)
      ? 'een `{ … }` springt te weinig in of wordt niet gesloten met `}`'
      : 'een `[ … ]` springt te weinig in of wordt niet gesloten met `]`'
  return syntaxReasons[error.code] ?? 'de YAML klopt hier niet'
}

/** Where an unclosed double quote opens: the first line with an odd number of unescaped quotes. */
export function openingQuote(text: string): Point | undefined {
  const lines = text.split('\n')
  for (const [index, line] of lines.entries()) {
    const content = line.replace(/\\"/g, '').replace(/^\s*#.*$/, '')
    const quotes = [...content.matchAll(/"/g)]
    if (quotes.length % 2 === 1)
      return {line: index + 1, column: (quotes[0]?.index ?? 0) + 1}
  }
  return undefined
}

export function describeKeyAt(text: string, offset: number): string {
  const key = /^[^:\n]+/.exec(text.slice(offset))?.[0]?.trim()
  return key ? ' `' + key + '`' : ''
}
