/**
 * The table "Kosten en dekking" and the tables of `tabellen`: each line's
 * amounts per year (from `bedragen`, recurring when structural, or from the
 * vergoeding), the totals of each group, the saldo and the result after
 * reserves. The lines are checked against the table's years and the
 * subsidies. Pure; money in integer cents.
 */
import type {Finance, TableLine} from '../check/schema.js'
import type {Problem} from '../messages/problem.js'
import type {DekkingResult} from './dekking.js'
import {toCents, type Cents, type YearAmounts} from './money.js'
import type {VergoedingResult} from './vergoeding.js'

/** One line of the finance table. */
export interface TableRow {
  /** The line's own name, for quoting its amounts. */
  readonly id: string | undefined
  readonly description: string
  readonly amounts: YearAmounts
  /** `I` incidenteel or `S` structureel (the source's `is`). */
  readonly incidenteelOfStructureel: 'I' | 'S'
  readonly programma: string
}

/** The groups of lines a table can have. */
export const tableGroups = [
  'lasten',
  'baten',
  'investeringen',
  'reserves',
] as const
/** The name of a group of lines. */
export type TableGroup = (typeof tableGroups)[number]

/** The table "Kosten en dekking". */
export interface FinanceTable {
  readonly years: readonly number[]
  /** 1, or 1000 for a table shown "x € 1.000". */
  readonly scale: 1 | 1000
  readonly rows: Readonly<Record<TableGroup, readonly TableRow[]>>
  readonly totals: Readonly<Record<TableGroup, YearAmounts>>
  /** Baten minus lasten, per year. */
  readonly saldo: YearAmounts
  /** Saldo plus mutaties in reserves; only where the table has reserves. */
  readonly result: YearAmounts | undefined
  /** How each year's shortfall is covered, or declared open (`dekking`). */
  readonly dekking: readonly DekkingResult[]
}

/** A table's rows per group, their totals, its saldo and its result. */
export type TableSums = Pick<
  FinanceTable,
  'rows' | 'totals' | 'saldo' | 'result'
>

/** Rows, totals, saldo and result of one table, computed from its lines. */
export function computeTable(
  spec: Readonly<Finance['tabel']>,
  path: readonly PropertyKey[],
  context: RowContext,
): TableSums {
  const rows = Object.fromEntries(
    tableGroups.map((group) => [
      group,
      spec[group].map((line, index) =>
        computeRow(line, [...path, group, index], context),
      ),
    ]),
  ) as Record<TableGroup, TableRow[]>
  const totals = Object.fromEntries(
    tableGroups.map((group) => [group, sumRows(rows[group])]),
  ) as Record<TableGroup, YearAmounts>
  const saldo = combine(context.years, totals.baten, totals.lasten, -1)
  const result =
    rows.reserves.length > 0
      ? combine(context.years, saldo, totals.reserves, 1)
      : undefined
  return {rows, totals, saldo, result}
}

/** What the lines of a table are computed with. */
export interface RowContext {
  readonly finance: Readonly<Finance>
  readonly vergoeding: VergoedingResult | undefined
  readonly years: readonly number[]
  readonly problems: Problem[]
}

function computeRow(
  line: TableLine,
  path: readonly PropertyKey[],
  context: RowContext,
): TableRow {
  const amounts = new Map<number, Cents>()
  if (line.bron === 'vergoeding') {
    if (context.vergoeding) {
      for (const [year, cents] of context.vergoeding.perYear)
        amounts.set(year, cents)
    } else if (!context.finance.vergoeding) {
      context.problems.push({
        path: [...path, 'bron'],
        reason: '`bron: vergoeding` maar er is geen `financien.vergoeding`',
        ruleId: 'financien-verwijzing',
        hint: 'beschrijf de vergoeding onder `financien.vergoeding`, of geef `bedragen` per jaar',
      })
    }
  }
  for (const [year, cents] of Object.entries(line.bedragen ?? {}))
    amounts.set(Number(year), cents)
  if (line.is === 'S' && line.bedragen) recur(amounts, context.years)
  if (
    line.subsidie !== undefined &&
    !context.finance.subsidies.some((subsidie) => subsidie.id === line.subsidie)
  ) {
    context.problems.push({
      path: [...path, 'subsidie'],
      reason: 'onbekende subsidie `' + line.subsidie + '`',
      ruleId: 'financien-verwijzing',
      hint:
        'bekende subsidies: ' +
        (context.finance.subsidies
          .map((subsidie) => '`' + subsidie.id + '`')
          .join(', ') || 'geen'),
    })
  }
  for (const year of amounts.keys()) {
    // Without years (reported above) there is no range to check against.
    if (context.years.length === 0 || context.years.includes(year)) continue
    context.problems.push({
      path: line.bedragen
        ? [...path, 'bedragen', String(year)]
        : [...path, 'bron'],
      reason:
        'bedrag in ' +
        year +
        ', buiten de jaren van de tabel (' +
        context.years[0] +
        '–' +
        context.years.at(-1) +
        ')',
      ruleId: 'financien-jaren',
      hint: 'pas `financien.jaren` aan, of de periode van de regel',
    })
  }
  return {
    id: line.id,
    description: line.omschrijving,
    amounts,
    incidenteelOfStructureel: line.is,
    programma: line.programma,
  }
}

/** A structural amount recurs in every later year of the table until another amount is given. */
function recur(amounts: Map<number, Cents>, years: readonly number[]): void {
  let last: Cents | undefined
  for (const year of years) {
    const given = amounts.get(year)
    if (given !== undefined) last = given
    else if (last !== undefined) amounts.set(year, last)
  }
}

function sumRows(rows: readonly TableRow[]): YearAmounts {
  const totals = new Map<number, Cents>()
  for (const row of rows) {
    for (const [year, cents] of row.amounts)
      totals.set(year, toCents((totals.get(year) ?? 0) + cents))
  }
  return totals
}

/** `a + sign × b` per year, for the years where either has an amount. */
function combine(
  years: readonly number[],
  a: YearAmounts,
  b: YearAmounts,
  sign: 1 | -1,
): YearAmounts {
  const combined = new Map<number, Cents>()
  for (const year of years) {
    if (a.has(year) || b.has(year))
      combined.set(
        year,
        toCents((a.get(year) ?? 0) + sign * (b.get(year) ?? 0)),
      )
  }
  return combined
}
