/**
 * Reading a source: a file over {@link maxSourceBytes} is refused unread, a
 * binary one refused, and text becomes a vfile, whether its bytes come from
 * the file system or a git blob.
 */
import {readFile, stat} from 'node:fs/promises'
import {VFile} from 'vfile'
import {report} from '../messages/problem.js'

/** Files larger than this are refused, not read (a besluit's sources are a few kB). */
export const maxSourceBytes = 1024 * 1024

/** Read a source file as UTF-8 text; too large or binary files get an error and no text. */
export function readSource(path: string): Promise<VFile> {
  return readSourceFrom(
    path,
    async () => (await stat(path)).size,
    () => readFile(path),
  )
}

/**
 * A source as a vfile, wherever its bytes come from (a file, a git blob): a
 * file over {@link maxSourceBytes} is refused unread, a binary one refused,
 * and text is decoded as UTF-8 without a byte-order mark.
 */
export async function readSourceFrom(
  path: string,
  size: () => Promise<number>,
  read: () => Promise<Uint8Array>,
): Promise<VFile> {
  const file = new VFile({path, value: ''})
  const bytes = await size()
  if (bytes > maxSourceBytes) {
    report(
      file,
      'bestand is te groot (' +
        Math.ceil(bytes / 1024) +
        ' kB; hoogstens ' +
        maxSourceBytes / 1024 +
        ' kB)',
      {
        ruleId: 'file-too-large',
        hint: 'een besluit is tekst van enkele kilobytes; controleer of dit het goede bestand is',
      },
    )
    return file
  }
  const content = Buffer.from(await read())
  if (content.includes(0)) {
    report(file, 'dit is geen tekstbestand (het bevat binaire gegevens)', {
      ruleId: 'binary-file',
      hint: 'sla het bestand op als platte tekst in UTF-8',
    })
    return file
  }
  file.value = content.toString('utf8').replace(/^\uFEFF/, '')
  return file
}
