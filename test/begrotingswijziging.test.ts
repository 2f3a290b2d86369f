/** The begrotingswijziging made from a finance table: per programma, the rule that it closes or is covered, its quotable figures and its view. */
import {describe, expect, it} from 'vitest'
import {computeFinance} from '../src/compute/finance.js'
import {toCents} from '../src/compute/money.js'
import type {Finance} from '../src/check/schema.js'
import {collectValues, formatValue} from '../src/compute/values.js'
import {buildBegrotingswijzigingView} from '../src/render/begrotingswijziging-view.js'
import {cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {compareVersions} from '../src/diff/compare.js'
import {root, temporaryDir} from './helpers.js'

const euros = (amount: number) => toCents(Math.round(amount * 100))
const line = (
  omschrijving: string,
  programma: string,
  amounts: Record<string, number>,
  is: 'I' | 'S',
) => ({
  omschrijving,
  bedragen: Object.fromEntries(
    Object.entries(amounts).map(([year, amount]) => [year, euros(amount)]),
  ),
  is,
  programma,
})

/** Jongerenwerk paid from a stelpost, a rijksbijdrage, a reserve topped up and one drawn on. */
function finance(dekking: Finance['dekking'], schaal: 1 | 1000 = 1): Finance {
  return {
    jaren: {van: 2024, tot: 2026},
    subsidies: [],
    bedragen: [],
    tabellen: [],
    dekking,
    begrotingswijzigingen: [{nummer: '2024-007'}],
    tabel: {
      schaal,
      lasten: [
        line('Jongerenwerk', '4 Welzijn', {2024: 60000.4}, 'S'),
        line(
          'Stelpost jeugd',
          '0 Algemene dekkingsmiddelen',
          {2024: -20000},
          'S',
        ),
      ],
      baten: [line('Rijksbijdrage jeugd', '4 Welzijn', {2024: 10000}, 'I')],
      investeringen: [],
      reserves: [
        line('Toevoeging reserve vastgoed', '6 Vastgoed', {2024: -5000}, 'I'),
        line('Onttrekking reserve jeugd', '4 Welzijn', {2024: 25000}, 'S'),
      ],
    },
  }
}

const gedekt: Finance['dekking'] = [
  {jaren: 2024, bronnen: [{soort: 'begrotingsresultaat'}]},
  {jaren: {van: 2025}, bronnen: [{soort: 'algemene-reserve'}]},
]

describe('begrotingswijziging', () => {
  it('sums the table per programma, splits the reserves into toevoegingen and onttrekkingen, and computes saldo and resultaat', () => {
    const result = computeFinance(finance(gedekt))
    expect(result.problems).toEqual([])
    const [wijziging] = result.wijzigingen
    const rows = (
      group: 'lasten' | 'baten' | 'toevoegingen' | 'onttrekkingen',
    ) => wijziging?.rows[group].map((row) => [row.programma, [...row.amounts]])
    expect(rows('lasten')).toEqual([
      [
        '0 Algemene dekkingsmiddelen',
        [
          [2024, -2000000],
          [2025, -2000000],
          [2026, -2000000],
        ],
      ],
      [
        '4 Welzijn',
        [
          [2024, 6000040],
          [2025, 6000040],
          [2026, 6000040],
        ],
      ],
    ])
    expect(rows('baten')).toEqual([['4 Welzijn', [[2024, 1000000]]]])
    expect(rows('toevoegingen')).toEqual([['6 Vastgoed', [[2024, 500000]]]])
    expect(rows('onttrekkingen')).toEqual([
      [
        '4 Welzijn',
        [
          [2024, 2500000],
          [2025, 2500000],
          [2026, 2500000],
        ],
      ],
    ])
    // 10.000 − 40.000,40 + 25.000 − 5.000 in 2024; 0 − 40.000,40 + 25.000 later.
    expect([...(wijziging?.result ?? [])]).toEqual([
      [2024, -1000040],
      [2025, -1500040],
      [2026, -1500040],
    ])
  })

  it('makes its figures quotable, with and without its number', () => {
    const values = collectValues(computeFinance(finance(gedekt)))
    const quote = (name: string) => {
      const value = values.get(name)
      return value && formatValue(value, undefined)?.replace(/\u00a0/g, ' ')
    }
    expect(quote('begrotingswijziging.nummer')).toBe('2024-007')
    expect(quote('begrotingswijziging.lasten.2024')).toBe('€ 40.000,40')
    expect(quote('begrotingswijziging.2024-007.onttrekkingen.totaal')).toBe(
      '€ 75.000',
    )
    expect(quote('begrotingswijziging.toevoegingen.totaal')).toBe('€ 5.000')
    expect(quote('begrotingswijziging.resultaat.2025')).toBe('−€ 15.000,40')
  })

  it('shows the table in thousands whose totals are the sums of the shown cells, and the cover of the result under it', () => {
    const [wijziging] = computeFinance(finance(gedekt, 1000)).wijzigingen
    if (!wijziging) throw new Error('Expected a begrotingswijziging')
    const view = buildBegrotingswijzigingView(wijziging)
    expect(view.heading).toBe('Begrotingswijziging 2024-007')
    expect(view.caption).toBe(
      'Wijziging van de begroting 2024 en de meerjarenraming 2025–2026, per programma (bedragen x € 1.000)',
    )
    expect(
      view.groups.map((group) => [
        group.label,
        group.rows.map((row) => [row.description, ...row.cells]),
        group.totals,
      ]),
    ).toEqual([
      [
        'Lasten',
        [
          ['0 Algemene dekkingsmiddelen', '−20', '−20', '−20'],
          ['4 Welzijn', '60', '60', '60'],
        ],
        ['40', '40', '40'],
      ],
      ['Baten', [['4 Welzijn', '10', '', '']], ['10', '', '']],
      [
        'Toevoegingen aan reserves',
        [['6 Vastgoed', '5', '', '']],
        ['5', '', ''],
      ],
      [
        'Onttrekkingen aan reserves',
        [['4 Welzijn', '25', '25', '25']],
        ['25', '25', '25'],
      ],
    ])
    expect(view.summaries).toEqual([
      {label: 'Saldo van baten en lasten', cells: ['−30', '−40', '−40']},
      {label: 'Saldo mutaties reserves', cells: ['20', '25', '25']},
      {label: 'Resultaat', cells: ['−10', '−15', '−15']},
    ])
    expect(String(view.sentence).replace(/\u00a0/g, ' ')).toBe(
      'In 2024 wordt het tekort van € 10.000,40 gedekt uit het begrotingsresultaat. Vanaf 2025 wordt het tekort van € 15.000,40 per jaar gedekt uit de algemene reserve.',
    )
  })

  it('refuses a year that is open, and a year neither closing nor covered', () => {
    const open = computeFinance(
      finance([
        gedekt[0]!,
        {
          jaren: {van: 2025},
          open: {reden: 'nog niet bekend', moment: 'bij de Kadernota 2025'},
        },
      ]),
    )
    expect(
      open.problems.map((problem) => ({
        ...problem,
        reason: problem.reason.replace(/\u00a0/g, ' '),
      })),
    ).toEqual([
      expect.objectContaining({
        path: ['financien', 'begrotingswijzigingen', 0, 'nummer'],
        reason:
          'begrotingswijziging 2024-007 sluit niet: resultaat 2025 −€ 15.000,40, 2026 −€ 15.000,40',
        ruleId: 'begrotingswijziging-saldo',
      }),
    ])
    const ongedekt = computeFinance({...finance(undefined), gedekt: true})
    expect(ongedekt.problems.map((problem) => problem.ruleId)).toEqual([
      'financien-saldo',
      'begrotingswijziging-saldo',
    ])
  })

  it('names its changed figures once in a diff, with their number', async () => {
    const a = await temporaryDir()
    const b = await temporaryDir()
    for (const folder of [a, b])
      await cp(join(root, 'content', 'gemeente-zeewolde'), folder, {
        recursive: true,
      })
    const source = join(
      b,
      '2026-03-10-renovatie-sporthal-de-vonk',
      'besluit.yaml',
    )
    await writeFile(
      source,
      (await readFile(source, 'utf8'))
        .replace('{2027: 118400}', '{2027: 120000}')
        .replace('{2027: 28400}', '{2027: 30000}'),
    )
    const comparison = await compareVersions(a, b, {contentDir: a})
    const changes = (comparison.diffs[0]?.financien ?? [])
      .filter((change) => change.name.startsWith('begrotingswijziging'))
      .map((change) =>
        [change.label, change.from, change.to]
          .join(' | ')
          .replace(/\u00a0/g, ' '),
      )
    expect(changes).toEqual([
      'begrotingswijziging 2026-012, baten 2027 | € 28.400 | € 30.000',
      'begrotingswijziging 2026-012, baten 2028 | € 28.400 | € 30.000',
      'begrotingswijziging 2026-012, baten 2029 | € 28.400 | € 30.000',
      'begrotingswijziging 2026-012, baten alle jaren | € 85.200 | € 90.000',
      'begrotingswijziging 2026-012, lasten 2027 | € 118.400 | € 120.000',
      'begrotingswijziging 2026-012, lasten 2028 | € 118.400 | € 120.000',
      'begrotingswijziging 2026-012, lasten 2029 | € 118.400 | € 120.000',
      'begrotingswijziging 2026-012, lasten alle jaren | € 355.200 | € 360.000',
    ])
  })
})
