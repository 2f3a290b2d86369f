/**
 * The computed values that prose can quote through placeholders such as
 * `{{vergoeding.totaal}}` or `{{subsidie.vitale-wijken.rest|mln}}`. Pure.
 */
import {
  formatMonthName,
  formatNumberWord,
  formatYearMonth,
  type YearMonth,
} from '../nl/calendar.js'
import type {FinanceResult} from './finance.js'
import {tableGroups, type FinanceTable} from './finance-table.js'
import {
  formatMoney,
  moneyStyles,
  sumCents,
  type Cents,
  type MoneyStyle,
  type YearAmounts,
} from './money.js'
import {formatDekking} from './dekking-sentence.js'
import {
  wijzigingGroups,
  type Begrotingswijziging,
} from './begrotingswijziging.js'
import {formatCalculation} from './calculation.js'

/** `{{name}}` or `{{name|format}}`. */
export const placeholderPattern =
  /\{\{\s*([\p{L}\d][\p{L}\d_.-]*)\s*(?:\|\s*([\p{L}\d_-]+)\s*)?\}\}/gu

/** A value that prose can quote. */
export type Value =
  | {readonly kind: 'bedrag'; readonly cents: Cents}
  | {readonly kind: 'aantal'; readonly count: number}
  | {readonly kind: 'maand'; readonly month: YearMonth}
  | {readonly kind: 'tekst'; readonly text: string}

/** The formats each kind of value accepts; the first is the default. */
export const valueFormats: Readonly<Record<Value['kind'], readonly string[]>> =
  {
    bedrag: Object.keys(moneyStyles),
    aantal: ['getal', 'woord'],
    maand: ['maand', 'maandnaam', 'jaar'],
    tekst: ['tekst'],
  }

/** All quotable values by name. */
export type ValueTable = ReadonlyMap<string, Value>

/** Collect the values that a besluit's finance makes quotable. */
export function collectValues(finance: FinanceResult | undefined): ValueTable {
  const values = new Map<string, Value>()
  if (!finance) return values
  const money = (name: string, cents: Cents | undefined) => {
    if (cents !== undefined) values.set(name, {kind: 'bedrag', cents})
  }
  const {vergoeding} = finance
  if (vergoeding) {
    money('vergoeding.tarief', vergoeding.tarief)
    money('vergoeding.maximum', vergoeding.maximumPerJaar)
    money('vergoeding.totaal', vergoeding.total)
    for (const [year, cents] of vergoeding.perYear)
      money('vergoeding.totaal.' + year, cents)
    values.set('vergoeding.leden', {kind: 'aantal', count: vergoeding.leden})
    values.set('vergoeding.maanden', {kind: 'aantal', count: vergoeding.months})
    values.set('vergoeding.persoonsmaanden', {
      kind: 'aantal',
      count: vergoeding.personMonths,
    })
    values.set('vergoeding.van', {kind: 'maand', month: vergoeding.from})
    values.set('vergoeding.tot', {kind: 'maand', month: vergoeding.to})
    values.set('vergoeding.berekening', {
      kind: 'tekst',
      text: formatCalculation(vergoeding.calculation, vergoeding.total),
    })
    for (const lid of vergoeding.perLid) {
      const prefix = 'vergoeding.lid.' + lidKey(lid.name)
      money(prefix, lid.total)
      values.set(prefix + '.maanden', {kind: 'aantal', count: lid.months})
      for (const [year, cents] of lid.perYear) money(prefix + '.' + year, cents)
    }
  }
  for (const subsidie of finance.subsidies) {
    const prefix = 'subsidie.' + subsidie.id
    money(prefix + '.totaal', subsidie.total)
    money(prefix + '.rest', subsidie.remainder)
    money(prefix + '.cofinanciering', subsidie.cofinanciering)
    for (const oormerk of subsidie.oormerken)
      money(prefix + '.oormerk.' + oormerk.id, oormerk.amount)
  }
  for (const entry of finance.named) {
    money('bedrag.' + entry.id, entry.amount)
    money('bedrag.' + entry.id + '.verhoging', entry.verhoging)
    money('bedrag.' + entry.id + '.nieuw', entry.nieuw)
  }
  collectTableValues(finance.table, money, 'tabel.')
  for (const {id, table} of finance.tables) {
    collectTableValues(table, money, 'tabel.' + id + '.')
    const sentence = formatDekking(table.dekking)
    if (sentence !== '')
      values.set('tabel.' + id + '.dekking', {kind: 'tekst', text: sentence})
  }
  for (const wijziging of finance.wijzigingen) {
    collectWijzigingValues(
      wijziging,
      values,
      'begrotingswijziging.' + wijziging.number + '.',
    )
    if (finance.wijzigingen.length === 1)
      collectWijzigingValues(wijziging, values, 'begrotingswijziging.')
  }
  const dekking = formatDekking(finance.table.dekking)
  if (dekking !== '') values.set('dekking', {kind: 'tekst', text: dekking})
  return values
}

/**
 * The table's quotable amounts: each group's total per year and over all
 * years, saldo and result per year, and every line with an `id`, per year
 * and in total: `tabel.lasten.2024`, `tabel.lasten.totaal`,
 * `tabel.lasten.project.2024`, `tabel.lasten.project.totaal`.
 */
function collectTableValues(
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
function collectWijzigingValues(
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

/** Format a value, or `undefined` when the format does not fit its kind. */
export function formatValue(
  value: Value,
  format: string | undefined,
): string | undefined {
  const formats = valueFormats[value.kind]
  const chosen = format ?? formats[0]
  if (chosen === undefined || !formats.includes(chosen)) return undefined
  switch (value.kind) {
    case 'bedrag':
      return formatMoney(value.cents, chosen as MoneyStyle)
    case 'aantal':
      return chosen === 'woord'
        ? formatNumberWord(value.count)
        : String(value.count)
    case 'tekst':
      return value.text
    case 'maand':
      return chosen === 'maandnaam'
        ? formatMonthName(value.month.month)
        : chosen === 'jaar'
          ? String(value.month.year)
          : formatYearMonth(value.month)
  }
}

/** Replace the placeholders in plain text by their values; unknown ones stay as written. */
export function resolvePlaceholders(text: string, values: ValueTable): string {
  return text.replace(
    placeholderPattern,
    (match, name: string, format: string | undefined) => {
      const value = values.get(name)
      return (value && formatValue(value, format)) ?? match
    },
  )
}

/** A lid's name as a key in a placeholder: `lid 3` → `lid-3`. */
export function lidKey(name: string): string {
  return name.trim().replace(/[^\p{L}\d_-]+/gu, '-')
}
