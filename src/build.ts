/**
 * The build: load → compile (validate, compute, render) → print → write.
 * A decision is written only when all its documents were made; its earlier
 * outputs stay as they were otherwise.
 */
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import type {VFile} from 'vfile'
import {loadDecisions, loadTemplates} from './load.js'
import {report} from './messages.js'
import {createPrinter, type PdfMetadata, type Printer} from './pdf.js'
import {compileDecision, type DecisionResult} from './pipeline.js'
import {createRenderer} from './render.js'

/** Options of {@link build}. */
export interface Options {
  /** Folder with decisions (default: `content`). */
  readonly contentDir?: string
  /** Folder to write to (default: `out`). */
  readonly outDir?: string
  /** Folder with templates (default: raadsstuk's own `templates/`). */
  readonly templatesDir?: string
  /** Make PDFs as well as HTML (default: `true`). */
  readonly pdf?: boolean
  /** Only validate; write nothing (default: `false`). */
  readonly checkOnly?: boolean
  /** A printer to reuse instead of starting a browser (default: none). */
  readonly printer?: Printer
}

/** What a build did, per decision. */
export interface BuildResult {
  readonly decisions: ReadonlyArray<DecisionResult & {readonly written: readonly string[]}>
  /** Every source file, with its messages. */
  readonly files: readonly VFile[]
  /** Whether any file has an error. */
  readonly failed: boolean
}

/** Build every decision under the content folder. */
export async function build(options: Options = {}): Promise<BuildResult> {
  const outDir = resolve(options.outDir ?? 'out')
  const sources = await loadDecisions(options.contentDir ?? 'content')
  const renderer = options.checkOnly ? undefined : createRenderer(await loadTemplates(options.templatesDir))
  const compiled = sources.map((source) => compileDecision(source, renderer))
  const wantPdf = !options.checkOnly && options.pdf !== false
  const needsPrinter = wantPdf && !options.printer && compiled.some((result) => result.documents.length > 0)
  const printer = needsPrinter ? await createPrinter() : options.printer
  try {
    const decisions = await Promise.all(
      compiled.map(async (result) => ({
        ...result,
        written: options.checkOnly ? [] : await writeDecision(result, outDir, wantPdf ? printer : undefined)
      }))
    )
    const files = decisions.flatMap((decision) => decision.files)
    return {decisions, files, failed: files.some((file) => file.messages.some((message) => message.fatal))}
  } finally {
    if (needsPrinter) await printer?.close()
  }
}

/** Make all outputs of a decision in memory, then move them into place together. */
async function writeDecision(result: DecisionResult, outDir: string, printer: Printer | undefined): Promise<string[]> {
  if (result.documents.length === 0) return []
  const outputs: Array<[string, string | Uint8Array]> = []
  for (const document of result.documents) {
    outputs.push([document.type + '.html', document.html])
    if (!printer) continue
    try {
      outputs.push([document.type + '.pdf', await printer.print(document.html, withSourceDate(document.metadata))])
    } catch (error) {
      const [file] = result.files
      if (file) {
        report(file, 'de PDF van ' + document.type + ' kon niet worden gemaakt: ' + String((error as Error).message), {
          ruleId: 'pdf-failed',
          hint: 'controleer of Chromium werkt (`chromium --version`); de eerdere uitvoer van dit besluit is bewaard'
        })
      }
      return []
    }
  }
  const folder = join(outDir, result.name)
  await mkdir(folder, {recursive: true})
  const temporary = outputs.map(([name]) => join(folder, '.' + name + '.tmp'))
  try {
    await Promise.all(outputs.map(([, content], index) => writeFile(temporary[index] ?? '', content)))
    await Promise.all(outputs.map(([name], index) => rename(temporary[index] ?? '', join(folder, name))))
  } finally {
    await Promise.all(temporary.map((path) => rm(path, {force: true})))
  }
  return outputs.map(([name]) => join(folder, name))
}

/** `SOURCE_DATE_EPOCH`, where set, overrides the decision's date (reproducible builds). */
function withSourceDate(metadata: PdfMetadata): PdfMetadata {
  const epoch = process.env['SOURCE_DATE_EPOCH']
  return epoch && /^\d+$/.test(epoch) ? {...metadata, date: new Date(Number(epoch) * 1000)} : metadata
}
