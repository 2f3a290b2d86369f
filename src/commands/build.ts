/**
 * The build: load → compile (validate, compute, render) → print → write.
 * A besluit is written only when all its documents were made; its earlier
 * outputs stay as they were otherwise. A besluit whose sources, templates
 * and styles did not change since its last build is not built again.
 */
import {dirname, resolve} from 'node:path'
import type {VFile} from 'vfile'
import {loadBesluiten} from '../io/load.js'
import {hasErrors} from '../messages/problem.js'
import {registerRibNumbers} from './rib-numbers.js'
import {removeStaleFolders, stampName} from '../io/stamp.js'
import type {PublicationRecord} from '../render/publication-record.js'
import {createPrinter, type Printer} from '../print/pdf.js'
import type {Registry} from '../render/registry.js'
import {defaultRegistry} from '../render/document-types.js'
import type {Vergoedingsgrenzen} from '../compute/vergoedingsgrenzen.js'
import type {CheckCache} from '../io/check-cache.js'
import {publishSite} from './publish.js'
import {createTemplates} from './build-templates.js'
import {planBuild} from './build-plan.js'
import {compileOutcome, type BesluitOutcome} from './build-outcome.js'
import {withSourceDate, writeBesluit, type PrintState} from './write-besluit.js'

/** Options of {@link build}. */
export interface Options {
  /** Folder with besluiten (default: `content`). */
  readonly contentDir?: string
  /** Folder to write to (default: `out`). */
  readonly outDir?: string
  /** Folder with templates (default: raadsstuk's own `templates/`). */
  readonly templatesDir?: string
  /** Make PDFs as well as HTML (default: `true`). */
  readonly pdf?: boolean
  /** Only validate; write nothing (default: `false`). */
  readonly checkOnly?: boolean
  /** Rebuild besluiten whose sources, templates and styles did not change (default: `false`). */
  readonly force?: boolean
  /** A printer to reuse instead of starting a browser (default: none). */
  readonly printer?: Printer
  /** The document types to make (default: `defaultDocumentTypes`, the collegevoorstel, raadsinformatiebrief, raadsvoorstel and raadsbesluit). */
  readonly registry?: Registry
  /** Build only part `index` (1-based) of `count` parts of the besluiten; the site lists all (default: all). */
  readonly shard?: {readonly index: number; readonly count: number}
  /** Called when a besluit is done, with how many are done of how many (default: none). */
  readonly onProgress?: (done: number, total: number, name: string) => void
  /** The vergoedingsgrenzen (tax-free maxima) of volunteer allowances (default: raadsstuk's `data/belastingvrije-vergoedingen.yaml`). */
  readonly vergoedingsgrenzen?: Vergoedingsgrenzen
  /** For `check`: what it found before of besluiten that did not change since, and where it keeps what it finds (default: none, every besluit is checked). */
  readonly checkCache?: CheckCache
}

export type {BesluitOutcome, DocumentMade} from './build-outcome.js'

/** What a build did, per besluit. */
export interface BuildResult {
  readonly besluiten: readonly BesluitOutcome[]
  /** Every source file, with its messages. */
  readonly files: readonly VFile[]
  /** The files of the site level written: index, year pages, feed, besluitenlijsten. */
  readonly site: readonly string[]
  /** What is published of every besluit with a good build, this one's or an earlier one's (other shards included). */
  readonly records: readonly PublicationRecord[]
  /** Whether any file has an error. */
  readonly failed: boolean
  /** Besluiten not written because the browser failed (default: none). */
  readonly unprinted?: readonly string[]
}

export {stampName}

/** How many besluiten may wait for the printer while the next one compiles. */
const maxAhead = 4

/** Build every besluit under the content folder. */
export async function build(options: Options = {}): Promise<BuildResult> {
  const outDir = resolve(options.outDir ?? 'out')
  const sources = (await loadBesluiten(options.contentDir ?? 'content')).map(
    (source) =>
      options.vergoedingsgrenzen
        ? {...source, vergoedingsgrenzen: options.vergoedingsgrenzen}
        : source,
  )
  const templatesFor = await createTemplates(options)
  // The site speaks for no one organisation: raadsstuk's templates and `--templates`.
  const siteTemplates = await templatesFor(undefined)
  const renderer = siteTemplates?.renderer
  // What is published of a besluit is made only when something is published.
  const buildRecord = options.checkOnly
    ? undefined
    : (await import('../render/publication-record.js')).buildRecord
  const wantPdf = !options.checkOnly && options.pdf !== false
  const planned = await planBuild(sources, outDir, templatesFor, {
    ...options,
    wantPdf,
  })
  const register = registerRibNumbers(planned)
  for (const entry of planned) {
    // A besluit whose number changed is published anew.
    if (
      entry.skip &&
      entry.stamp?.publicatie?.ribNummer !==
        register.numbers.get(entry.source.name)
    )
      entry.skip = false
  }
  // The browser starts while the besluiten compile; it is only waited for (and
  // a failure to start only reported) once a document is ready to print.
  let ownPrinter =
    wantPdf && !options.printer && planned.some(({skip, own}) => own && !skip)
      ? createPrinter()
      : undefined
  ownPrinter?.catch(() => undefined)
  let printer = options.printer ? Promise.resolve(options.printer) : ownPrinter
  try {
    const besluiten: BesluitOutcome[] = []
    // Besluiten of other shards: compiled for the site, not written.
    const others: BesluitOutcome[] = []
    const state: PrintState = {told: false, unprinted: []}
    const writes: Array<Promise<void>> = []
    const inFlight = new Set<Promise<void>>()
    const total = planned.filter(({own}) => own).length
    let done = 0
    const progress = (name: string) => options.onProgress?.(++done, total, name)
    const registry = options.registry ?? defaultRegistry
    for (const entry of planned) {
      const {source, key, skip, own} = entry
      const {result, outcome, failed} = compileOutcome(entry, {
        registry,
        register,
        buildRecord,
        wantPdf,
        checkCache: options.checkOnly ? options.checkCache : undefined,
      })
      if (!own) {
        others.push(outcome)
        continue
      }
      besluiten.push(outcome)
      if (
        options.checkOnly ||
        skip ||
        failed ||
        result.documents.length === 0
      ) {
        progress(source.name)
        continue
      }
      const writing = writeBesluit(
        result,
        dirname(source.file.path),
        outDir,
        key,
        wantPdf ? printer : undefined,
        outcome.record,
        state,
        outcome.files,
      ).then((written) => {
        outcome.written.push(...written)
        progress(source.name)
      })
      writes.push(writing)
      inFlight.add(writing)
      const done = () => inFlight.delete(writing)
      writing.then(done, done)
      // Let printing start while the next besluit compiles; compiling runs
      // ahead of printing by a few besluiten only, so a build of thousands
      // holds no more documents in memory than a build of ten.
      if (inFlight.size >= maxAhead) await Promise.race(inFlight)
      else await new Promise((resolve) => setImmediate(resolve))
    }
    await Promise.all(writes)
    const records = [...besluiten, ...others].flatMap((besluit) =>
      besluit.record ? [besluit.record] : [],
    )
    const site: string[] = []
    // A browser that failed for good left besluiten unprinted: the site (and
    // its besluitenlijst PDFs) stays as it was too, like those besluiten.
    if (!options.checkOnly && renderer && state.unprinted.length === 0) {
      await removeStaleFolders(
        outDir,
        sources.map((source) => source.name),
      )
      // The besluitenlijsten need a browser only when one of them changed.
      const sitePrinter = () => (printer ??= ownPrinter = createPrinter())
      site.push(
        ...(await publishSite(
          records,
          outDir,
          renderer,
          wantPdf ? sitePrinter : undefined,
          withSourceDate,
          (siteTemplates?.key ?? '') +
            '\0' +
            (process.env['SOURCE_DATE_EPOCH'] ?? ''),
        )),
      )
    }
    // Besluiten of one organisation share its file: list it once.
    const files = [...new Set(besluiten.flatMap((besluit) => besluit.files))]
    return {
      besluiten,
      files,
      records,
      site,
      unprinted: state.unprinted,
      failed: hasErrors(files),
    }
  } finally {
    if (ownPrinter)
      await ownPrinter.then(
        (started) => started.close(),
        () => undefined,
      )
  }
}
