import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {computeFinance} from '../src/finance.js'
import {formatMoney, parseAmount, toCents, type Cents} from '../src/money.js'
import {decisionSchema, type Finance} from '../src/schema.js'
import {exampleDir} from './helpers.js'

const euros = (amount: number) => toCents(amount * 100)

function exampleFinance(): Finance {
  const source = parse(readFileSync(join(exampleDir, 'besluit.yaml'), 'utf8')) as unknown
  const finance = decisionSchema.parse(source).financien
  if (!finance) throw new Error('Expected the example to have `financien`')
  return finance
}

describe('money', () => {
  it.each([
    ['7200', 720000],
    ['180.5', 18050],
    ['180.50', 18050],
    ['0.05', 5],
    ['-12.25', -1225],
    ['4000000', 400000000]
  ])('parses %s as %i cents', (text, cents) => {
    expect(parseAmount(text)).toBe(cents)
  })

  it.each(['180,50', '1.800,00', '12.345', 'zeven', '', '1e3'])('refuses %j', (text) => {
    expect(parseAmount(text)).toBeUndefined()
  })

  it.each<[number, Parameters<typeof formatMoney>[1], string]>([
    [720000, 'bedrag', '€ 7.200'],
    [720050, 'bedrag', '€ 7.200,50'],
    [0, 'bedrag', '€ 0'],
    [18000, 'streepje', '€ 180,-'],
    [180000, 'streepje', '€ 1.800,-'],
    [30000000, 'bedrag', '€ 300.000'],
    [400000000, 'mln', '€ 4 mln.'],
    [370000000, 'mln', '€ 3,7 mln.'],
    [950000000, 'miljoen', '€ 9,5 miljoen']
  ])('formats %i cents as %s: %s', (cents, style, expected) => {
    expect(formatMoney(cents as Cents, style).replace(/\u00A0/g, ' ')).toBe(expected)
  })

  it('puts a no-break space after the euro sign', () => {
    expect(formatMoney(euros(180))).toBe('€\u00A0180')
  })
})

describe('finance of the example', () => {
  const result = computeFinance(exampleFinance())

  it('computes the stipend: 4 × 10 × € 180 = € 7.200', () => {
    expect(result.stipend?.members).toBe(4)
    expect(result.stipend?.months).toBe(10)
    expect(result.stipend?.rate).toBe(euros(180))
    expect(result.stipend?.total).toBe(euros(7200))
    expect([...(result.stipend?.perYear ?? [])]).toEqual([[2021, euros(7200)]])
  })

  it('computes the subsidy remainder: € 4 mln − € 300.000 = € 3,7 mln', () => {
    const [subsidy] = result.subsidies
    expect(subsidy?.total).toBe(euros(4_000_000))
    expect(subsidy?.earmarks.map((earmark) => earmark.amount)).toEqual([euros(300_000)])
    expect(subsidy?.remainder).toBe(euros(3_700_000))
    expect(subsidy?.cofinancing).toBe(euros(9_500_000))
  })

  it('fills the table for 2021–2024 with the stipend in 2021 and saldo 0', () => {
    const {table} = result
    expect(table.years).toEqual([2021, 2022, 2023, 2024])
    expect([...(table.lasten[0]?.amounts ?? [])]).toEqual([[2021, euros(7200)]])
    expect([...(table.baten[0]?.amounts ?? [])]).toEqual([[2021, euros(7200)]])
    expect([...table.totalLasten]).toEqual([[2021, euros(7200)]])
    expect([...table.totalBaten]).toEqual([[2021, euros(7200)]])
    expect([...table.saldo]).toEqual([[2021, 0]])
    expect(result.problems).toEqual([])
  })

  it('follows the data: five members give € 9.000 and the table follows', () => {
    const finance = exampleFinance()
    const changed = computeFinance({...finance, vergoeding: {...finance.vergoeding!, leden: 5}})
    expect(changed.stipend?.total).toBe(euros(9000))
    expect(changed.table.totalLasten.get(2021)).toBe(euros(9000))
    expect(changed.table.saldo.get(2021)).toBe(0)
  })

  it('caps each person at the yearly maximum', () => {
    const finance = exampleFinance()
    const changed = computeFinance({...finance, vergoeding: {...finance.vergoeding!, tarief: euros(200)}})
    // 10 months × € 200 = € 2.000, capped at € 1.800 per person.
    expect(changed.stipend?.total).toBe(euros(4 * 1800))
  })

  it('reports a saldo that is not zero when the costs are said to be covered', () => {
    const finance = exampleFinance()
    const changed = computeFinance({...finance, tabel: {...finance.tabel, baten: []}})
    expect(changed.table.saldo.get(2021)).toBe(euros(-7200))
    expect(changed.problems.map((problem) => [problem.path.join('.'), problem.reason.replace(/\u00A0/g, ' ')])).toEqual([
      ['financien.gedekt', '`gedekt: true`, maar lasten en baten sluiten niet: saldo 2021 € -7.200']
    ])
  })
})
