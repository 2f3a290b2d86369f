/**
 * One besluit through the pure stages: parse → validate → compute → render.
 * No I/O: sources come in as vfiles, documents go out as HTML strings and
 * every problem is a message on the file that caused it.
 */
import type {VFile} from 'vfile'
import {checkBesluit} from './check/besluit.js'
import {checkProseCharacters, checkScalars} from './check/characters.js'
import {
  checkNumberLiterals,
  checkVergoedingBounds,
} from './check/number-bounds.js'
import {organisatieOf} from './check/organisatie-besluit.js'
import {readOrganisatie} from './check/organisatie.js'
import {checkPlainPlaceholders} from './check/plain-placeholders.js'
import {
  checkProse,
  checkProseSource,
  proseSource,
  type ProseMemo,
} from './check/prose.js'
import {validateSchema} from './check/schema-problems.js'
import {computeFinance} from './compute/finance.js'
import {numberBeslispunten} from './compute/numbering.js'
import {
  mergeVergoedingsgrenzen,
  organisatieVergoedingsgrenzen,
  type Vergoedingsgrenzen,
} from './compute/vergoedingsgrenzen.js'
import {collectValues} from './compute/values.js'
import {hasErrors, report} from './messages/problem.js'
import {placeProblems} from './parse/place.js'
import {parseYaml} from './parse/yaml.js'
import {buildAbstract} from './render/abstract.js'
import {defaultRegistry} from './render/document-types.js'
import {logoUrl, renderDocuments} from './render/documents.js'
import {fileNameOf} from './render/organisatie-view.js'
import {createProseRenderer} from './render/prose-renderer.js'
import type {Registry} from './render/registry.js'
import {TemplateFieldError} from './render/template-error.js'
import type {Renderer} from './render/templates.js'
import {buildViewInput} from './render/view-input.js'

/** The sources of one besluit. */
export interface BesluitSource {
  /** The folder name, used for the output folder. */
  readonly name: string
  /** `besluit.yaml`. */
  readonly file: VFile
  /** The `.md` files in the besluit's folder, by file name. */
  readonly proseFiles: ReadonlyMap<string, VFile>
  /** Files in the besluit's folder that were not read, with why (a link outside it, too large) (default: none). */
  readonly refused?: ReadonlyMap<string, {reason: string; hint: string}>
  /** What each name in the besluit's folder is, for its bijlagen (default: none known). */
  readonly entries?: ReadonlyMap<string, FolderEntry>
  /** Images (`.svg`, `.png`) in the besluit's folder, by file name (default: none). */
  readonly assets?: ReadonlyMap<string, Uint8Array>
  /** The vergoedingsgrenzen (tax-free maxima) of volunteer allowances per year (default: none known). */
  readonly vergoedingsgrenzen?: Vergoedingsgrenzen
  /** The `organisatie.yaml` of its content root, with the images beside it (default: none). */
  readonly organisatie?: OrganisatieSourceFiles
}

/** A name in a besluit's folder: a file with its size (and when it was last changed), a link to outside the folder, or something else. */
export type FolderEntry =
  | {
      readonly kind: 'file'
      readonly size: number
      /** Milliseconds since 1970 (default: unknown). */
      readonly modified?: number
    }
  | {readonly kind: 'outside'}
  | {readonly kind: 'other'}

/** An organisation's file and the images in its folder. */
export interface OrganisatieSourceFiles {
  readonly file: VFile
  readonly assets: ReadonlyMap<string, Uint8Array>
}

/** Options of {@link compileBesluit}. */
export interface Options {
  /** The document types to make (default: `defaultDocumentTypes`, the collegevoorstel, raadsinformatiebrief, raadsvoorstel and raadsbesluit). */
  readonly registry?: Registry
  /** Markdown parsed before, by text (default: none, every field is parsed). */
  readonly proseMemo?: ProseMemo | undefined
}

import type {BesluitResult} from './render/result.js'
export type {
  AbstractBeslispunt,
  BesluitAbstract,
  BesluitResult,
  RenderedDocument,
} from './render/result.js'

/**
 * Compile one besluit; without a renderer it only checks. A bug that throws
 * becomes one error on the besluit naming the step, never an exception.
 */
export function compileBesluit(
  source: BesluitSource,
  renderer?: Renderer,
  options: Options = {},
): BesluitResult {
  const progress = {step: 'lezen'}
  try {
    return compileStages(source, renderer, options, progress)
  } catch (error) {
    if (error instanceof TemplateFieldError) {
      report(source.file, error.message, {
        ruleId: 'template-field',
        hint: 'controleer de eigen templates in `templates/` naast `organisatie.yaml` (of in `--templates`): een template gebruikt alleen de velden die de template van raadsstuk met dezelfde naam ook gebruikt',
      })
      return emptyResult(source)
    }
    report(
      source.file,
      'interne fout bij het ' +
        progress.step +
        ' van dit besluit: ' +
        truncateMessage(String((error as Error)?.message ?? error)),
      {
        ruleId: 'internal-error',
        hint: 'dit is een fout in raadsstuk, niet in het besluit: meld het met dit besluit erbij; de andere besluiten worden gewoon gemaakt',
      },
    )
    return emptyResult(source)
  }
}

function truncateMessage(text: string): string {
  return text.length > 200 ? text.slice(0, 200) + '…' : text
}

/** The result of a besluit that was not compiled: its files, nothing made. */
export function emptyResult(source: BesluitSource): BesluitResult {
  return {
    name: source.name,
    files: [
      source.file,
      ...source.proseFiles.values(),
      ...(source.organisatie ? [source.organisatie.file] : []),
    ],
    besluit: undefined,
    finance: undefined,
    documents: [],
  }
}

function compileStages(
  source: BesluitSource,
  renderer: Renderer | undefined,
  options: Options,
  progress: {step: string},
): BesluitResult {
  const registry = options.registry ?? defaultRegistry
  const empty = emptyResult(source)
  const files = empty.files
  // Like unified-engine's guard: a file that could not be read is not parsed.
  if (hasErrors([source.file])) return empty
  // The organisation is checked even when the besluit is not, so that one run reports both.
  if (source.organisatie)
    readOrganisatie(source.organisatie.file, source.organisatie.assets)
  progress.step = 'lezen'
  const parsed = parseYaml(source.file)
  if (!parsed) return empty
  progress.step = 'controleren'
  for (const file of source.proseFiles.values()) checkProseCharacters(file)
  const scalars = checkScalars(parsed)
  placeProblems(parsed, scalars.problems)
  if (scalars.tooLong) return empty
  placeProblems(parsed, checkNumberLiterals(parsed))
  const besluit = validateSchema(parsed, {
    documents: registry.types.map((type) => type.id),
  })
  if (!besluit) return empty
  placeProblems(parsed, checkPlainPlaceholders(parsed.value))
  const {organisatie, problems} = organisatieOf(besluit, source.organisatie)
  placeProblems(parsed, problems)
  if (!organisatie) return empty
  placeProblems(
    parsed,
    checkBesluit(besluit, organisatie, source, {
      // Without an organisation of its own, a besluit behaves as it always did.
      kopvelden: Boolean(source.organisatie || besluit.organisatie),
      outputNames: registry
        .documentsFor(besluit)
        .flatMap((type) =>
          ['.html', '.pdf'].map((end) => fileNameOf(type, organisatie) + end),
        )
        .concat('besluit.json'),
    }),
  )
  progress.step = 'berekenen'
  const bounds = checkVergoedingBounds(besluit)
  placeProblems(parsed, bounds)
  if (bounds.length > 0) return {...empty, besluit}
  const finance = besluit.financien
    ? computeFinance(besluit.financien, {
        vergoedingsgrenzen: mergeVergoedingsgrenzen(
          source.vergoedingsgrenzen ?? new Map(),
          organisatieVergoedingsgrenzen(organisatie.vergoedingsgrenzen),
        ),
        scale: organisatie.tabelschaal,
      })
    : undefined
  placeProblems(parsed, finance?.problems ?? [])
  progress.step = 'controleren'
  const values = collectValues(finance)
  const memo = options.proseMemo
  const checked = checkProse(besluit, parsed, source.proseFiles, values, memo)
  progress.step = 'opmaken'
  const beslispunten = numberBeslispunten(besluit)
  const renderProse = createProseRenderer(checked, (path, prose) => {
    const found = proseSource(parsed, path, prose, source.proseFiles)
    return found && checkProseSource(found, values, memo)
  })
  const result = {
    ...empty,
    besluit,
    finance,
    organisatie,
    abstract: buildAbstract(besluit, beslispunten, renderProse),
  }
  // Checking ends here: only a build with a renderer makes views and documents.
  if (!renderer || hasErrors(files)) return result
  const input = buildViewInput(besluit, beslispunten, {
    finance,
    organisatie,
    renderProse,
    logo: besluit.logo
      ? logoUrl(besluit.logo, source.assets)
      : logoUrl(organisatie.logo, source.organisatie?.assets),
  })
  const views = registry
    .documentsFor(besluit)
    .map((type) => ({type, view: type.buildView(input, type)}))
  // A view may show prose the stage did not know of; its problems count too.
  if (hasErrors(files)) return result
  const documents = renderDocuments(views, renderer, besluit, organisatie)
  return {...result, documents}
}
