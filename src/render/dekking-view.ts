/**
 * The dekking rows under the finance table ("Dekking:"), one per bron and
 * one per open range of years, the saldo after dekking, and the sentence that
 * says the same in words. Pure.
 */
import type {FinanceTable} from '../compute/finance-table.js'
import {formatDekking} from '../compute/dekking-sentence.js'

/** The "Dekking" part of the table. */
export interface DekkingView {
  readonly label: string
  readonly rows: ReadonlyArray<{
    readonly description: string
    readonly cells: readonly string[]
  }>
  readonly after: {readonly label: string; readonly cells: readonly string[]}
  /** The dekking in words, printed under the table. */
  readonly sentence: string
}

/** Build the dekking rows, or `false` when the besluit names no dekking. */
export function buildDekkingView(
  table: FinanceTable,
  show: (cents: number | undefined) => string,
): DekkingView | false {
  const entries = table.dekking.filter((entry) => entry.years.length > 0)
  if (entries.length === 0) return false
  const rows = entries.flatMap((entry) =>
    entry.open
      ? [
          {
            description: 'Nog niet gedekt',
            cells: table.years.map((year) =>
              show(
                entry.years.includes(year) ? entry.tekort.get(year) : undefined,
              ),
            ),
          },
        ]
      : entry.bronnen.map((bron) => ({
          description: bron.label,
          cells: table.years.map((year) => show(bron.amounts.get(year))),
        })),
  )
  const balance = (year: number) => {
    const open = entries.find(
      (entry) => entry.open && entry.years.includes(year),
    )
    if (open) return -(open.tekort.get(year) ?? 0)
    const saldo = (table.result ?? table.saldo).get(year)
    const gedekt = entries.some((entry) => entry.years.includes(year))
    return saldo === undefined && !gedekt ? undefined : gedekt ? 0 : saldo
  }
  return {
    label: 'Dekking:',
    rows,
    after: {
      label: 'Saldo na dekking',
      cells: table.years.map((year) => show(balance(year))),
    },
    sentence: formatDekking(entries),
  }
}
