import {describe, expect, it} from 'vitest'
import {computeFinance} from '../src/compute/finance.js'
import {toCents} from '../src/compute/money.js'
import type {Finance} from '../src/check/schema.js'
import {buildTableView} from '../src/render/table-view.js'

const euros = (amount: number) => toCents(Math.round(amount * 100))
const line = (
  omschrijving: string,
  amounts: Record<string, number>,
  is: 'I' | 'S' = 'I',
) => ({
  omschrijving,
  bedragen: Object.fromEntries(
    Object.entries(amounts).map(([year, amount]) => [year, euros(amount)]),
  ),
  is,
  programma: '1.2 Ruimtelijke ontwikkeling',
})

function finance(tabel: Partial<Finance['tabel']>): Finance {
  return {
    jaren: {van: 2025, tot: 2026},
    gedekt: false,
    subsidies: [],
    bedragen: [],
    tabellen: [],
    begrotingswijzigingen: [],
    tabel: {
      schaal: 1,
      lasten: [],
      baten: [],
      investeringen: [],
      reserves: [],
      ...tabel,
    },
  }
}

describe('finance table view', () => {
  it('shows "x € 1.000" with totals that equal the sum of the shown cells', () => {
    const table = computeFinance(
      finance({
        schaal: 1000,
        lasten: [
          line('a', {'2025': 1499.5}),
          line('b', {'2025': 1499.5}),
          line('c', {'2025': 1001, '2026': 300}),
        ],
        baten: [line('d', {'2025': 4000})],
      }),
    ).table
    const view = buildTableView(table)
    expect(view.caption).toBe('Kosten en dekking (bedragen x € 1.000)')
    const [lasten, baten] = view.groups
    expect(lasten?.rows.map((row) => row.cells)).toEqual([
      ['2', ''],
      ['1', ''],
      ['1', '0'],
    ])
    expect(lasten?.totals).toEqual(['4', '0'])
    expect(baten?.totals).toEqual(['4', ''])
    expect(view.summaries).toEqual([
      {label: 'Saldo Baten en Lasten', cells: ['0', '0']},
    ])
  })

  it('shows reserves, investments and the result after reserves where the table has them', () => {
    const table = computeFinance(
      finance({
        lasten: [line('Onderhoud', {'2025': 10000}, 'S')],
        baten: [],
        reserves: [line('Onttrekking reserve', {'2025': 10000, '2026': 10000})],
        investeringen: [line('Aanschaf', {'2025': 50000})],
      }),
    ).table
    const view = buildTableView(table)
    expect(
      view.groups.map((group) => [
        group.label,
        group.totals.map((cell) => cell.replace(/\u00A0/g, ' ')),
      ]),
    ).toEqual([
      ['Exploitatielasten voorstel:', ['€ 10.000', '€ 10.000']],
      ['Mutaties reserves:', ['€ 10.000', '€ 10.000']],
      ['Investeringen:', ['€ 50.000', '']],
    ])
    expect(
      view.summaries.map((row) => [
        row.label,
        row.cells.map((cell) => cell.replace(/\u00A0/g, ' ')),
      ]),
    ).toEqual([
      ['Saldo Baten en Lasten', ['−€ 10.000', '−€ 10.000']],
      ['Resultaat na mutaties reserves', ['€ 0', '€ 0']],
    ])
  })
})

describe('negative amounts', () => {
  it('start with a real minus sign, also in a table shown "x € 1.000"', () => {
    const table = computeFinance({
      ...finance({
        lasten: [
          line('Stelpost', {'2025': -50000}, 'S'),
          line('Product', {'2025': 50000}, 'S'),
        ],
      }),
      tabel: {
        schaal: 1000,
        lasten: [
          line('Stelpost', {'2025': -50000}, 'S'),
          line('Product', {'2025': 50000}, 'S'),
        ],
        baten: [],
        investeringen: [],
        reserves: [],
      },
    }).table
    const view = buildTableView(table)
    expect(view.groups[0]?.rows.map((row) => row.cells)).toEqual([
      ['−50', '−50'],
      ['50', '50'],
    ])
    expect(view.legend).toBe('I = incidenteel, S = structureel')
    expect(view.groups.map((group) => group.label)).toEqual([
      'Exploitatielasten voorstel:',
    ])
  })
})
