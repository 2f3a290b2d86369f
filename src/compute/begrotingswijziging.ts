/**
 * The begrotingswijziging: the amendment of the budget that a decision's
 * finance table implies, per programma as the BBV's overview of baten en
 * lasten has it (lasten, baten, saldo, toevoegingen aan and onttrekkingen
 * uit reserves, resultaat), per year, under its number.
 *
 * The rule: in every year the resultaat (baten − lasten + onttrekkingen −
 * toevoegingen) is € 0, or its shortfall is covered by named sources in the
 * table's `dekking`. A year declared open cannot be in a begrotingswijziging:
 * the raad amends the budget only with dekking. Pure; money in integer cents.
 */
import type {Finance} from '../check/schema.js'
import type {DekkingResult} from './dekking.js'
import type {Problem} from '../messages/problem.js'
import type {FinanceTable} from './finance-table.js'
import {formatMoney, toCents, type Cents, type YearAmounts} from './money.js'

/** The groups of a begrotingswijziging, in the order it shows them. */
export const wijzigingGroups = [
  'lasten',
  'baten',
  'toevoegingen',
  'onttrekkingen',
] as const
/** The name of a group of a begrotingswijziging. */
export type WijzigingGroup = (typeof wijzigingGroups)[number]

/** One programma's amounts in a group. */
export interface ProgrammaRow {
  readonly programma: string
  readonly amounts: YearAmounts
}

/** A begrotingswijziging, computed from a finance table. */
export interface Begrotingswijziging {
  /** Its number, such as `2026-012`. */
  readonly number: string
  /** The id of the table it amends the budget with (`undefined`: the table "Kosten en dekking"). */
  readonly tableId: string | undefined
  readonly years: readonly number[]
  readonly scale: 1 | 1000
  readonly rows: Readonly<Record<WijzigingGroup, readonly ProgrammaRow[]>>
  readonly totals: Readonly<Record<WijzigingGroup, YearAmounts>>
  /** Baten minus lasten, per year. */
  readonly saldo: YearAmounts
  /** Saldo plus onttrekkingen minus toevoegingen, per year. */
  readonly result: YearAmounts
  /** The table's dekking of the years whose result is not € 0. */
  readonly dekking: readonly DekkingResult[]
}

/** A table a begrotingswijziging can be made from. */
export interface NamedTable {
  readonly id: string
  readonly table: FinanceTable
}

/** Compute the begrotingswijzigingen of `financien.begrotingswijzigingen` and check them. */
export function computeBegrotingswijzigingen(
  finance: Readonly<Finance>,
  table: FinanceTable,
  tables: readonly NamedTable[],
  problems: Problem[],
): Begrotingswijziging[] {
  const seen = new Map<string, number>()
  return finance.begrotingswijzigingen.flatMap((spec, index) => {
    const path = ['financien', 'begrotingswijzigingen', index]
    const earlier = seen.get(spec.nummer)
    if (earlier !== undefined)
      problems.push({
        path: [...path, 'nummer'],
        reason:
          'dubbel nummer `' +
          spec.nummer +
          '`: begrotingswijziging ' +
          (earlier + 1) +
          ' heeft hetzelfde nummer',
        ruleId: 'begrotingswijziging-nummer',
        hint: 'geef elke begrotingswijziging een eigen nummer, zoals de griffie ze uitgeeft (`2026-012`, `2026-013`)',
      })
    else seen.set(spec.nummer, index)
    const source =
      spec.tabel === undefined
        ? table
        : tables.find((entry) => entry.id === spec.tabel)?.table
    if (!source) {
      problems.push({
        path: [...path, 'tabel'],
        reason: 'onbekende tabel `' + String(spec.tabel) + '`',
        ruleId: 'unknown-table',
        hint:
          tables.length === 0
            ? 'dit besluit heeft geen `financien.tabellen`: laat `tabel` weg voor de tabel "Kosten en dekking", of voeg de tabel toe onder `financien.tabellen`'
            : 'noem een tabel uit `financien.tabellen` (' +
              tables.map((entry) => '`' + entry.id + '`').join(', ') +
              '), of laat `tabel` weg voor de tabel "Kosten en dekking"',
      })
      return []
    }
    const wijziging = fromTable(spec.nummer, spec.tabel, source)
    checkResult(wijziging, [...path, 'nummer'], problems)
    return [wijziging]
  })
}

function fromTable(
  number: string,
  tableId: string | undefined,
  table: FinanceTable,
): Begrotingswijziging {
  const byProgramma = (
    lines: FinanceTable['rows']['lasten'],
    pick: (cents: Cents) => Cents | undefined,
  ): ProgrammaRow[] => {
    const sums = new Map<string, Map<number, Cents>>()
    for (const line of lines) {
      for (const [year, cents] of line.amounts) {
        const amount = pick(cents)
        if (amount === undefined) continue
        const row = sums.get(line.programma) ?? new Map<number, Cents>()
        row.set(year, toCents((row.get(year) ?? 0) + amount))
        sums.set(line.programma, row)
      }
    }
    return [...sums]
      .filter(([, amounts]) => [...amounts.values()].some((cents) => cents))
      .map(([programma, amounts]) => ({programma, amounts}))
      .sort((a, b) =>
        a.programma.localeCompare(b.programma, 'nl', {numeric: true}),
      )
  }
  const same = (cents: Cents) => cents
  // In the table a reserve line is positive for an onttrekking, negative for a toevoeging.
  const rows: Record<WijzigingGroup, ProgrammaRow[]> = {
    lasten: byProgramma(table.rows.lasten, same),
    baten: byProgramma(table.rows.baten, same),
    toevoegingen: byProgramma(table.rows.reserves, (cents) =>
      cents < 0 ? toCents(-cents) : undefined,
    ),
    onttrekkingen: byProgramma(table.rows.reserves, (cents) =>
      cents > 0 ? cents : undefined,
    ),
  }
  const totals = Object.fromEntries(
    wijzigingGroups.map((group) => [group, sumRows(rows[group], table.years)]),
  ) as Record<WijzigingGroup, YearAmounts>
  const at = (group: WijzigingGroup, year: number) =>
    totals[group].get(year) ?? 0
  const saldo = new Map<number, Cents>()
  const result = new Map<number, Cents>()
  for (const year of table.years) {
    if (!wijzigingGroups.some((group) => totals[group].has(year))) continue
    saldo.set(year, toCents(at('baten', year) - at('lasten', year)))
    result.set(
      year,
      toCents(
        at('baten', year) -
          at('lasten', year) +
          at('onttrekkingen', year) -
          at('toevoegingen', year),
      ),
    )
  }
  const unbalanced = (entry: DekkingResult) =>
    entry.years.some((year) => (result.get(year) ?? 0) !== 0)
  return {
    number,
    tableId,
    years: table.years,
    scale: table.scale,
    rows,
    totals,
    saldo,
    result,
    dekking: table.dekking.filter(
      (entry) => entry.open === undefined && unbalanced(entry),
    ),
  }
}

function sumRows(
  rows: readonly ProgrammaRow[],
  years: readonly number[],
): YearAmounts {
  const totals = new Map<number, Cents>()
  for (const year of years) {
    const present = rows.filter((row) => row.amounts.has(year))
    if (present.length > 0)
      totals.set(
        year,
        toCents(
          present.reduce((sum, row) => sum + (row.amounts.get(year) ?? 0), 0),
        ),
      )
  }
  return totals
}

/** Every year's result is € 0 or covered by named sources; never open. */
function checkResult(
  wijziging: Begrotingswijziging,
  path: readonly PropertyKey[],
  problems: Problem[],
): void {
  const gedekt = new Set(wijziging.dekking.flatMap((entry) => entry.years))
  const off = [...wijziging.result].filter(
    ([year, cents]) => cents !== 0 && !gedekt.has(year),
  )
  if (off.length === 0) return
  problems.push({
    path,
    reason:
      'begrotingswijziging ' +
      wijziging.number +
      ' sluit niet: resultaat ' +
      off.map(([year, cents]) => year + ' ' + formatMoney(cents)).join(', '),
    ruleId: 'begrotingswijziging-saldo',
    hint: 'een begrotingswijziging sluit elk jaar (baten − lasten + onttrekkingen − toevoegingen = € 0), of het tekort wordt gedekt: noem onder `dekking` van de tabel de bron (bijvoorbeeld `soort: begrotingsresultaat`); een open verklaard jaar kan niet in een begrotingswijziging',
  })
}
