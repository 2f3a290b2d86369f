/**
 * XMP metadata for the archive: the document information again as an XMP
 * packet in the catalog's `/Metadata` stream (dc:title, dc:creator,
 * dc:description, dc:subject, dc:language, xmp dates, pdf:Producer), with the
 * same values and dates as the info dictionary, as PDF/A and PDF/UA want.
 * No PDF/A or PDF/UA conformance is claimed: no validator could be run here
 * (see the README).
 */
import {createHash} from 'node:crypto'
import type {PDFDocument} from 'pdf-lib'

/** What the XMP packet says. */
export interface XmpMetadata {
  readonly title: string
  readonly author: string
  readonly subject: string
  readonly keywords: readonly string[]
  readonly language: string
  readonly date: Date
  readonly creatorTool: string
  readonly producer: string
}

/** The XMP packet as text. */
export function buildXmp(metadata: XmpMetadata): string {
  const date = metadata.date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const id = createHash('sha256')
    .update(JSON.stringify({...metadata, date}))
    .digest('hex')
  const uuid = [
    id.slice(0, 8),
    id.slice(8, 12),
    id.slice(12, 16),
    id.slice(16, 20),
    id.slice(20, 32),
  ].join('-')
  const alt = (text: string) =>
    '<rdf:Alt><rdf:li xml:lang="x-default">' +
    escape(text) +
    '</rdf:li></rdf:Alt>'
  const list = (kind: 'Seq' | 'Bag', items: readonly string[]) =>
    '<rdf:' +
    kind +
    '>' +
    items.map((item) => '<rdf:li>' + escape(item) + '</rdf:li>').join('') +
    '</rdf:' +
    kind +
    '>'
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">',
    '<dc:format>application/pdf</dc:format>',
    '<dc:title>' + alt(metadata.title) + '</dc:title>',
    '<dc:creator>' + list('Seq', [metadata.author]) + '</dc:creator>',
    '<dc:description>' + alt(metadata.subject) + '</dc:description>',
    '<dc:subject>' + list('Bag', metadata.keywords) + '</dc:subject>',
    '<dc:language>' + list('Bag', [metadata.language]) + '</dc:language>',
    '<dc:date>' + list('Seq', [date]) + '</dc:date>',
    '<xmp:CreateDate>' + date + '</xmp:CreateDate>',
    '<xmp:ModifyDate>' + date + '</xmp:ModifyDate>',
    '<xmp:MetadataDate>' + date + '</xmp:MetadataDate>',
    '<xmp:CreatorTool>' + escape(metadata.creatorTool) + '</xmp:CreatorTool>',
    '<pdf:Producer>' + escape(metadata.producer) + '</pdf:Producer>',
    '<pdf:Keywords>' + escape(metadata.keywords.join(', ')) + '</pdf:Keywords>',
    '<xmpMM:DocumentID>uuid:' + uuid + '</xmpMM:DocumentID>',
    '<xmpMM:InstanceID>uuid:' + uuid + '</xmpMM:InstanceID>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n')
}

/**
 * Put the XMP packet in the document's catalog, uncompressed (as PDF/A asks).
 * pdf-lib comes from the caller, which loads it only to print.
 */
export function attachXmp(
  {PDFName}: typeof import('pdf-lib'),
  document: PDFDocument,
  metadata: XmpMetadata,
): void {
  const bytes = new TextEncoder().encode(buildXmp(metadata))
  const stream = document.context.stream(bytes, {
    Type: 'Metadata',
    Subtype: 'XML',
    Length: bytes.length,
  })
  document.catalog.set(
    PDFName.of('Metadata'),
    document.context.register(stream),
  )
}

function escape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  )
}
