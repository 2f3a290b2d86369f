/**
 * I/O at the start: besluit folders under the content folder, their
 * `besluit.yaml`, `.md` files and images, and their organisation's file.
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import {basename, dirname, join, resolve} from 'node:path'
import {VFile} from 'vfile'
import {report} from '../messages/problem.js'
import {classifyEntry, refusal} from './folder-entries.js'
import type {
  BesluitSource,
  FolderEntry,
  OrganisatieSourceFiles,
} from '../compile.js'
import {organisatieFileName} from '../check/organisatie.js'
import {loadVergoedingsgrenzen} from './vergoedingsgrenzen.js'
import {describeReadError} from './read-error.js'
import {maxSourceBytes, readSource} from './source-file.js'

/** The name of the source file of a besluit. */
export const besluitFileName = 'besluit.yaml'

/**
 * The besluiten under `contentDir`: every folder with a `besluit.yaml`, or
 * `contentDir` itself when it has one. An `organisatie.yaml` in `contentDir`
 * belongs to all of them; a subfolder with an `organisatie.yaml` of its own
 * is the content root of another organisation, whose besluiten are named
 * `<subfolder>/<besluit>`.
 */
export async function loadBesluiten(
  contentDir: string,
): Promise<BesluitSource[]> {
  const root = resolve(contentDir)
  const info = await stat(root).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new Error(
      'de map met besluiten `' + contentDir + '` bestaat niet of is geen map',
    )
  }
  const organisatie = await loadOrganisatie(root)
  if (await exists(join(root, besluitFileName)))
    return [await loadBesluit(root, {organisatie})]
  // Each folder's besluit, or an organisation's besluiten, in folder order;
  // read a few at a time, so the waits of the file system overlap.
  const groups = await inParallel(await subfolders(root), async (folder) => {
    if (await exists(join(folder, besluitFileName)))
      return [await loadBesluit(folder, {organisatie})]
    if (!(await exists(join(folder, organisatieFileName)))) return []
    const own = await loadOrganisatie(folder)
    const inner = await inParallel(await subfolders(folder), async (besluit) =>
      (await exists(join(besluit, besluitFileName)))
        ? [
            await loadBesluit(besluit, {
              organisatie: own,
              name: basename(folder) + '/' + basename(besluit),
            }),
          ]
        : [],
    )
    return inner.flat()
  })
  const besluiten = groups.flat()
  return besluiten
}

/** `work` on every item, at most 16 at a time; the results in the items' order. */
async function inParallel<Item, Result>(
  items: readonly Item[],
  work: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results = new Array<Result>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as Item)
    }
  }
  await Promise.all(Array.from({length: Math.min(16, items.length)}, worker))
  return results
}

async function subfolders(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true}).catch(
    (error: unknown) => {
      throw new Error(
        'de map `' +
          folder +
          '` ' +
          describeReadError(error) +
          '; geef leesrechten op de map of kies een andere map met besluiten',
        {cause: error},
      )
    },
  )
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => join(folder, entry.name))
    .sort()
}

/** An organisation's file and images, where `folder` has an `organisatie.yaml`. */
export async function loadOrganisatie(
  folder: string,
): Promise<OrganisatieSourceFiles | undefined> {
  const path = join(folder, organisatieFileName)
  if (!(await exists(path))) return undefined
  return {file: await readSource(path), assets: await loadAssets(folder)}
}

/**
 * The organisation of the besluit in `folder`, found as {@link loadBesluiten}
 * finds it: beside its `besluit.yaml`, or in the folder above.
 */
export async function findOrganisatie(
  folder: string,
): Promise<OrganisatieSourceFiles | undefined> {
  return (
    (await loadOrganisatie(folder)) ?? (await loadOrganisatie(dirname(folder)))
  )
}

/** Load one besluit folder, with the organisation it belongs to. */
export async function loadBesluit(
  folder: string,
  options: {
    organisatie?: OrganisatieSourceFiles | undefined
    name?: string
  } = {},
): Promise<BesluitSource> {
  const file = await readBesluitFile(folder)
  const proseFiles = new Map<string, VFile>()
  const refused = new Map<string, {reason: string; hint: string}>()
  const entries = new Map<string, FolderEntry>()
  for (const name of await readdir(folder)) {
    if (name === besluitFileName || name.startsWith('.')) continue
    const entry = await classifyEntry(folder, name)
    // Any other file may be a bijlage; only its kind and size are known here.
    entries.set(name, entry)
    if (!/\.(?:md|svg|png)$/.test(name)) continue
    const why = refusal(entry, maxSourceBytes)
    if (why) refused.set(name, why)
    else if (entry.kind === 'file' && name.endsWith('.md'))
      proseFiles.set(name, await readSource(join(folder, name)))
  }
  return {
    name: options.name ?? basename(folder),
    file,
    proseFiles,
    refused,
    entries,
    assets: await loadAssets(folder),
    vergoedingsgrenzen: await loadVergoedingsgrenzen(),
    ...(options.organisatie ? {organisatie: options.organisatie} : {}),
  }
}

/** The images (`.svg`, `.png`) of a folder, by file name; too large ones are left out. */
async function loadAssets(folder: string): Promise<Map<string, Uint8Array>> {
  const assets = new Map<string, Uint8Array>()
  for (const name of await readdir(folder)) {
    if (!/\.(?:svg|png)$/.test(name)) continue
    const entry = await classifyEntry(folder, name)
    if (entry.kind === 'file' && entry.size <= maxSourceBytes)
      assets.set(name, await readFile(join(folder, name)))
  }
  return assets
}

/** `besluit.yaml`, unless it is a link to a file outside its folder: that is refused unread. */
async function readBesluitFile(folder: string): Promise<VFile> {
  const path = join(folder, besluitFileName)
  if ((await classifyEntry(folder, besluitFileName)).kind !== 'outside')
    return readSource(path)
  const file = new VFile({path, value: ''})
  report(
    file,
    besluitFileName +
      ' is een koppeling naar een bestand buiten de map van dit besluit en wordt niet gelezen',
    {
      ruleId: 'file-outside',
      hint: 'zet het bestand zelf in de map van het besluit, niet een koppeling ernaar',
    },
  )
  return file
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
