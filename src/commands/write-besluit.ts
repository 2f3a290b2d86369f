/**
 * Writing one besluit: its documents printed, its bijlagen and open data
 * beside them, all made in memory and moved into place together; a PDF that
 * fails is reported by besluit and document, and the earlier output stays.
 */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {report} from '../messages/problem.js'
import {findBrowser} from '../print/find-browser.js'
import {readStamp, stampName, type Stamp} from '../io/stamp.js'
import {writeFolder} from '../io/output.js'
import {WriteError} from '../io/write-error.js'
import {
  BrowserFailedError,
  type PdfMetadata,
  type Printer,
} from '../print/pdf.js'
import type {BesluitResult} from '../compile.js'
import type {PublicationRecord} from '../render/publication-record.js'
import {renderOpenData} from '../render/open-data.js'

/** What the besluiten of one build share about printing. */
export interface PrintState {
  /** Whether a failed browser was reported. */
  told: boolean
  /** Besluiten not written because the browser failed. */
  readonly unprinted: string[]
}

/** Make all outputs of a besluit in memory, then move them into place together. */
export async function writeBesluit(
  result: BesluitResult,
  sourceFolder: string,
  outDir: string,
  key: string,
  printing: Promise<Printer> | undefined,
  record: PublicationRecord | undefined,
  state: PrintState,
  failures: VFile[],
): Promise<string[]> {
  if (result.documents.length === 0) return []
  // A browser that cannot start is the build's failure, not this besluit's.
  const printer = await printing
  const outputs: Array<[string, string | Uint8Array]> = []
  for (const document of result.documents) {
    outputs.push([document.fileName + '.html', document.html])
    if (!printer) continue
    try {
      outputs.push([
        document.fileName + '.pdf',
        await printer.print(document.html, withSourceDate(document.metadata)),
      ])
    } catch (error) {
      // A browser that failed for good is one problem, told once; the
      // besluiten after it are left as they were.
      if (!(error instanceof BrowserFailedError && state.told)) {
        state.told ||= error instanceof BrowserFailedError
        // Named by the besluit and document that failed, not placed in a source that is fine.
        const pdf = document.fileName + '.pdf'
        const file = new VFile({path: join(outDir, result.name, pdf)})
        report(
          file,
          'de PDF `' +
            pdf +
            '` van besluit `' +
            result.name +
            '` kon niet worden gemaakt: ' +
            String((error as Error).message),
          {
            ruleId: 'pdf-failed',
            hint:
              error instanceof BrowserFailedError
                ? checkBrowser() +
                  '; de besluiten die nog niet gemaakt waren, zijn niet gemaakt en hun eerdere uitvoer is bewaard'
                : checkBrowser() +
                  '; de eerdere uitvoer van dit besluit is bewaard',
            whole: true,
          },
        )
        failures.push(file)
      }
      if (error instanceof BrowserFailedError) state.unprinted.push(result.name)
      return []
    }
  }
  // The bijlagen's files go beside the documents that link to them.
  for (const name of new Set(
    result.besluit?.bijlagen.flatMap((bijlage) => bijlage.bestand ?? []),
  ))
    outputs.push([name, await readFile(join(sourceFolder, name))])
  if (record && result.besluit)
    outputs.push([
      'besluit.json',
      renderOpenData(record, result.besluit, result.finance),
    ])
  const folder = join(outDir, result.name)
  const stamp: Stamp = {
    key,
    outputs: outputs.map(([name]) => name),
    ...(record ? {publicatie: record} : {}),
  }
  const previous = await readStamp(folder)
  try {
    return await writeFolder(
      folder,
      outputs,
      [stampName, JSON.stringify(stamp) + '\n'],
      {
        // Outputs of the previous build that this one did not make would be stale.
        remove: (previous?.outputs ?? []).filter(
          (name) => !stamp.outputs.includes(name) && !name.includes('/'),
        ),
      },
    )
  } catch (error) {
    const [file] = result.files
    if (!(error instanceof WriteError) || !file) throw error
    report(file, error.message, {ruleId: 'write-failed', hint: error.hint})
    return []
  }
}

/** `SOURCE_DATE_EPOCH`, where set, overrides the besluit's date (reproducible builds). */
export function withSourceDate(metadata: PdfMetadata): PdfMetadata {
  const epoch = process.env['SOURCE_DATE_EPOCH']
  return epoch && /^\d+$/.test(epoch)
    ? {...metadata, date: new Date(Number(epoch) * 1000)}
    : metadata
}

/** How to see whether the browser raadsstuk prints with works: the one it finds (a headless shell first). */
function checkBrowser(): string {
  return (
    'controleer of Chromium werkt (`' +
    (findBrowser() ?? 'chromium') +
    ' --version`)'
  )
}
