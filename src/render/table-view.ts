/**
 * The finance table as the templates show it: formatted cells, group totals,
 * saldo and result, and "x € 1.000" rounding that keeps totals equal to the
 * sum of the shown cells. Pure.
 */
import type {FinanceTable, TableGroup} from '../compute/finance-table.js'
import {
  formatMoney,
  formatUnits,
  roundToUnits,
  toCents,
  type Cents,
  type YearAmounts,
} from '../compute/money.js'
import {buildDekkingView, type DekkingView} from './dekking-view.js'

/** One row of the finance table. */
export interface RowView {
  readonly description: string
  readonly cells: readonly string[]
  /** `I` or `S`, as the column shows it. */
  readonly incidenteelOfStructureel: string
  /** `incidenteel` or `structureel`, for the abbreviation's title. */
  readonly incidenteelOfStructureelVoluit: string
  readonly programma: string
}

/** The finance table, formatted. */
export interface TableView {
  readonly caption: string
  readonly columnCount: string
  readonly years: readonly string[]
  readonly groups: ReadonlyArray<{
    readonly label: string
    readonly rows: readonly RowView[]
    readonly totalLabel: string
    readonly totals: readonly string[]
  }>
  /** The legend "I = incidenteel, S = structureel", under a table whose lines use them. */
  readonly legend: string | false
  /** How each year is covered, or declared open; `false` without `dekking`. */
  readonly dekking: DekkingView | false
  /** Saldo, and the result after reserves where the table has them. */
  readonly summaries: ReadonlyArray<{
    readonly label: string
    readonly cells: readonly string[]
  }>
}

const groupLabels: Record<TableGroup, {label: string; total: string}> = {
  lasten: {label: 'Exploitatielasten voorstel:', total: 'Totaal lasten'},
  baten: {label: 'Exploitatiebaten voorstel:', total: 'Totaal baten'},
  reserves: {label: 'Mutaties reserves:', total: 'Totaal mutaties reserves'},
  investeringen: {label: 'Investeringen:', total: 'Totaal investeringen'},
}

/**
 * How a table shows its amounts: in euros, or "x € 1.000" with each column
 * rounded so that its shown cells add up to its shown total.
 */
export function tableScale(scale: number): {
  /** Whether the amounts are shown in thousands (or another unit). */
  scaled: boolean
  /** The unit in cents: 100.000 for thousands. */
  unit: number
  show: (value: number | undefined) => string
  column: (
    amounts: ReadonlyArray<Cents | undefined>,
    hasTotal: boolean,
  ) => {cells: Array<number | undefined>; total: number | undefined}
} {
  const scaled = scale !== 1
  const unit = scale * 100
  return {
    scaled,
    unit,
    show: (value) =>
      value === undefined
        ? ''
        : scaled
          ? formatUnits(value)
          : formatMoney(toCents(value)),
    column(amounts, hasTotal) {
      const rounded: number[] = scaled
        ? roundToUnits(
            amounts.map((amount) => amount ?? (0 as Cents)),
            unit,
          )
        : amounts.map((amount) => amount ?? 0)
      return {
        cells: amounts.map((amount, index) =>
          amount === undefined ? undefined : rounded[index],
        ),
        total: hasTotal
          ? rounded.reduce((sum, value) => sum + value, 0)
          : undefined,
      }
    },
  }
}

/**
 * Format the table. Shown "x € 1.000", each group's cells are rounded so that
 * they add up to its rounded total, and saldo and result follow from the
 * rounded totals: every displayed total is the sum of the displayed cells.
 */
export function buildTableView(
  table: FinanceTable,
  title = 'Kosten en dekking',
): TableView {
  const {scaled, unit, show, column} = tableScale(table.scale)
  // A group without lines is left out: no "Totaal baten" with blank cells.
  const present = (group: TableGroup) => table.rows[group].length > 0
  const groups = (['lasten', 'baten', 'reserves', 'investeringen'] as const)
    .filter(present)
    .map((group) => {
      const rows = table.rows[group]
      const cellsByYear = table.years.map((year) => {
        return column(
          rows.map((row) => row.amounts.get(year)),
          table.totals[group].has(year),
        )
      })
      return {group, rows, cellsByYear}
    })
  const totalOf = (group: TableGroup, yearIndex: number) =>
    groups.find((entry) => entry.group === group)?.cellsByYear[yearIndex]?.total
  const summary = (
    amounts: YearAmounts | undefined,
    compute: (index: number) => number,
  ) =>
    amounts
      ? table.years.map((year, index) =>
          amounts.has(year) ? show(compute(index)) : '',
        )
      : undefined
  const saldo = (index: number) =>
    (totalOf('baten', index) ?? 0) - (totalOf('lasten', index) ?? 0)
  const result = summary(
    table.result,
    (index) => saldo(index) + (totalOf('reserves', index) ?? 0),
  )
  return {
    caption: scaled ? title + ' (bedragen x € 1.000)' : title,
    columnCount: String(table.years.length + 3),
    years: table.years.map(String),
    legend: groups.length > 0 ? 'I = incidenteel, S = structureel' : false,
    groups: groups.map(({group, rows, cellsByYear}) => ({
      label: groupLabels[group].label,
      totalLabel: groupLabels[group].total,
      rows: rows.map((row, rowIndex) => ({
        description: row.description,
        cells: cellsByYear.map((year) => show(year.cells[rowIndex])),
        incidenteelOfStructureel: row.incidenteelOfStructureel,
        incidenteelOfStructureelVoluit:
          row.incidenteelOfStructureel === 'I' ? 'incidenteel' : 'structureel',
        programma: row.programma,
      })),
      totals: cellsByYear.map((year) => show(year.total)),
    })),
    dekking: buildDekkingView(table, (value) =>
      value === undefined
        ? ''
        : show(scaled ? Math.round(value / unit) : value),
    ),
    summaries: [
      {
        label: 'Saldo Baten en Lasten',
        cells: summary(table.saldo, saldo) ?? [],
      },
      ...(result
        ? [{label: 'Resultaat na mutaties reserves', cells: result}]
        : []),
    ],
  }
}
