import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {renderProse} from '../src/render/markdown.js'
import {toCents} from '../src/compute/money.js'
import {collectMessages} from '../src/messages/report.js'
import type {ValueTable} from '../src/compute/values.js'

const values: ValueTable = new Map([
  ['vergoeding.totaal', {kind: 'bedrag', cents: toCents(720000)}],
  ['vergoeding.tarief', {kind: 'bedrag', cents: toCents(18000)}],
  ['vergoeding.leden', {kind: 'aantal', count: 4}],
  ['vergoeding.van', {kind: 'maand', month: {year: 2021, month: 3}}],
  ['subsidie.vitale-wijken.rest', {kind: 'bedrag', cents: toCents(370000000)}],
])

function render(text: string, options = {}) {
  const file = new VFile({path: 'besluit.md', value: text})
  const html = renderProse(
    {text, file, origin: (point) => point},
    values,
    options,
  )
  const messages = collectMessages([file]).map(
    (message) =>
      `${message.line}:${message.column}: ${message.severity}: ${message.message} [${message.rule}]`,
  )
  return {html: html.replace(/\u00A0/g, ' '), messages}
}

describe('placeholders', () => {
  it('quote computed values in the chosen format', () => {
    expect(
      render(
        '{{vergoeding.leden}} personen, {{vergoeding.tarief|streepje}} per maand: {{vergoeding.totaal}}, {{vergoeding.leden|woord}} leden, vanaf {{vergoeding.van}}; {{subsidie.vitale-wijken.rest|mln}}',
      ),
    ).toEqual({
      html: '<p>4 personen, € 180,- per maand: € 7.200, vier leden, vanaf maart 2021; € 3,7 mln.</p>',
      messages: [],
    })
  })

  it('report an unknown name at its line and column, with a suggestion', () => {
    expect(
      render('Eerste regel.\n\nHet totaal is {{vergoeding.totaall}}.').messages,
    ).toEqual([
      '3:15: error: onbekende waarde `vergoeding.totaall` in `{{vergoeding.totaall}}` [unknown-placeholder]',
    ])
  })

  it('report a format that does not fit the value', () => {
    expect(render('{{vergoeding.leden|mln}}').messages).toEqual([
      '1:1: error: onbekende opmaak `mln` voor `vergoeding.leden` [unknown-format]',
    ])
  })

  it('leave template syntax as text, never evaluated', () => {
    const result = render('{{#each beslispunten}}x{{/each}}')
    expect(result.html).toBe('<p>{{#each beslispunten}}x{{/each}}</p>')
    expect(result.messages).toEqual([
      '1:1: error: `{{` is hier geen waarde: `{{#each beslispunten}}x{{/each…` [stray-braces]',
    ])
  })
})

describe('typed amounts', () => {
  it('are reported, with the placeholder to use where the amount is computed', () => {
    expect(render('Dat kost € 7.200 en nog € 50.').messages).toEqual([
      '1:10: warning: getypt bedrag `€ 7.200` is de berekende waarde `vergoeding.totaal` [literal-amount]',
      '1:25: warning: getypt bedrag `€ 50` komt niet uit de berekening [literal-amount]',
    ])
  })

  it('are not confused with placeholders', () => {
    expect(render('Totaal {{vergoeding.totaal}}.').messages).toEqual([])
  })
})

describe('unsafe content', () => {
  it('refuses raw HTML and drops it', () => {
    const result = render(
      'Tekst <script>alert(1)</script> en <img src=x onerror=alert(1)>',
    )
    expect(result.html).not.toMatch(/script|onerror|<img/)
    expect(result.messages).toEqual([
      '1:7: error: HTML in tekst is niet toegestaan: `<script>` [raw-html]',
      '1:23: error: HTML in tekst is niet toegestaan: `</script>` [raw-html]',
      '1:36: error: HTML in tekst is niet toegestaan: `<img src=x onerror=alert(1)>` [raw-html]',
    ])
  })

  it('refuses javascript: links', () => {
    const result = render('[klik](javascript:alert(1))')
    expect(result.html).toBe('<p><a href="#">klik</a></p>')
    expect(result.messages).toEqual([
      '1:1: error: onveilige link `javascript:alert(1)` [unsafe-url]',
    ])
  })

  it('refuses links the HTML would drop unseen (ftp:, file:, tel:), and keeps https, http, mailto and relative ones', () => {
    const result = render(
      '[a](ftp://example.org/x) [b](file:///etc/passwd) [c](tel:0331234567) [d](https://amersfoort.nl) [e](http://example.org) [f](mailto:griffie@amersfoort.nl) [g](bijlage.pdf) [h](#financien)',
    )
    expect(result.messages).toEqual(
      [
        ['1:1', 'ftp://example.org/x'],
        ['1:26', 'file:///etc/passwd'],
        ['1:50', 'tel:0331234567'],
      ].map(
        ([place, url]) =>
          place +
          ': error: link `' +
          url +
          '` wordt niet overgenomen: een link begint met https://, http:// of mailto:, of is relatief [unsafe-url]',
      ),
    )
    expect(result.html).toBe(
      '<p><a href="#">a</a> <a href="#">b</a> <a href="#">c</a> <a href="https://amersfoort.nl">d</a> <a href="http://example.org">e</a> <a href="mailto:griffie@amersfoort.nl">f</a> <a href="bijlage.pdf">g</a> <a href="#financien">h</a></p>',
    )
  })

  it('nests headings in prose under the section heading', () => {
    expect(render('# Kop').html).toBe('<h3>Kop</h3>')
  })
})
