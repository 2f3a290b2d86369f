/**
 * The documents of a besluit from their views: each through its template,
 * with the title, file name and PDF metadata its type and organisation give.
 * Pure.
 */
import type {Organisatie} from '../check/organisatie.js'
import type {Besluit} from '../check/schema.js'
import type {RenderedDocument} from './result.js'
import {fileNameOf, titleOf} from './organisatie-view.js'
import type {DocumentType} from './registry.js'
import type {Renderer} from './templates.js'

/** What the PDF says about itself, in its document information. */
export interface PdfMetadata {
  readonly title: string
  readonly author: string
  readonly subject: string
  readonly keywords: readonly string[]
  /** Written as creation and modification date: the besluit's, never the clock's. */
  readonly date: Date
  /** BCP 47 language of the document (default: `nl`). */
  readonly language?: string
}

/** Render each view with its type's template. */
export function renderDocuments(
  views: ReadonlyArray<{readonly type: DocumentType; readonly view: object}>,
  renderer: Renderer,
  besluit: Besluit,
  organisatie: Organisatie,
): RenderedDocument[] {
  return views.map(({type, view}) => {
    const title = titleOf(type, organisatie)
    return {
      type: type.id,
      fileName: fileNameOf(type, organisatie),
      title,
      html: renderer(type.template, view),
      metadata: {
        title: title + ': ' + type.subject(besluit),
        author: organisatie.naam,
        subject: besluit.onderwerp,
        keywords: [
          title,
          organisatie.soort + ' ' + organisatie.korteNaam,
          besluit.datum,
          ...besluit.portefeuillehouders,
        ],
        date: new Date(besluit.datum + 'T00:00:00Z'),
      },
    }
  })
}

/** The logo as a data URL, so that HTML and PDF carry it inside. */
export function logoUrl(
  name: string | undefined,
  assets: ReadonlyMap<string, Uint8Array> | undefined,
): string | undefined {
  const bytes = name === undefined ? undefined : assets?.get(name)
  if (!name || !bytes) return undefined
  const type = name.endsWith('.svg') ? 'image/svg+xml' : 'image/png'
  return 'data:' + type + ';base64,' + Buffer.from(bytes).toString('base64')
}
