/**
 * Why an output could not be written, said once in Dutch: the folder, what
 * happened (a file in the way, no permission, a full disk …) and what to do.
 */
import {relative} from 'node:path'

/** A write that failed, said for the writer: what happened to which folder, and what to do. */
export class WriteError extends Error {
  override name = 'WriteError'
  constructor(
    message: string,
    readonly hint: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

const reasons: Record<string, [string, string]> = {
  ENOTDIR: [
    'een deel van het pad is een bestand, geen map',
    'verwijder of hernoem dat bestand, of kies een andere uitvoermap met --out',
  ],
  EEXIST: [
    'er staat een bestand waar de map moet komen',
    'verwijder of hernoem dat bestand, of kies een andere uitvoermap met --out',
  ],
  EISDIR: [
    'er staat een map waar een bestand moet komen',
    'verwijder die map, of kies een andere uitvoermap met --out',
  ],
  EROFS: [
    'de schijf is alleen-lezen',
    'kies een uitvoermap op een schrijfbare schijf met --out',
  ],
  EACCES: [
    'geen schrijfrechten',
    'geef schrijfrechten op de map, of kies een andere uitvoermap met --out',
  ],
  EPERM: [
    'geen schrijfrechten',
    'geef schrijfrechten op de map, of kies een andere uitvoermap met --out',
  ],
  ENOSPC: [
    'de schijf is vol',
    'maak ruimte vrij en bouw opnieuw; de eerdere uitvoer van dit besluit is bewaard',
  ],
  EDQUOT: [
    'de schijfquota is op',
    'maak ruimte vrij en bouw opnieuw; de eerdere uitvoer van dit besluit is bewaard',
  ],
}

/** A failed write as a {@link WriteError} naming the folder, in Dutch, with a hint. */
export function describeWriteError(error: unknown, folder: string): WriteError {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  const [reason, hint] = reasons[code] ?? [
    String((error as Error).message),
    'controleer of de uitvoermap bestaat en beschrijfbaar is, of kies een andere met --out',
  ]
  return new WriteError(
    'uitvoermap `' +
      shown(folder) +
      '` kan niet worden geschreven: ' +
      reason +
      (code ? ' (' + code + ')' : ''),
    hint,
    {cause: error},
  )
}

/** A path as the writer knows it: relative to the working folder when inside it. */
export function shown(path: string): string {
  const inside = relative(process.cwd(), path)
  return inside.startsWith('..') || inside === '' ? path : inside
}
