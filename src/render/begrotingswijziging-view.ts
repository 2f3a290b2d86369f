/**
 * The begrotingswijziging as the templates show it: per group the
 * programma's, the group's total, then saldo, mutaties reserves and
 * resultaat, formatted; "x € 1.000" rounded so that every shown total is the
 * sum of the shown cells. Pure.
 */
import {
  wijzigingGroups,
  type Begrotingswijziging,
  type WijzigingGroup,
} from '../compute/begrotingswijziging.js'
import {formatDekking} from '../compute/dekking-sentence.js'
import {tableScale} from './table-view.js'

/** The formatted begrotingswijziging. */
export interface BegrotingswijzigingView {
  /** The anchor: `begrotingswijziging-2026-012`. */
  readonly id: string
  /** `Begrotingswijziging 2026-012`. */
  readonly heading: string
  readonly caption: string
  readonly columnCount: string
  readonly years: readonly string[]
  readonly groups: ReadonlyArray<{
    readonly label: string
    readonly rows: ReadonlyArray<{
      readonly description: string
      readonly cells: readonly string[]
    }>
    readonly totalLabel: string
    readonly totals: readonly string[]
  }>
  readonly summaries: ReadonlyArray<{
    readonly label: string
    readonly cells: readonly string[]
  }>
  /** How a result other than € 0 is covered, or `false`. */
  readonly sentence: string | false
}

const labels: Record<WijzigingGroup, {label: string; total: string}> = {
  lasten: {label: 'Lasten', total: 'Totaal lasten'},
  baten: {label: 'Baten', total: 'Totaal baten'},
  toevoegingen: {
    label: 'Toevoegingen aan reserves',
    total: 'Totaal toevoegingen',
  },
  onttrekkingen: {
    label: 'Onttrekkingen aan reserves',
    total: 'Totaal onttrekkingen',
  },
}

/** Format a begrotingswijziging. */
export function buildBegrotingswijzigingView(
  wijziging: Begrotingswijziging,
): BegrotingswijzigingView {
  const {scaled, show, column} = tableScale(wijziging.scale)
  const present = wijzigingGroups.filter(
    (group) => wijziging.rows[group].length > 0,
  )
  const groups = present.map((group) => {
    const rows = wijziging.rows[group]
    const byYear = wijziging.years.map((year) => {
      return column(
        rows.map((row) => row.amounts.get(year)),
        wijziging.totals[group].has(year),
      )
    })
    return {group, rows, byYear}
  })
  const total = (group: WijzigingGroup, index: number) =>
    groups.find((entry) => entry.group === group)?.byYear[index]?.total ?? 0
  // The saldi and the resultaat in every year, € 0 in a year it leaves alone: the raad adopts each year's result.
  const summary = (compute: (index: number) => number) =>
    wijziging.years.map((_, index) => show(compute(index)))
  const saldo = (index: number) =>
    total('baten', index) - total('lasten', index)
  const mutations = (index: number) =>
    total('onttrekkingen', index) - total('toevoegingen', index)
  const heading = 'Begrotingswijziging ' + wijziging.number
  const sentence = formatDekking(wijziging.dekking)
  return {
    id: 'begrotingswijziging-' + wijziging.number,
    heading,
    caption:
      captionOf(wijziging.years) + (scaled ? ' (bedragen x € 1.000)' : ''),
    columnCount: String(wijziging.years.length + 1),
    years: wijziging.years.map(String),
    groups: groups.map(({group, rows, byYear}) => ({
      label: labels[group].label,
      totalLabel: labels[group].total,
      rows: rows.map((row, rowIndex) => ({
        description: row.programma,
        cells: byYear.map((year) => show(year.cells[rowIndex])),
      })),
      totals: byYear.map((year) => show(year.total)),
    })),
    summaries: [
      {label: 'Saldo van baten en lasten', cells: summary(saldo)},
      ...(present.includes('toevoegingen') || present.includes('onttrekkingen')
        ? [{label: 'Saldo mutaties reserves', cells: summary(mutations)}]
        : []),
      {
        label: 'Resultaat',
        cells: summary((index) => saldo(index) + mutations(index)),
      },
    ],
    sentence: sentence === '' ? false : sentence,
  }
}

/** `Wijziging van de begroting 2026 en de meerjarenraming 2027–2029, per programma`. */
function captionOf(years: readonly number[]): string {
  const [first, second] = years
  const last = years.at(-1)
  return (
    'Wijziging van de begroting ' +
    String(first) +
    (second === undefined
      ? ''
      : ' en de meerjarenraming ' +
        (second === last ? String(second) : second + '–' + String(last))) +
    ', per programma'
  )
}
