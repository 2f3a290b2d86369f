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
import {formatMoney, moneyStyles, type Cents, type MoneyStyle} from './money.js'
import {formatDekking} from './dekking-sentence.js'
import {collectTableValues, collectWijzigingValues} from './table-values.js'
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
