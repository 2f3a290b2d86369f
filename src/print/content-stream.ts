/**
 * Page content outside marked content, found in a decoded PDF content stream
 * and wrapped as `/Artifact`. Chromium draws the `@page` margin boxes (running
 * header, "pagina X van Y", the CONCEPT mark) before the page's tagged
 * content and leaves them unmarked; PDF/UA wants every painted object either
 * tagged or an artifact. Pure: bytes in, bytes out.
 */

const white = new Uint8Array(256)
for (const code of [0, 9, 10, 12, 13, 32]) white[code] = 1
const delimiter = new Uint8Array(256)
for (const character of '()<>[]{}/%') delimiter[character.charCodeAt(0)] = 1

/** An operator of at most three characters as a number, so the scan makes no strings. */
function key(operator: string): number {
  let value = 0
  for (let index = operator.length - 1; index >= 0; index--)
    value = value * 256 + operator.charCodeAt(index)
  return value
}
const keys = (...operators: string[]) => new Set(operators.map(key))

const showText = keys('Tj', 'TJ', "'", '"')
const constructPath = keys('m', 'l', 'c', 'v', 'y', 'h', 're')
const paintPath = keys('S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*')
const [q, bigQ, bdc, bmc, emc, bt, et, n, xObject, shading, bi] = [
  'q',
  'Q',
  'BDC',
  'BMC',
  'EMC',
  'BT',
  'ET',
  'n',
  'Do',
  'sh',
  'BI',
].map(key)

/** A half-open byte range `[start, end)` of a content stream. */
export type Range = readonly [start: number, end: number]

/**
 * The graphics objects painted outside any marked-content sequence: text
 * objects that show text, painted paths (a clip ending in `n` paints
 * nothing), XObjects, shadings and inline images. Neighbours with no `q`,
 * `Q` or marked-content operator between them form one range.
 */
export function findUnmarkedContent(bytes: Uint8Array): Range[] {
  const ranges: Array<[number, number]> = []
  let depth = 0
  let barrier = -1
  let text: {start: number; shows: boolean; inner: boolean} | undefined
  let path = -1
  const add = (start: number, end: number) => {
    const last = ranges.at(-1)
    if (last && barrier < last[1]) last[1] = end
    else ranges.push([start, end])
  }
  const operate = (operator: number, from: number, to: number) => {
    if (operator === q || operator === bigQ) barrier = from
    else if (operator === bdc || operator === bmc) {
      barrier = from
      depth++
      if (text) text.inner = true
    } else if (operator === emc) {
      barrier = from
      depth = Math.max(0, depth - 1)
    } else if (operator === bt) {
      text = depth === 0 ? {start: from, shows: false, inner: false} : undefined
    } else if (operator === et) {
      // Text that is partly tagged is left as Chromium wrote it.
      if (text?.shows && !text.inner && depth === 0) add(text.start, to)
      text = undefined
    } else if (showText.has(operator)) {
      if (text && depth === 0) text.shows = true
    } else if (constructPath.has(operator)) {
      if (path < 0) path = from
    } else if (paintPath.has(operator)) {
      if (path >= 0 && depth === 0) add(path, to)
      path = -1
    } else if (operator === n) {
      path = -1
    } else if (
      (operator === xObject || operator === shading || operator === bi) &&
      !text &&
      depth === 0
    ) {
      add(from, to)
    }
  }
  scan(bytes, operate)
  return ranges
}

/** `bytes` with every range inside `/Artifact BMC … EMC`. */
export function wrapAsArtifacts(
  bytes: Uint8Array,
  ranges: readonly Range[],
): Uint8Array {
  const open = new TextEncoder().encode('/Artifact BMC\n')
  const close = new TextEncoder().encode('\nEMC\n')
  const result = new Uint8Array(
    bytes.length + ranges.length * (open.length + close.length),
  )
  let from = 0
  let at = 0
  for (const [start, end] of ranges) {
    result.set(bytes.subarray(from, start), at)
    at += start - from
    result.set(open, at)
    at += open.length
    result.set(bytes.subarray(start, end), at)
    at += end - start
    result.set(close, at)
    at += close.length
    from = end
  }
  result.set(bytes.subarray(from), at)
  return result
}

/**
 * Tokenise a content stream and call `operate` for every operator with the
 * offset of its first operand (`from`) and the end of the operator (`to`).
 * An inline image (`BI … ID data EI`) is one operator, `BI`, to its `EI`.
 */
function scan(
  bytes: Uint8Array,
  operate: (operator: number, from: number, to: number) => void,
): void {
  const length = bytes.length
  let index = 0
  let operands = -1
  while (index < length) {
    const code = bytes[index] ?? 0
    if (white[code]) {
      index++
      continue
    }
    if (code === 0x25) {
      while (index < length && bytes[index] !== 10 && bytes[index] !== 13)
        index++
      continue
    }
    if (operands < 0) operands = index
    if (code === 0x28) index = skipLiteralString(bytes, index)
    else if (code === 0x3c)
      index =
        bytes[index + 1] === 0x3c ? index + 2 : skipTo(bytes, index, 0x3e) + 1
    else if (code === 0x3e) index += bytes[index + 1] === 0x3e ? 2 : 1
    else if (delimiter[code] && code !== 0x2f) index++
    else {
      const start = index
      index++
      while (
        index < length &&
        !white[bytes[index] ?? 0] &&
        !delimiter[bytes[index] ?? 0]
      )
        index++
      if (code === 0x2f || isOperand(bytes, start, index)) continue
      let operator = 0
      for (let at = index - 1; at >= start; at--)
        operator = operator * 256 + (bytes[at] ?? 0)
      if (operator === bi) index = skipInlineImage(bytes, index)
      operate(operator, operands, index)
      operands = -1
    }
  }
}

/** Numbers, and `true`, `false`, `null` (every operator has at most three characters). */
function isOperand(bytes: Uint8Array, start: number, end: number): boolean {
  const first = bytes[start] ?? 0
  if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d)
    return true
  return first === 0x2e || end - start > 3
}

/** The offset after a literal string `( … )`, with nested parentheses and escapes. */
function skipLiteralString(bytes: Uint8Array, start: number): number {
  let depth = 0
  for (let index = start; index < bytes.length; index++) {
    const code = bytes[index]
    if (code === 0x5c) index++
    else if (code === 0x28) depth++
    else if (code === 0x29 && --depth === 0) return index + 1
  }
  return bytes.length
}

function skipTo(bytes: Uint8Array, start: number, code: number): number {
  const found = bytes.indexOf(code, start)
  return found < 0 ? bytes.length : found
}

/** The offset after the `EI` that ends the image data following `ID`. */
function skipInlineImage(bytes: Uint8Array, start: number): number {
  const isWhite = (at: number) => at >= bytes.length || white[bytes[at] ?? 0]
  let index = start
  while (
    index < bytes.length &&
    !(
      isWhite(index - 1) &&
      bytes[index] === 0x49 &&
      bytes[index + 1] === 0x44 &&
      isWhite(index + 2)
    )
  )
    index++
  for (index += 3; index < bytes.length; index++)
    if (
      isWhite(index - 1) &&
      bytes[index] === 0x45 &&
      bytes[index + 1] === 0x49 &&
      isWhite(index + 2)
    )
      return index + 2
  return bytes.length
}
