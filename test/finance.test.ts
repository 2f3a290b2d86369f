import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import fc from 'fast-check'
import {computeFinance} from '../src/compute/finance.js'
import {tableGroups} from '../src/compute/finance-table.js'
import {
  formatMoney,
  parseAmount,
  parseDutchAmount,
  roundToUnits,
  toCents,
  type Cents,
} from '../src/compute/money.js'
import {besluitSchema, type Finance} from '../src/check/schema.js'
import {exampleDir} from './helpers.js'
import {loadVergoedingsgrenzen} from '../src/io/vergoedingsgrenzen.js'
import {collectValues, formatValue} from '../src/compute/values.js'
import {findFalseArithmetic} from '../src/compute/arithmetic.js'

const euros = (amount: number) => toCents(amount * 100)
const limits = await loadVergoedingsgrenzen()
/** The finance computed with the package's table of tax-free limits. */
const compute = (finance: Finance) =>
  computeFinance(finance, {vergoedingsgrenzen: limits})

function exampleFinance(): Finance {
  const source = parse(
    readFileSync(join(exampleDir, 'besluit.yaml'), 'utf8'),
  ) as unknown
  const finance = besluitSchema.parse(source).financien
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
    ['4000000', 400000000],
  ])('parses %s as %i cents', (text, cents) => {
    expect(parseAmount(text)).toBe(cents)
  })

  it.each(['180,50', '1.800,00', '12.345', 'zeven', '', '1e3'])(
    'refuses %j',
    (text) => {
      expect(parseAmount(text)).toBeUndefined()
    },
  )

  it.each<[number, Parameters<typeof formatMoney>[1], string]>([
    [720000, 'bedrag', '€ 7.200'],
    [720050, 'bedrag', '€ 7.200,50'],
    [0, 'bedrag', '€ 0'],
    [18000, 'streepje', '€ 180,-'],
    [180000, 'streepje', '€ 1.800,-'],
    [30000000, 'bedrag', '€ 300.000'],
    [400000000, 'mln', '€ 4 mln.'],
    [370000000, 'mln', '€ 3,7 mln.'],
    [950000000, 'miljoen', '€ 9,5 miljoen'],
  ])('formats %i cents as %s: %s', (cents, style, expected) => {
    expect(formatMoney(cents as Cents, style).replace(/\u00A0/g, ' ')).toBe(
      expected,
    )
  })

  it('puts a no-break space after the euro sign', () => {
    expect(formatMoney(euros(180))).toBe('€\u00A0180')
  })
})

describe('finance of the example', () => {
  const result = compute(exampleFinance())

  it('computes the vergoeding: 4 × 10 × € 180 = € 7.200', () => {
    expect(result.vergoeding?.leden).toBe(4)
    expect(result.vergoeding?.months).toBe(10)
    expect(result.vergoeding?.personMonths).toBe(40)
    expect(result.vergoeding?.tarief).toBe(euros(180))
    expect(result.vergoeding?.total).toBe(euros(7200))
    expect([...(result.vergoeding?.perYear ?? [])]).toEqual([
      [2021, euros(7200)],
    ])
  })

  it('computes the subsidie remainder: € 4 mln − € 300.000 = € 3,7 mln', () => {
    const [subsidie] = result.subsidies
    expect(subsidie?.total).toBe(euros(4_000_000))
    expect(subsidie?.oormerken.map((oormerk) => oormerk.amount)).toEqual([
      euros(300_000),
    ])
    expect(subsidie?.remainder).toBe(euros(3_700_000))
    expect(subsidie?.cofinanciering).toBe(euros(9_500_000))
  })

  it('fills the table for 2021–2024 with the vergoeding in 2021 and saldo 0', () => {
    const {table} = result
    expect(table.years).toEqual([2021, 2022, 2023, 2024])
    expect([...(table.rows.lasten[0]?.amounts ?? [])]).toEqual([
      [2021, euros(7200)],
    ])
    expect([...(table.rows.baten[0]?.amounts ?? [])]).toEqual([
      [2021, euros(7200)],
    ])
    expect([...table.totals.lasten]).toEqual([[2021, euros(7200)]])
    expect([...table.totals.baten]).toEqual([[2021, euros(7200)]])
    expect([...table.saldo]).toEqual([[2021, 0]])
    expect(table.result).toBeUndefined()
    expect(result.problems).toEqual([])
  })
})

/** The example's finance with the vergoeding changed. */
function withVergoeding(
  change: Partial<NonNullable<Finance['vergoeding']>>,
  finance = exampleFinance(),
): Finance {
  return {...finance, vergoeding: {...finance.vergoeding!, ...change}}
}

const reasons = (finance: Finance) =>
  compute(finance).problems.map((problem) =>
    problem.reason.replace(/\u00A0/g, ' '),
  )

describe('vergoeding', () => {
  it('follows the data: five leden give € 9.000 and the table follows', () => {
    const changed = compute(withVergoeding({leden: 5}))
    expect(changed.vergoeding?.total).toBe(euros(9000))
    expect(changed.table.totals.lasten.get(2021)).toBe(euros(9000))
    expect(changed.table.saldo.get(2021)).toBe(0)
  })

  it('pays a lid who joins in June for 7 months', () => {
    const leden = [
      {naam: 'lid 1'},
      {naam: 'lid 2'},
      {naam: 'lid 3'},
      {naam: 'lid 4', van: '2021-06'},
    ]
    const changed = compute(withVergoeding({leden}))
    expect(changed.vergoeding?.leden).toBe(4)
    expect(changed.vergoeding?.personMonths).toBe(37)
    expect(changed.vergoeding?.total).toBe(euros(3 * 1800 + 7 * 180))
  })

  it('pays a lid who leaves after September up to and including September', () => {
    const changed = compute(
      withVergoeding({leden: [{naam: 'lid 1', tot: '2021-09'}]}),
    )
    expect(changed.vergoeding?.total).toBe(euros(7 * 180))
  })

  it('caps each person at the yearly maximum, and warns that € 200 a month is above the tax-free limit', () => {
    const finance = withVergoeding({tarief: euros(200)})
    // 10 months × € 200 = € 2.000, capped at € 1.800 per person.
    expect(compute(finance).vergoeding?.total).toBe(euros(4 * 1800))
    expect(reasons(finance)).toEqual([
      'in 2021 is het tarief (€ 200 per maand) hoger dan de onbelaste vrijwilligersvergoeding van € 180 per maand',
    ])
  })

  it('warns when a person gets more in a year than the tax-free yearly maximum', () => {
    const finance = withVergoeding({
      van: '2021-01',
      maximumPerJaar: euros(2400),
    })
    expect(compute(finance).vergoeding?.total).toBe(euros(4 * 2160))
    expect(reasons(finance)).toEqual([
      'in 2021 is het jaarbedrag per persoon (€ 2.160) hoger dan de onbelaste vrijwilligersvergoeding van € 1.800 per jaar',
    ])
  })

  it('splits a vergoeding from September 2021 to June 2022 over two calendar years and two columns', () => {
    const finance = withVergoeding({van: '2021-09', tot: '2022-06'})
    const changed = compute(finance)
    expect([...(changed.vergoeding?.perYear ?? [])]).toEqual([
      [2021, euros(4 * 4 * 180)],
      [2022, euros(4 * 6 * 180)],
    ])
    expect([...(changed.table.rows.lasten[0]?.amounts ?? [])]).toEqual([
      [2021, euros(2880)],
      [2022, euros(4320)],
    ])
    expect([...changed.table.saldo]).toEqual([
      [2021, 0],
      [2022, 0],
    ])
    expect(changed.problems).toEqual([])
  })

  it('applies each year’s own limit: € 190 is above 2022’s € 180 but within 2023’s € 190', () => {
    const finance = {
      ...withVergoeding({
        tarief: euros(190),
        van: '2022-07',
        tot: '2023-06',
        maximumPerJaar: euros(1900),
      }),
      jaren: {van: 2022, tot: 2023},
    }
    expect(reasons(finance)).toEqual([
      'in 2022 is het tarief (€ 190 per maand) hoger dan de onbelaste vrijwilligersvergoeding van € 180 per maand',
    ])
  })

  it('reports a year that the table of limits does not have', () => {
    const finance = {
      ...withVergoeding({van: '2030-01', tot: '2030-10'}),
      jaren: {van: 2030, tot: 2030},
    }
    expect(reasons(finance)).toEqual([
      'geen onbelaste maxima van de Belastingdienst bekend voor 2030',
    ])
  })

  it.each([
    [
      {leden: [{naam: 'lid 1', van: '2022-01'}]},
      'lid 1 begint in januari 2022, buiten de periode maart 2021 – december 2021',
      'van',
    ],
    [
      {leden: [{naam: 'lid 1', van: '2021-01'}]},
      'lid 1 begint in januari 2021, buiten de periode maart 2021 – december 2021',
      'van',
    ],
    [
      {leden: [{naam: 'lid 1', van: '2021-06', tot: '2021-05'}]},
      'lid 1 stopt in mei 2021, voordat het begint',
      'tot',
    ],
    [
      {van: '2021-12', tot: '2021-03'},
      'de laatste maand (2021-03) ligt voor de eerste (2021-12)',
      'tot',
    ],
  ])('refuses impossible periods: %j', (change, reason, field) => {
    const problems = compute(withVergoeding(change)).problems
    expect(problems.map((problem) => problem.reason)).toEqual([reason])
    expect(problems[0]?.path?.at(-1)).toBe(field)
  })
})

describe('subsidies and the table', () => {
  it('refuses oormerken larger than the subsidie', () => {
    const finance = exampleFinance()
    const [subsidie] = finance.subsidies
    const changed = {
      ...finance,
      subsidies: [{...subsidie!, totaal: euros(200_000)}],
    }
    expect(reasons(changed)).toEqual([
      'de oormerken van `vitale-wijken` (€ 300.000) zijn samen groter dan de subsidie (€ 200.000)',
    ])
  })

  it('repeats a structural line in every later year of the table', () => {
    const finance = exampleFinance()
    const line = {
      omschrijving: 'Beheer',
      bedragen: {'2022': euros(5000)},
      is: 'S' as const,
      programma: '1.2 Ruimtelijke ontwikkeling',
    }
    const changed = compute({
      ...finance,
      gedekt: false,
      tabel: {...finance.tabel, lasten: [...finance.tabel.lasten, line]},
    })
    expect([...(changed.table.rows.lasten[1]?.amounts ?? [])]).toEqual([
      [2022, euros(5000)],
      [2023, euros(5000)],
      [2024, euros(5000)],
    ])
    expect([...changed.table.saldo]).toEqual([
      [2021, 0],
      [2022, euros(-5000)],
      [2023, euros(-5000)],
      [2024, euros(-5000)],
    ])
  })

  it('reports a saldo that is not zero when the costs are said to be covered', () => {
    const finance = exampleFinance()
    expect(reasons({...finance, tabel: {...finance.tabel, baten: []}})).toEqual(
      [
        '`gedekt: true`, maar lasten en baten sluiten niet: saldo 2021 −€ 7.200',
      ],
    )
  })

  it('checks the result after reserves when the table has reserves', () => {
    const finance = exampleFinance()
    const withdrawal = {
      omschrijving: 'Onttrekking reserve',
      bedragen: {'2021': euros(1000)},
      is: 'I' as const,
      programma: '1.2',
    }
    const changed = compute({
      ...finance,
      tabel: {...finance.tabel, reserves: [withdrawal]},
    })
    expect([...(changed.table.result ?? [])]).toEqual([[2021, euros(1000)]])
    expect(
      changed.problems.map((problem) => problem.reason.replace(/\u00A0/g, ' ')),
    ).toEqual([
      '`gedekt: true`, maar lasten en baten sluiten niet: resultaat 2021 € 1.000',
    ])
  })
})

describe('rounding to thousands', () => {
  it('keeps the parts adding up to the rounded total', () => {
    // € 1.499,50 + € 1.499,50 + € 1.001 = € 4.000 → 1 + 2 + 1 (largest remainders first).
    expect(
      roundToUnits([euros(1499.5), euros(1499.5), euros(1001)], 100_000),
    ).toEqual([2, 1, 1])
  })

  it('holds for any amounts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: -10_000_000_00, max: 10_000_000_00}), {
          maxLength: 12,
        }),
        (values) => {
          const rounded = roundToUnits(values as Cents[], 100_000)
          const total = values.reduce((sum, value) => sum + value, 0)
          expect(rounded.reduce((sum, value) => sum + value, 0)).toBe(
            Math.round(total / 100_000) + 0,
          )
          rounded.forEach((value, index) =>
            expect(
              Math.abs(value - (values[index] ?? 0) / 100_000),
            ).toBeLessThan(1),
          )
        },
      ),
    )
  })
})

describe('amounts typed in prose', () => {
  it.each([
    ['€ 7.200', 720000],
    ['€7200,-', 720000],
    ['€ 7.200,--', 720000],
    ['€ 180,50', 18050],
    ['€ 3,7 mln.', 370000000],
    ['€ 9,5 miljoen', 950000000],
    ['€ 4 mln', 400000000],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseDutchAmount(text)).toBe(cents)
  })
})

const month = fc.record({
  year: fc.integer({min: 2021, max: 2025}),
  month: fc.integer({min: 1, max: 12}),
})
const monthText = (value: {year: number; month: number}) =>
  value.year + '-' + String(value.month).padStart(2, '0')

/** A random valid vergoeding: a period of up to three years and leden inside it. */
const vergoedingArbitrary = fc
  .tuple(
    month,
    fc.integer({min: 0, max: 35}),
    fc.integer({min: 0, max: 400_00}),
    fc.integer({min: 0, max: 3000_00}),
  )
  .chain(([start, length, rate, maximum]) => {
    const index = start.year * 12 + start.month - 1 + length
    const end = {year: Math.floor(index / 12), month: (index % 12) + 1}
    const inside = fc.integer({min: 0, max: length}).map((offset) => {
      const at = start.year * 12 + start.month - 1 + offset
      return {year: Math.floor(at / 12), month: (at % 12) + 1}
    })
    const lid = fc.tuple(inside, inside).map(([a, b]) => {
      const [from, to] =
        a.year * 12 + a.month <= b.year * 12 + b.month ? [a, b] : [b, a]
      return {naam: 'lid', van: monthText(from), tot: monthText(to)}
    })
    return fc.record({
      tarief: fc.constant(rate as Cents),
      maximumPerJaar: fc.constant(maximum as Cents),
      van: fc.constant(monthText(start)),
      tot: fc.constant(monthText(end)),
      leden: fc.oneof(
        fc.integer({min: 0, max: 12}),
        fc.array(lid, {minLength: 1, maxLength: 8}),
      ),
    })
  })

describe('invariants (property tests)', () => {
  it('hold for random vergoedingen and tables', () => {
    fc.assert(
      fc.property(
        vergoedingArbitrary,
        fc.array(fc.integer({min: -1_000_000_00, max: 1_000_000_00}), {
          maxLength: 5,
        }),
        (vergoeding, extra) => {
          const finance: Finance = {
            ...exampleFinance(),
            jaren: {van: 2021, tot: 2028},
            gedekt: false,
            // Random lasten leave shortfalls: the years are declared open, so the only errors would be real ones.
            dekking: [
              {
                jaren: {van: 2021},
                open: {reden: 'nog onbekend', moment: 'bij de Kadernota'},
              },
            ],
            vergoeding,
            tabel: {
              ...exampleFinance().tabel,
              lasten: [
                ...exampleFinance().tabel.lasten,
                ...extra.map((cents, index) => ({
                  omschrijving: 'post ' + index,
                  bedragen: {[String(2021 + index)]: cents as Cents},
                  is: 'I' as const,
                  programma: 'p',
                })),
              ],
            },
          }
          const result = compute(finance)
          const computed = result.vergoeding!
          expect(result.problems.filter((problem) => !problem.warning)).toEqual(
            [],
          )
          // The total is the sum of the years.
          expect(computed.total).toBe(
            [...computed.perYear.values()].reduce(
              (sum, value) => sum + value,
              0,
            ),
          )
          // Nobody exceeds the yearly maximum: a year pays at most (people active that year) × maximum.
          const people =
            typeof vergoeding.leden === 'number'
              ? vergoeding.leden
              : vergoeding.leden.length
          for (const cents of computed.perYear.values())
            expect(cents).toBeLessThanOrEqual(
              people * vergoeding.maximumPerJaar,
            )
          const {table} = result
          for (const group of tableGroups) {
            for (const year of table.years) {
              const cells = table.rows[group]
                .map((row) => row.amounts.get(year))
                .filter((cents) => cents !== undefined)
              expect(table.totals[group].get(year)).toBe(
                cells.length > 0
                  ? cells.reduce((sum, value) => sum + value, 0)
                  : undefined,
              )
            }
          }
          for (const [year, saldo] of table.saldo) {
            expect(saldo).toBe(
              (table.totals.baten.get(year) ?? 0) -
                (table.totals.lasten.get(year) ?? 0),
            )
          }
          const every = [
            ...computed.perYear.values(),
            ...table.saldo.values(),
            ...tableGroups.flatMap((group) => [
              ...table.totals[group].values(),
            ]),
          ]
          for (const cents of every)
            expect(Number.isSafeInteger(cents)).toBe(true)
        },
      ),
      // PROPERTY_RUNS: 100 by default, more in CI (.ci/run).
      {numRuns: Number(process.env['PROPERTY_RUNS'] ?? 100)},
    )
  })
})

describe('quotable vergoeding', () => {
  const quote = (finance: Finance, name: string) => {
    const value = collectValues(compute(finance)).get(name)
    return value && formatValue(value, undefined)?.replace(/\u00A0/g, ' ')
  }
  const leden = [{naam: 'A'}, {naam: 'B'}, {naam: 'lid C', van: '2021-06'}]

  it('quotes a lid who joins in June as € 1.260, with his months', () => {
    const finance = withVergoeding({leden})
    expect(quote(finance, 'vergoeding.lid.lid-C')).toBe('€ 1.260')
    expect(quote(finance, 'vergoeding.lid.lid-C.2021')).toBe('€ 1.260')
    expect(quote(finance, 'vergoeding.lid.lid-C.maanden')).toBe('7')
    expect(quote(finance, 'vergoeding.lid.A')).toBe('€ 1.800')
  })

  it.each<[Partial<NonNullable<Finance['vergoeding']>>, string]>([
    [{}, '4 personen x 10 maanden x € 180,- = € 7.200'],
    [
      {tarief: euros(200)},
      '4 personen x 10 maanden x € 200,- = € 8.000, begrensd op € 1.800 per persoon per jaar: € 7.200',
    ],
    [
      {leden},
      '2 personen x 10 maanden x € 180,- + 1 persoon x 7 maanden x € 180,- = € 4.860',
    ],
    [
      {van: '2021-09', tot: '2022-06'},
      'in 2021 4 personen x 4 maanden x € 180,- = € 2.880; in 2022 4 personen x 6 maanden x € 180,- = € 4.320; samen € 7.200',
    ],
  ])('writes the calculation of %j as it is made', (change, text) => {
    const finance = withVergoeding(change)
    expect(quote(finance, 'vergoeding.berekening')).toBe(text)
    expect(findFalseArithmetic(text)).toEqual([])
  })
})
