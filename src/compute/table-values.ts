/**
 * The quotable amounts of a finance table (`tabel.lasten.2024`,
 * `tabel.saldo.2025` …) and of a begrotingswijziging
 * (`begrotingswijziging.lasten.totaal` …), for `values.ts`. Pure.
 */
import {
  wijzigingGroups,
  type Begrotingswijziging,
} from './begrotingswijziging.js'
import {tableGroups, type FinanceTable} from './finance-table.js'
import {sumCents, type Cents, type YearAmounts} from './money.js'
import type {Value} from './values.js'

/**
 * The table's quotable amounts: each group's total per year and over all
 * years, saldo and result per year, and every line with an `id`, per year
 * and in total: `tabel.lasten.2024`, `tabel.lasten.totaal`,
 * `tabel.lasten.project.2024`, `tabel.lasten.project.totaal`.
 */
export function collectTableValues(
  table: FinanceTable,
  money: (name: string, cents: Cents | undefined) => void,
  prefix: string,
): void {
  const sum = (amounts: YearAmounts) => sumCents([...amounts.values()])
  for (const group of tableGroups) {
    const totals = table.totals[group]
    for (const [year, cents] of totals)
      money(prefix + group + '.' + year, cents)
    if (table.rows[group].length > 0)
      money(prefix + group + '.totaal', sum(totals))
    for (const row of table.rows[group]) {
      if (row.id === undefined) continue
      const line = prefix + group + '.' + row.id
      for (const [year, cents] of row.amounts) money(line + '.' + year, cents)
      money(line + '.totaal', sum(row.amounts))
    }
  }
  for (const [name, amounts] of [
    ['saldo', table.saldo],
    ['resultaat', table.result ?? new Map<number, Cents>()],
  ] as const) {
    for (const [year, cents] of amounts)
      money(prefix + name + '.' + year, cents)
  }
}

/**
 * A begrotingswijziging's number and amounts: `begrotingswijziging.nummer`,
 * each group per year and over all years (`.lasten.2027`, `.lasten.totaal`,
 * `.onttrekkingen.2027`), `.saldo.<jaar>` and `.resultaat.<jaar>`.
 */
export function collectWijzigingValues(
  wijziging: Begrotingswijziging,
  values: Map<string, Value>,
  prefix: string,
): void {
  const money = (name: string, cents: Cents) =>
    values.set(prefix + name, {kind: 'bedrag', cents})
  values.set(prefix + 'nummer', {kind: 'tekst', text: wijziging.number})
  for (const group of wijzigingGroups) {
    const totals = wijziging.totals[group]
    for (const [year, cents] of totals) money(group + '.' + year, cents)
    if (totals.size > 0)
      money(group + '.totaal', sumCents([...totals.values()]))
  }
  for (const [year, cents] of wijziging.saldo) money('saldo.' + year, cents)
  for (const [year, cents] of wijziging.result)
    money('resultaat.' + year, cents)
}
