/**
 * One escaping function per output context. Values from a source reach the
 * documents as text in an element, as a quoted attribute value, or as a
 * quoted string in CSS; each context has its own characters that end it.
 * Control characters never get through as themselves: they are refused at
 * `check`, and replaced here as well, so that no value can leave its context.
 */

/**
 * C0 and C1 controls other than tab, line feed and carriage return (which
 * HTML reads as a line feed), and the line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const controlPattern = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029]/g
/** Code units that are half of a surrogate pair without the other half. */
const loneSurrogates =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text for inside an HTML element: `&`, `<` and `>` as references, controls as U+FFFD. */
export function escapeHtmlText(text: string): string {
  return replaceUnsafe(text).replace(/[&<>]/g, reference)
}

/**
 * A value for inside a quoted HTML attribute (either quote): also the quotes,
 * the backtick and `=` as references.
 */
export function escapeHtmlAttribute(text: string): string {
  return replaceUnsafe(text).replace(/[&<>"'`=]/g, reference)
}

/**
 * A quoted CSS string, safe inside a `<style>` element: controls and
 * separators (a form feed ends a CSS string) become U+FFFD like
 * everywhere; tab, line feed, carriage return, quotes, backslash and `<`, `>`,
 * `&` (so no `</style>` can end the element) become hexadecimal escapes.
 */
export function escapeCssString(text: string): string {
  return (
    '"' +
    replaceUnsafe(text).replace(
      /[\t\n\r\\"'<>&]/g,
      (character) => '\\' + character.charCodeAt(0).toString(16) + ' ',
    ) +
    '"'
  )
}

/** A view with every string's controls and lone surrogates replaced by U+FFFD. */
export function withoutControls<T>(value: T): T {
  if (typeof value === 'string') return replaceUnsafe(value) as T
  if (Array.isArray(value)) return value.map(withoutControls) as T
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withoutControls(item)]),
    ) as T
  return value
}

function replaceUnsafe(text: string): string {
  return text
    .replace(controlPattern, '\uFFFD')
    .replace(loneSurrogates, '\uFFFD')
}

function reference(character: string): string {
  return '&#' + character.charCodeAt(0) + ';'
}
