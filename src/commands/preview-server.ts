/**
 * The preview's web server: the index of the besluiten (with the problems of
 * a build that could not run), the built documents from the output folder
 * with the reload script, and the events that tell an open page to reload.
 */
import {readFile} from 'node:fs/promises'
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import {extname, join, normalize, sep} from 'node:path'
import {refuse} from './preview-guard.js'
import {nonce, reloadScript, withReload} from './preview-script.js'
import type {BuildResult} from './build.js'
import {escapeHtml} from '../diff/text-blocks.js'
import type {Registry} from '../render/registry.js'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
}

/** What the server serves. */
export interface ServerOptions {
  /** The folder the documents are built into. */
  readonly outDir: string
  /** The open pages waiting for events; the server adds and removes them. */
  readonly clients: Set<ServerResponse>
  /** The index page, once the running build is done. */
  readonly index: () => Promise<string>
}

/** A server for the preview; it does not listen yet. */
export function createPreviewServer({
  outDir,
  clients,
  index,
}: ServerOptions): Server {
  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        response.writeHead(500, {'content-type': 'text/plain; charset=utf-8'})
      response.end(
        'raadsstuk preview: interne fout: ' +
          String((error as Error)?.message ?? error),
      )
    })
  })
  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    const refusal = refuse(request)
    if (refusal) {
      response
        .writeHead(refusal.status, {
          'content-type': 'text/plain; charset=utf-8',
        })
        .end(refusal.text)
      return
    }
    const path = decodeURIComponent(
      new URL(request.url ?? '/', 'http://localhost').pathname,
    )
    if (path === '/__raadsstuk/events') {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      })
      response.write(': verbonden\n\n')
      clients.add(response)
      request.on('close', () => clients.delete(response))
      return
    }
    if (path === '/') {
      response.writeHead(200, {'content-type': types['.html'] ?? ''})
      response.end(await index())
      return
    }
    const file = normalize(join(outDir, path))
    if (!file.startsWith(outDir + sep)) {
      response.writeHead(403).end()
      return
    }
    try {
      const body = await readFile(file)
      const type = types[extname(file)] ?? 'application/octet-stream'
      response.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
      })
      response.end(
        type.startsWith('text/html') ? withReload(body.toString('utf8')) : body,
      )
    } catch {
      response
        .writeHead(404, {'content-type': 'text/plain; charset=utf-8'})
        .end('niet gevonden: ' + path)
    }
  }
  return server
}

/** The index page: each besluit with links to its documents. */
export async function indexPage(
  result: BuildResult,
  registry: Registry,
  failure: string,
): Promise<string> {
  const items = result.besluiten
    .map((besluit) => {
      // A besluit of another organisation is named `<map>/<besluit>`.
      const folder = besluit.name.split('/').map(encodeURIComponent).join('/')
      // Its own documents, under their organisation's names; before the first build, the registry's.
      const documents =
        besluit.documents.length > 0
          ? besluit.documents.map((document) => ({
              fileName: document.fileName,
              label: document.title,
            }))
          : registry.types.map((type) => ({
              fileName: type.fileName,
              label: type.id,
            }))
      const links = documents
        .map(
          (document) =>
            `<a href="/${folder}/${document.fileName}.html">${escapeHtml(document.label)}</a>`,
        )
        .join(' · ')
      return `<li>${escapeHtml(besluit.name)}: ${links}</li>`
    })
    .join('\n')
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>raadsstuk preview</title></head><body><main><h1>raadsstuk preview</h1><ul>${items}</ul>${failure ? `<pre role="alert">${escapeHtml(failure)}</pre>` : ''}</main>${reloadScript(nonce())}</body></html>`
}
