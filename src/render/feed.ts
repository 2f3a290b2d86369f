/**
 * `out/feed.xml`: an Atom feed (RFC 4287) of the raadsinformatiebrieven sent
 * to the council, newest first. Pure.
 */
import type {PublicationRecord} from './publication-record.js'
import {folderUrl} from './site.js'

/** The feed of sent RIBs. */
export function buildFeed(records: readonly PublicationRecord[]): string {
  const sent = records
    .filter((record) => record.status === 'verzonden' && record.verzonden)
    .sort(
      (a, b) =>
        (b.verzonden ?? '').localeCompare(a.verzonden ?? '') ||
        a.name.localeCompare(b.name, 'en'),
    )
  const names = [...new Set(records.map((record) => record.organisatie))]
  const author = names.length === 1 && names[0] ? names[0] : 'raadsstuk'
  const newest = [...records].sort((a, b) => b.datum.localeCompare(a.datum))[0]
  const updated = time(sent[0]?.verzonden ?? newest?.datum ?? '1970-01-01')
  const feedId = 'urn:raadsstuk:rib:' + encodeURIComponent(author.toLowerCase())
  const entries = sent.map((record) => {
    const rib = record.documenten.find(
      (document) => document.type === 'raadsinformatiebrief',
    )
    const folder = folderUrl(record.name) + '/'
    return [
      '  <entry>',
      '    <id>' +
        feedId +
        ':' +
        encodeURIComponent(record.ribNummer ?? record.name) +
        '</id>',
      '    <title>' +
        escapeXml(
          'RIB ' +
            (record.ribNummer ?? '') +
            ': ' +
            (record.ribTitel ?? record.onderwerp),
        ) +
        '</title>',
      '    <updated>' + time(record.verzonden ?? record.datum) + '</updated>',
      '    <published>' +
        time(record.verzonden ?? record.datum) +
        '</published>',
      rib
        ? '    <link rel="alternate" type="text/html" href="' +
          escapeXml(folder + rib.html) +
          '"/>'
        : '',
      rib?.pdf
        ? '    <link rel="enclosure" type="application/pdf" href="' +
          escapeXml(folder + rib.pdf) +
          '"/>'
        : '',
      '    <link rel="related" type="application/json" href="' +
        escapeXml(folder + 'besluit.json') +
        '"/>',
      '    <summary>' + escapeXml(record.onderwerp) + '</summary>',
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    '  <id>' + feedId + '</id>',
    '  <title>' +
      escapeXml('Verzonden raadsinformatiebrieven, ' + author) +
      '</title>',
    '  <updated>' + updated + '</updated>',
    '  <author><name>' + escapeXml(author) + '</name></author>',
    '  <link rel="self" href="feed.xml"/>',
    '  <link rel="alternate" type="text/html" href="index.html"/>',
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}

function time(date: string): string {
  return date + 'T00:00:00Z'
}

/** Text safe in XML content and attributes; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  )
}
