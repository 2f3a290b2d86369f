/**
 * One besluit of a build compiled: its result, with the messages of the
 * templates it uses, and what the build keeps of it (its outcome): the
 * documents without their HTML, and what is published of it.
 */
import type {VFile} from 'vfile'
import {
  compileBesluit,
  emptyResult,
  type BesluitResult,
  type RenderedDocument,
} from '../compile.js'
import {readOrganisatie} from '../check/organisatie.js'
import type {CheckCache, CheckedBesluit} from '../io/check-cache.js'
import {hasErrors} from '../messages/problem.js'
import {restoreMessages, storeMessages} from '../messages/stored.js'
import type {PublicationRecord} from '../render/publication-record.js'
import type {Registry} from '../render/registry.js'
import type {PlannedBesluit} from './build-plan.js'
import type {registerRibNumbers} from './rib-numbers.js'

/** What a build did with one besluit. */
export interface BesluitOutcome extends Omit<BesluitResult, 'documents'> {
  /** The documents made, without their HTML (that is in the files written); empty when the besluit has errors. */
  readonly documents: readonly DocumentMade[]
  /** The files written. */
  readonly written: readonly string[]
  /** Not rebuilt: nothing it is made from changed since the last build. */
  readonly skipped: boolean
  /** What is published of it: from this build, or from the last one that succeeded (default: none). */
  readonly record?: PublicationRecord | undefined
}

/** A document as a build made it: its type, file name, title and PDF metadata. */
export type DocumentMade = Omit<RenderedDocument, 'html'>

/** A document without its HTML. */
export function withoutText(document: RenderedDocument): DocumentMade {
  return {
    type: document.type,
    fileName: document.fileName,
    title: document.title,
    metadata: document.metadata,
  }
}

/** What compiling a besluit needs beyond the besluit. */
export interface OutcomeContext {
  readonly registry: Registry
  /** The raadsinformatiebrieven's numbers, and where their problems go. */
  readonly register: ReturnType<typeof registerRibNumbers>
  /** Makes what is published of a besluit (default: none, for `check`). */
  readonly buildRecord:
    typeof import('../render/publication-record.js').buildRecord | undefined
  readonly wantPdf: boolean
  /** What `check` found before, and keeps of what it finds (default: none). */
  readonly checkCache?: CheckCache | undefined
}

/** An outcome whose files and written files the build still adds to. */
export type OpenOutcome = BesluitOutcome & {
  readonly files: VFile[]
  readonly written: string[]
}

/** Compile a planned besluit (an unchanged one only for its messages). */
export function compileOutcome(
  {source, key, skip, stamp, own, templates, checked}: PlannedBesluit,
  {registry, register, buildRecord, wantPdf, checkCache}: OutcomeContext,
): {result: BesluitResult; outcome: OpenOutcome; failed: boolean} {
  // `check` keeps what it finds of a besluit compiled afresh, for the next run.
  const keeping = checkCache && !skip && !checked ? checkCache : undefined
  const before = new Map(
    keeping
      ? ownFiles(source).map(([, file]) => [file, file.messages.length])
      : [],
  )
  const prose = keeping?.prose(source.file.path)
  const compiled = skip
    ? emptyResult(source)
    : checked
      ? restoreChecked(source, checked)
      : compileBesluit(source, own ? templates?.renderer : undefined, {
          registry,
          proseMemo: prose,
        })
  prose?.save()
  if (keeping)
    keepChecked(keeping, source, {
      key,
      claim: register.sourceClaims.get(source.name) ?? null,
      before,
    })
  // An override template that does not compile stops the besluiten it serves.
  const result = templates?.resolved.files.length
    ? {
        ...compiled,
        files: [...compiled.files, ...templates.resolved.files],
        documents: templates.resolved.failed ? [] : compiled.documents,
      }
    : compiled
  if (!skip) register.report(source)
  const failed = hasErrors(result.files)
  const record = skip
    ? stamp?.publicatie
    : failed || !buildRecord
      ? stamp?.publicatie
      : buildRecord(
          result,
          registry,
          register.numbers.get(source.name),
          wantPdf,
        )
  const outcome = {
    ...result,
    // Their text is in the files written; a build of a thousand besluiten keeps none of it.
    documents: result.documents.map(withoutText),
    // A PDF that fails adds a file of its own, named by its document.
    files: [...result.files],
    skipped: skip,
    written: [] as string[],
    record,
  }
  return {result, outcome, failed}
}

/** The files of a besluit's own folder, by name: `besluit.yaml` and its `.md` files. */
function ownFiles(source: PlannedBesluit['source']): Array<[string, VFile]> {
  return [[source.file.basename ?? '', source.file], ...source.proseFiles]
}

/** Keep the messages compiling added to the besluit's own files; a fault of raadsstuk's own is not kept (the next run tries again). */
function keepChecked(
  cache: CheckCache,
  source: PlannedBesluit['source'],
  {
    key,
    claim,
    before,
  }: {
    key: string
    claim: CheckedBesluit['claim']
    before: ReadonlyMap<VFile, number>
  },
): void {
  const files = ownFiles(source)
  const faulty = files.some(([, file]) =>
    file.messages.some((message) => message.ruleId === 'internal-error'),
  )
  if (faulty) return
  cache.set(source, {
    key,
    claim,
    messages: Object.fromEntries(
      files.map(([name, file]) => [
        name,
        storeMessages(file, before.get(file)),
      ]),
    ),
  })
}

/** A besluit `check` found unchanged: what it found before, on its files again. */
function restoreChecked(
  source: PlannedBesluit['source'],
  checked: CheckedBesluit,
): BesluitResult {
  // The organisation's file is checked afresh, once, as compiling does: when
  // the besluit could be read (its errors from the cache do not count).
  if (source.organisatie && !hasErrors([source.file]))
    readOrganisatie(source.organisatie.file, source.organisatie.assets)
  for (const [name, file] of ownFiles(source))
    restoreMessages(file, checked.messages[name] ?? [])
  return emptyResult(source)
}
