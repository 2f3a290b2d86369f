/**
 * Chromium names each element of a tagged PDF's structure after its DOM
 * node (`/ID (node00000129)`, also the keys of the structure tree's IDTree).
 * Those numbers grow with every document a reused page has printed, so the
 * same HTML printed later in a build would give other bytes. They are
 * renumbered here in their order, from 1: the same document gives the same
 * names whichever page printed it.
 */
import type {PDFDocument, PDFObject, PDFString as Text} from 'pdf-lib'

/** Renumber Chromium's structure element IDs in `document`, in place. */
export function renumberStructIds(
  {PDFArray, PDFDict, PDFString}: typeof import('pdf-lib'),
  document: PDFDocument,
): void {
  const pattern = /^node(\d{8})$/
  const found = new Set<number>()
  const visit = (
    object: PDFObject,
    replace: (value: Text) => PDFObject | undefined,
  ): PDFObject | undefined => {
    if (object instanceof PDFString) return replace(object)
    if (object instanceof PDFArray)
      for (let index = 0; index < object.size(); index++) {
        const next = visit(object.get(index), replace)
        if (next) object.set(index, next)
      }
    else if (object instanceof PDFDict)
      for (const [key, value] of object.entries()) {
        const next = visit(value, replace)
        if (next) object.set(key, next)
      }
    return undefined
  }
  const objects = document.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
  for (const object of objects)
    visit(object, (value) => {
      const match = pattern.exec(value.asString())
      if (match) found.add(Number(match[1]))
      return undefined
    })
  if (found.size === 0) return
  const order = new Map(
    [...found].sort((a, b) => a - b).map((id, index) => [id, index + 1]),
  )
  for (const object of objects)
    visit(object, (value) => {
      const match = pattern.exec(value.asString())
      const number = match ? order.get(Number(match[1])) : undefined
      return number === undefined
        ? undefined
        : PDFString.of('node' + String(number).padStart(8, '0'))
    })
}
