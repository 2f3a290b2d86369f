/**
 * The prose checks on Markdown nodes other than text: raw HTML, unsafe links
 * and images from the internet. Each reports to the prose's file; the caller
 * drops or neutralises the node. Pure.
 */
import type {Html, Image, ImageReference, Link} from 'mdast'
import {report} from '../messages/problem.js'
import {placeOf, truncate} from './placeholders.js'
import type {ProseSource} from './prose.js'

const unsafe = /^\s*(?:javascript|data|vbscript):/i
const scheme = /^\s*([a-z][a-z0-9+.-]*):/i
/** What a link may start with besides a relative path or `#`; the HTML keeps no other (rehype-sanitize drops it). */
const allowed = new Set(['https', 'http', 'mailto'])

/** Raw HTML is refused; the caller drops it. */
export function checkRawHtml(node: Html, source: ProseSource): void {
  report(
    source.file,
    'HTML in tekst is niet toegestaan: `' + truncate(node.value, 40) + '`',
    {
      place: placeOf(source, node),
      ruleId: 'raw-html',
      hint: 'schrijf opmaak in Markdown (zoals **vet** of [link](https://…)); HTML wordt niet overgenomen',
    },
  )
}

/**
 * A link or image to a script or data URL is refused and points nowhere; a
 * link with another scheme than https, http or mailto (`ftp:`, `file:`,
 * `tel:`) is refused too, where it would vanish from the HTML unseen.
 */
export function checkUnsafeUrl(node: Link | Image, source: ProseSource): void {
  const name = scheme.exec(node.url)?.[1]?.toLowerCase()
  const script = unsafe.test(node.url)
  if (!script && (name === undefined || allowed.has(name))) return
  report(
    source.file,
    script
      ? 'onveilige link `' + truncate(node.url, 40) + '`'
      : 'link `' +
          truncate(node.url, 40) +
          '` wordt niet overgenomen: een link begint met https://, http:// of mailto:, of is relatief',
    {
      place: placeOf(source, node),
      ruleId: 'unsafe-url',
      hint: script
        ? 'gebruik een link die begint met https://'
        : 'gebruik een link die begint met https://, http:// of mailto:, of een pad binnen de site',
    },
  )
  node.url = '#'
}

/** An image from elsewhere is not fetched: refused, and (inline) pointing nowhere. */
export function checkImage(
  node: Image | ImageReference,
  source: ProseSource,
  definitions: ReadonlyMap<string, string>,
): void {
  const url =
    node.type === 'image'
      ? node.url
      : definitions.get(node.identifier.toLowerCase())
  if (url === undefined || !isRemote(url)) return
  report(
    source.file,
    'afbeelding van buiten het besluit `' +
      truncate(url, 60) +
      '` wordt niet opgehaald',
    {
      place: placeOf(source, node),
      ruleId: 'remote-image',
      hint: 'raadsstuk laadt niets van internet in de documenten; laat de afbeelding weg of beschrijf haar in tekst',
    },
  )
  if (node.type === 'image') node.url = '#'
}

/** A URL with a scheme (other than those refused as unsafe) or a host: it would be fetched. */
function isRemote(url: string): boolean {
  return /^\s*(?:[a-z][a-z\d+.-]*:|[\\/]{2})/i.test(url) && !unsafe.test(url)
}
