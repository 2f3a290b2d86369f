/**
 * What a build will do with each besluit before it compiles any: the key of
 * everything its outputs are made from, whether it is this shard's, and
 * whether its outputs are current, so that it need not be built again.
 */
import {createHash} from 'node:crypto'
import {join} from 'node:path'
import type {BesluitSource} from '../compile.js'
import type {CheckedBesluit} from '../io/check-cache.js'
import {readStamp, type Stamp} from '../io/stamp.js'
import type {SourceClaim} from './rib-numbers.js'
import {hash, isCurrent, type BuildTemplates} from './build-templates.js'
import type {Options} from './build.js'

/** One besluit as the build plans it. */
export interface PlannedBesluit {
  readonly source: BesluitSource
  /** What its outputs are made from: templates, vergoedingsgrenzen, sources, images and the folder's files. */
  readonly key: string
  /** Not built: its outputs are current (a changed rib-nummer may still clear it). */
  skip: boolean
  /** Its stamp from the last build (default: none). */
  readonly stamp: Stamp | undefined
  /** Whether this shard builds it; the others are compiled for the site only. */
  readonly own: boolean
  readonly templates: BuildTemplates | undefined
  /** What `check` found of it before, unchanged since (default: none). */
  readonly checked?: CheckedBesluit | undefined
  /** Its claim on a RIB number, from {@link checked}. */
  readonly claim?: SourceClaim | undefined
}

/** Plan the besluiten of a build, in their order. */
export function planBuild(
  sources: readonly BesluitSource[],
  outDir: string,
  templatesFor: (source: BesluitSource) => Promise<BuildTemplates | undefined>,
  options: Pick<Options, 'shard' | 'checkOnly' | 'force' | 'checkCache'> & {
    readonly wantPdf: boolean
  },
): Promise<PlannedBesluit[]> {
  const shard = options.shard
  return Promise.all(
    sources.map(async (source, index) => {
      const templates = await templatesFor(source)
      const key = keyOf(source, templates?.key ?? '')
      const stamp = await readStamp(join(outDir, source.name))
      const own = !shard || index % shard.count === shard.index - 1
      const skip =
        own &&
        !templates?.resolved.failed &&
        !options.checkOnly &&
        !options.force &&
        (await isCurrent(
          join(outDir, source.name),
          stamp,
          key,
          options.wantPdf,
        ))
      const checked = options.checkOnly
        ? options.checkCache?.get(source, key)
        : undefined
      return {
        source,
        key,
        skip,
        stamp,
        own,
        templates,
        ...(checked ? {checked, claim: checked.claim} : {}),
      }
    }),
  )
}

/** The key of everything a besluit's outputs are made from. */
function keyOf(source: BesluitSource, templatesKey: string): string {
  return hash([
    templatesKey,
    // The vergoedingsgrenzen are data a besluit is checked against: new figures, new documents.
    JSON.stringify([...(source.vergoedingsgrenzen ?? [])]),
    ...[
      source.file,
      ...source.proseFiles.values(),
      ...(source.organisatie ? [source.organisatie.file] : []),
    ].map((file) => file.basename + '\0' + String(file.value)),
    ...[
      ...(source.assets ?? []),
      ...[...(source.organisatie?.assets ?? [])].map(
        ([name, bytes]) => ['../' + name, bytes] as const,
      ),
    ].map(
      ([name, bytes]) =>
        name + '\0' + createHash('sha256').update(bytes).digest('hex'),
    ),
    // The other files of the folder (bijlagen) by name, size and time of change,
    // as make does: reading every bijlage on every build would cost more.
    ...[...(source.entries ?? [])].map(
      ([name, entry]) =>
        name +
        '\0' +
        (entry.kind === 'file'
          ? entry.size + '\0' + String(entry.modified ?? '')
          : entry.kind),
    ),
  ])
}
