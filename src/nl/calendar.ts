/**
 * Dutch wording of dates, months and small numbers. Pure.
 */

const monthNames = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const

const numberWords = [
  'nul',
  'één',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
  'twintig',
] as const

/** A calendar month, `month` from 1 to 12. */
export interface YearMonth {
  readonly year: number
  readonly month: number
}

/** A calendar date. */
export interface CalendarDate extends YearMonth {
  readonly day: number
}

/** Whether a day exists in a month (leap years included). */
export function isValidDate(date: CalendarDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false
  const last = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate()
  return date.day <= last
}

/** `13 juli 2021`. */
export function formatDate(date: CalendarDate): string {
  return date.day + ' ' + formatMonthName(date.month) + ' ' + date.year
}

/** `maart 2021`. */
export function formatYearMonth(value: YearMonth): string {
  return formatMonthName(value.month) + ' ' + value.year
}

/** `maart`. */
export function formatMonthName(month: number): string {
  const name = monthNames[month - 1]
  if (!name)
    throw new Error('Expected a month from 1 to 12, not `' + month + '`')
  return name
}

/** `vier` for 4; numbers above twenty stay digits, as Dutch house styles write them. */
export function formatNumberWord(value: number): string {
  return numberWords[value] ?? String(value)
}

/** Months from `from` to `to`, both included. */
export function countMonths(from: YearMonth, to: YearMonth): number {
  return (to.year - from.year) * 12 + (to.month - from.month) + 1
}

/** Compare two months: negative when `a` is earlier. */
export function compareMonths(a: YearMonth, b: YearMonth): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month)
}

/** `2021-03` as a month. */
export function parseMonth(text: string): YearMonth {
  const [year = 0, month = 0] = text.split('-').map(Number)
  return {year, month}
}

/** The years from `from` to `to`, both included; empty when `to` is earlier. */
export function yearRange(from: number, to: number): number[] {
  const years: number[] = []
  for (let year = from; year <= to; year++) years.push(year)
  return years
}
