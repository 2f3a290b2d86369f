/**
 * `raadsstuk textconv <file>`: a besluit as the plain text of its documents,
 * numbered and with computed amounts, for `git diff` (a git textconv driver).
 */
import {readFile, stat} from 'node:fs/promises'
import {basename, dirname, resolve} from 'node:path'
import {VFile} from 'vfile'
import {loadVergoedingsgrenzen} from '../io/vergoedingsgrenzen.js'
import {findOrganisatie, loadBesluit} from '../io/load.js'
import {describeReadError} from '../io/read-error.js'
import {createTemplateResolver} from '../io/templates.js'
import {compileBesluit} from '../compile.js'
import {createRenderer} from '../render/templates.js'
import {formatReport} from '../messages/report.js'
import {hasErrors} from '../messages/problem.js'
import {blocksToText, htmlToBlocks} from '../diff/text-blocks.js'

/**
 * The text of a besluit's documents. git hands old versions over as a
 * temporary file away from the besluit's folder, where the prose files
 * (`bestand: werkwijze.md`) are not; so prose from a file is shown by name on
 * both sides, always, and a diff does not show it as added or removed. git
 * diffs the prose file itself as the text file it is.
 */
export async function textconv(path: string): Promise<string> {
  const folder = dirname(resolve(path))
  // git hands over a file; anything else is said in Dutch, before it is read.
  const info = await stat(path).catch((error: unknown) => {
    throw new Error(
      '`' +
        path +
        '` ' +
        describeReadError(error) +
        '; geef het pad van een besluit.yaml, zoals git dat doet',
    )
  })
  if (!info.isFile())
    throw new Error(
      '`' +
        path +
        '` is geen bestand; geef het pad van een besluit.yaml, zoals git dat doet',
    )
  const loaded =
    basename(path) === 'besluit.yaml'
      ? await loadBesluit(folder, {organisatie: await findOrganisatie(folder)})
      : undefined
  const text = await readFile(path, 'utf8')
  const file = new VFile({path: resolve(path), value: text})
  const proseFiles = new Map<string, VFile>()
  for (const match of text.matchAll(/bestand:\s*["']?([^\s"']+\.md)/g)) {
    const name = match[1] ?? ''
    proseFiles.set(
      name,
      new VFile({path: resolve(folder, name), value: `*(tekst in ${name})*`}),
    )
  }
  const assets = new Map(loaded?.assets ?? [])
  const logo = /^logo:\s*["']?([^\s"']+)/m.exec(text)?.[1]
  if (logo && !assets.has(logo)) assets.set(logo, new Uint8Array())
  const organisatie = loaded?.organisatie ?? (await findOrganisatie(folder))
  const source = {
    name: basename(folder),
    file,
    proseFiles,
    assets,
    vergoedingsgrenzen: await loadVergoedingsgrenzen(),
    ...(organisatie ? {organisatie} : {}),
  }
  // The organisation's own templates, as every command finds them.
  const templates = await createTemplateResolver()(source)
  if (templates.failed)
    return (
      'De templates van deze organisatie zijn ongeldig:\n' +
      formatReport(templates.files, {hints: false, cwd: folder})
    )
  const result = compileBesluit(source, createRenderer(templates.templates))
  if (hasErrors(result.files))
    return (
      'Dit besluit is ongeldig:\n' +
      formatReport(result.files, {hints: false, cwd: folder})
    )
  return result.documents
    .map(
      (document) =>
        '=== ' +
        document.title +
        ' ===\n\n' +
        blocksToText(htmlToBlocks(document.html)),
    )
    .join('\n')
}
