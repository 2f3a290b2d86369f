/**
 * `raadsstuk preview`: a live preview for writers. Builds the HTML, serves
 * `out/` on localhost, watches the sources and templates, rebuilds on every
 * save, and reloads the open page — or shows the problems on it, with their
 * file:line:column, while the last good documents stay.
 */
import type {ServerResponse} from 'node:http'
import {resolve} from 'node:path'
import {listen} from './preview-guard.js'
import {createPreviewServer, indexPage} from './preview-server.js'
import {watch} from 'chokidar'
import {build, type BuildResult} from './build.js'
import {defaultTemplatesDir} from '../io/template-files.js'
import {formatReport} from '../messages/report.js'
import {defaultRegistry} from '../render/document-types.js'
import type {Registry} from '../render/registry.js'

/** Options of {@link startPreview}. */
export interface Options {
  /** Folder with besluiten (default: `content`). */
  readonly contentDir?: string
  /** Folder to build into and serve (default: `out`). */
  readonly outDir?: string
  /** Folder with templates (default: raadsstuk's own). */
  readonly templatesDir?: string
  /** Port on 127.0.0.1; `0` picks a free one (default: `4321`). */
  readonly port?: number
  /** Make PDFs on every change too (default: `false`: HTML only, fast). */
  readonly pdf?: boolean
  /** Called with what the writer should know, such as a busy port (default: write it to stderr). */
  readonly onNotice?: (text: string) => void
  /** Called with the report after each build (default: write it to stderr). */
  readonly onBuild?: (report: string, result: BuildResult) => void
  /** The document types to make (default: `defaultDocumentTypes`, the collegevoorstel, raadsinformatiebrief, raadsvoorstel and raadsbesluit). */
  readonly registry?: Registry
}

/** A running preview. */
export interface Preview {
  readonly url: string
  /** The build that is running or last ran. */
  readonly ready: Promise<BuildResult>
  close(): Promise<void>
}

/**
 * How long a save may take to settle: an editor's save is a burst of events
 * (write, rename, chmod) within a few milliseconds, and the writer waits for
 * the page, so this is short.
 */
const saveSettleMs = 25

/** Build once, then serve and watch until closed. */
export async function startPreview(options: Options = {}): Promise<Preview> {
  const contentDir = resolve(options.contentDir ?? 'content')
  const outDir = resolve(options.outDir ?? 'out')
  const clients = new Set<ServerResponse>()
  const send = (event: string, data: string) => {
    for (const client of clients)
      client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  }
  const onBuild = options.onBuild ?? ((report) => process.stderr.write(report))
  // What went wrong with the last build when it could not run at all, for the index page.
  let failure = ''
  const rebuild = async (): Promise<BuildResult> => {
    let result: BuildResult
    try {
      result = await build({
        contentDir,
        outDir,
        pdf: options.pdf === true,
        ...(options.templatesDir ? {templatesDir: options.templatesDir} : {}),
        ...(options.registry ? {registry: options.registry} : {}),
      })
    } catch (error) {
      // The preview keeps serving the last good documents and shows what went wrong.
      const report =
        'raadsstuk preview: de besluiten konden niet worden gemaakt: ' +
        String((error as Error)?.message ?? error) +
        '\n'
      const empty = {
        besluiten: [],
        files: [],
        records: [],
        site: [],
        failed: true,
      }
      failure = report
      onBuild(report, empty)
      send('problems', report)
      return empty
    }
    const report = formatReport(result.files, {cwd: process.cwd()})
    failure = ''
    onBuild(report, result)
    if (result.failed) send('problems', report)
    else send('reload', '')
    return result
  }

  let ready = rebuild()
  // Saves during a build queue one more build after it; a burst of saves is one build.
  let queued = false
  let timer: NodeJS.Timeout | undefined
  const trigger = () => {
    if (queued) return
    queued = true
    ready = ready
      .catch(() => undefined)
      .then(() => {
        queued = false
        return rebuild()
      })
  }
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(trigger, saveSettleMs)
  }
  const watcher = watch(
    [contentDir, options.templatesDir ?? defaultTemplatesDir],
    {ignoreInitial: true},
  )
  watcher.on('all', schedule)

  const server = createPreviewServer({
    outDir,
    clients,
    index: async () =>
      indexPage(await ready, options.registry ?? defaultRegistry, failure),
  })
  let port: number
  try {
    port = await listen(server, options.port ?? 4321, options.onNotice)
  } catch (error) {
    clearTimeout(timer)
    await watcher.close()
    await ready.catch(() => undefined)
    throw error
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    get ready() {
      return ready
    },
    async close() {
      clearTimeout(timer)
      await watcher.close()
      for (const client of clients) client.end()
      await new Promise<void>((done) => server.close(() => done()))
      await ready.catch(() => undefined)
    },
  }
}
