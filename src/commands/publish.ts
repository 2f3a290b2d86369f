/**
 * The site level of a build, after the besluiten: `index.html`, the year
 * pages, the search index, `feed.xml`, the besluitenlijsten (HTML and PDF)
 * and the JSON-LD context of the open data. A file is written only when its
 * text changed, and a besluitenlijst is printed only when its HTML changed,
 * so that a build with nothing new stays quick and starts no browser; a
 * build whose records, templates and printing are those of the last one
 * (its `key`) renders nothing at all.
 */
import {createHash} from 'node:crypto'
import {mkdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import type {Printer} from '../print/pdf.js'
import {buildBesluitenlijsten} from '../render/besluitenlijst.js'
import {buildFeed} from '../render/feed.js'
import {openDataContextName} from '../render/open-data.js'
import type {PublicationRecord} from '../render/publication-record.js'
import {buildSite} from '../render/site.js'
import type {Renderer} from '../render/templates.js'

/** The stamp of the site level in `out/`: the files it wrote, and the HTML each besluitenlijst PDF was printed from. */
export const siteStampName = '.raadsstuk-site.json'

interface SiteStamp {
  readonly outputs: readonly string[]
  readonly printed: Readonly<Record<string, string>>
  /** What the site was made from (default: unknown, so it is made again). */
  readonly key?: string
}

/** Write the site for `records` into `outDir`; returns the paths written. */
export async function publishSite(
  records: readonly PublicationRecord[],
  outDir: string,
  renderer: Renderer,
  printer: (() => Promise<Printer>) | undefined,
  prepare: (
    metadata: Parameters<Printer['print']>[1],
  ) => Parameters<Printer['print']>[1] = (m) => m,
  /** What the site is made from besides the records and the printer: templates, version, dates (default: none, always made). */
  made?: string,
): Promise<string[]> {
  const previous = await readSiteStamp(outDir)
  // A build with nothing good to list starts no site; one that had a site keeps it true.
  if (records.length === 0 && !previous) return []
  const key =
    made === undefined
      ? undefined
      : createHash('sha256')
          .update(made)
          .update('\0' + String(printer !== undefined) + '\0')
          .update(JSON.stringify(records))
          .digest('hex')
  if (
    key !== undefined &&
    previous?.key === key &&
    (
      await Promise.all(
        previous.outputs.map((path) => exists(join(outDir, path))),
      )
    ).every(Boolean)
  )
    return []
  const files: Array<[string, string | Uint8Array]> = buildSite(
    records,
    renderer,
  ).map((file) => [file.path, file.content])
  files.push(['feed.xml', buildFeed(records)])
  files.push([
    openDataContextName,
    await readFile(
      new URL('../../schema/' + openDataContextName, import.meta.url),
      'utf8',
    ),
  ])
  const printed: Record<string, string> = {}
  for (const lijst of buildBesluitenlijsten(records, renderer)) {
    const base = 'besluitenlijst/' + lijst.datum
    files.push([base + '.html', lijst.html])
    if (!printer) continue
    const hash = createHash('sha256').update(lijst.html).digest('hex')
    const pdf = base + '.pdf'
    printed[pdf] = hash
    if (previous?.printed[pdf] === hash && (await exists(join(outDir, pdf))))
      continue
    files.push([
      pdf,
      await (await printer()).print(lijst.html, prepare(lijst.metadata)),
    ])
  }
  const written: string[] = []
  for (const [path, content] of files) {
    if (await writeIfChanged(join(outDir, path), content))
      written.push(join(outDir, path))
  }
  const outputs = [
    ...files.map(([path]) => path),
    ...Object.keys(printed).filter(
      (path) => !files.some(([name]) => name === path),
    ),
  ].sort()
  for (const path of previous?.outputs ?? []) {
    if (!outputs.includes(path) && !path.includes('..'))
      await rm(join(outDir, path), {force: true})
  }
  await writeIfChanged(
    join(outDir, siteStampName),
    JSON.stringify({
      outputs,
      printed,
      ...(key === undefined ? {} : {key}),
    } satisfies SiteStamp) + '\n',
  )
  return written
}

async function readSiteStamp(outDir: string): Promise<SiteStamp | undefined> {
  try {
    const stamp = JSON.parse(
      await readFile(join(outDir, siteStampName), 'utf8'),
    ) as Partial<SiteStamp>
    return Array.isArray(stamp.outputs) && typeof stamp.printed === 'object'
      ? (stamp as SiteStamp)
      : undefined
  } catch {
    return undefined
  }
}

/** Write through a temporary file, and only when the content differs; whether it wrote. */
async function writeIfChanged(
  path: string,
  content: string | Uint8Array,
): Promise<boolean> {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  const current = await readFile(path).catch(() => undefined)
  if (current && Buffer.compare(current, bytes) === 0) return false
  await mkdir(dirname(path), {recursive: true})
  const temporary = path + '.' + process.pid + '.tmp'
  await writeFile(temporary, bytes)
  await rename(temporary, path)
  return true
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
