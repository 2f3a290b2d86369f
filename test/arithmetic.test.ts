/** Typed arithmetic in prose: found when it does not hold, with its place, also where placeholders fill in the terms. */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {findFalseArithmetic} from '../src/compute/arithmetic.js'
import {toCents} from '../src/compute/money.js'
import type {ValueTable} from '../src/compute/values.js'
import {collectMessages} from '../src/messages/report.js'
import {renderProse} from '../src/render/markdown.js'

describe('typed arithmetic', () => {
  it.each([
    [
      'actief: 4 personen x 10 maanden x € 200,- = € 7.200.',
      '4 personen x 10 maanden x € 200,- = € 7.200',
      '€ 8.000',
    ],
    [
      'Het plafond: € 848.669 + € 186.602 = € 1.035.270.',
      '€ 848.669 + € 186.602 = € 1.035.270',
      '€ 1.035.271',
    ],
    [
      'Over: € 1.035.271 - € 186.602 = € 848.000 blijft.',
      '€ 1.035.271 - € 186.602 = € 848.000',
      '€ 848.669',
    ],
    ['en 4 x 10 = 41 maanden', '4 x 10 = 41', '40'],
    [
      '3 personen x 10 maanden x € 180,- + 1 persoon x 7 maanden x € 180,- = € 6.600',
      '3 personen x 10 maanden x € 180,- + 1 persoon x 7 maanden x € 180,- = € 6.600',
      '€ 6.660',
    ],
  ])('finds the false sum in %j', (text, expression, actual) => {
    const found = findFalseArithmetic(text)
    expect(
      found.map((item) => [
        item.expression,
        item.actual.replace(/\u00A0/g, ' '),
        item.index,
      ]),
    ).toEqual([[expression, actual, text.indexOf(expression.slice(0, 5))]])
  })

  it.each([
    '4 personen x 10 maanden x € 180,- = € 7.200.',
    '4 personen x 10 maanden x € 200,- = € 8.000, begrensd op € 1.800 per persoon per jaar: € 7.200',
    'Het plafond gaat van € 848.669 met € 186.602 naar € 848.669 + € 186.602 = € 1.035.271.',
    '3 personen x 10 maanden x € 180,- + 1 persoon x 7 maanden x € 180,- = € 6.660',
    'in 2021 4 personen x 4 maanden x € 180,- = € 2.880; in 2022 4 personen x 6 maanden x € 180,- = € 4.320; samen € 7.200',
    'de jaren 2021 - 2024 = vier jaar; € 3,7 mln. + € 300.000 = € 4 miljoen',
  ])('accepts a true sum or no sum: %j', (text) => {
    expect(findFalseArithmetic(text)).toEqual([])
  })
})

describe('arithmetic in prose', () => {
  const values: ValueTable = new Map([
    ['vergoeding.tarief', {kind: 'bedrag', cents: toCents(20000)}],
    ['vergoeding.totaal', {kind: 'bedrag', cents: toCents(720000)}],
    ['vergoeding.leden', {kind: 'aantal', count: 4}],
  ])
  const render = (text: string) => {
    const file = new VFile({path: 'besluit.md', value: text})
    const html = renderProse({text, file, origin: (point) => point}, values)
    return {
      html: html.replace(/\u00A0/g, ' '),
      messages: collectMessages([file]).map(
        (message) =>
          `${message.line}:${message.column}: ${message.severity}: ${message.message.replace(/\u00A0/g, ' ')} [${message.rule}]`,
      ),
    }
  }

  it('warns at the place of a sum that does not hold once its placeholders are filled in', () => {
    const result = render(
      'Eerste regel.\n\nDe werkgroep: {{vergoeding.leden}} personen x 10 maanden x {{vergoeding.tarief|streepje}} = {{vergoeding.totaal}}.',
    )
    expect(result.html).toContain(
      '4 personen x 10 maanden x € 200,- = € 7.200.',
    )
    expect(result.messages).toEqual([
      '3:15: warning: de berekening `4 personen x 10 maanden x € 200,- = € 7.200` klopt niet: het is € 8.000 [arithmetic]',
    ])
  })

  it('places a typed sum after a placeholder by its own column', () => {
    const result = render(
      '{{vergoeding.totaal}} en verder: 4 x 10 = 41 maanden.',
    )
    expect(result.messages).toEqual([
      '1:34: warning: de berekening `4 x 10 = 41` klopt niet: het is 40 [arithmetic]',
    ])
  })
})
