/**
 * The finance engine: subsidies and the table "Kosten en dekking", with the
 * vergoeding (`vergoeding.ts`), computed from the besluit's data and checked.
 * Pure; money in integer cents.
 */
import {yearRange} from '../nl/calendar.js'
import type {Problem} from '../messages/problem.js'
import {toCents, type Cents} from './money.js'
import type {Finance, TableLine} from '../check/schema.js'
import {computeVergoeding, type VergoedingResult} from './vergoeding.js'
import {computeTableDekking, type DekkingResult} from './dekking.js'
import {computeSubsidie, type SubsidieResult} from './subsidie.js'

export type {SubsidieResult}
import type {TaxFreeLimits} from './tax-limits.js'
import {
  computeBegrotingswijzigingen,
  type Begrotingswijziging,
} from './begrotingswijziging.js'

/** Amounts per calendar year; a missing year is an empty cell. */
export type YearAmounts = ReadonlyMap<number, Cents>

/** One line of the finance table. */
export interface TableRow {
  /** The line's own name, for quoting its amounts. */
  readonly id: string | undefined
  readonly description: string
  readonly amounts: YearAmounts
  /** `I` incidenteel or `S` structureel (the source's `is`). */
  readonly incidenteelOfStructureel: 'I' | 'S'
  readonly programme: string
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

/** A named amount that is not a budget line, with its raise and the new amount computed. */
export interface NamedAmount {
  readonly id: string
  readonly description: string
  readonly amount: Cents
  readonly raise: Cents | undefined
  /** The amount after the raise. */
  readonly raised: Cents | undefined
}

/** Everything computed from `financien`. */
export interface FinanceResult {
  readonly vergoeding: VergoedingResult | undefined
  readonly subsidies: readonly SubsidieResult[]
  readonly table: FinanceTable
  /** The tables of `tabellen`, by id. */
  readonly tables: ReadonlyArray<{
    readonly id: string
    readonly title: string
    readonly table: FinanceTable
  }>
  readonly named: readonly NamedAmount[]
  /** The begrotingswijzigingen, each computed from its table. */
  readonly wijzigingen: readonly Begrotingswijziging[]
  readonly problems: readonly Problem[]
}

/** Options of {@link computeFinance}. */
export interface Options {
  /**
   * Tax-free maxima per year, as read from `data/belastingvrije-vergoedingen.yaml`
   * and an organisation's additions (default: none, so every year is reported
   * as unknown).
   */
  readonly limits?: TaxFreeLimits
  /** How tables without their own `schaal` show amounts: the organisation's `tabelschaal` (default: 1, in euros). */
  readonly scale?: 1 | 1000
}

/** Compute the finance of a besluit and check it. */
export function computeFinance(
  finance: Readonly<Finance>,
  options: Options = {},
): FinanceResult {
  const problems: Problem[] = []
  const scale = options.scale ?? 1
  const years = yearRange(finance.jaren.van, finance.jaren.tot)
  if (years.length === 0) {
    problems.push({
      path: ['financien', 'jaren', 'tot'],
      reason:
        'het laatste jaar (' +
        finance.jaren.tot +
        ') ligt voor het eerste (' +
        finance.jaren.van +
        ')',
      ruleId: 'finance-years',
      hint: 'zet `van` op het eerste en `tot` op het laatste jaar van de tabel',
    })
  }
  const vergoeding = finance.vergoeding
    ? computeVergoeding(
        finance.vergoeding,
        options.limits ?? new Map(),
        problems,
      )
    : undefined
  const subsidies = finance.subsidies.map((subsidie, index) =>
    computeSubsidie(subsidie, index, problems),
  )
  const context: RowContext = {finance, vergoeding, years, problems}
  const {rows, totals, saldo, result} = computeTable(
    finance.tabel,
    ['financien', 'tabel'],
    context,
  )
  const seen = new Set<string>()
  const tables = finance.tabellen.map((spec, index) => {
    if (seen.has(spec.id))
      problems.push({
        path: ['financien', 'tabellen', index, 'id'],
        reason: 'dubbel id `' + spec.id + '`: er is al een tabel met dit id',
        ruleId: 'duplicate-id',
        hint: 'geef elke tabel een eigen id',
      })
    seen.add(spec.id)
    const path = ['financien', 'tabellen', index]
    const table = computeTable(spec, path, context)
    const dekking = computeTableDekking(
      spec,
      years,
      table.result ?? table.saldo,
      table.result ? 'resultaat' : 'saldo',
      problems,
      path,
      'id',
    )
    return {
      id: spec.id,
      title: spec.titel,
      table: {years, scale: spec.schaal ?? scale, ...table, dekking},
    }
  })
  const dekking = computeTableDekking(
    finance,
    years,
    result ?? saldo,
    result ? 'resultaat' : 'saldo',
    problems,
  )
  const named = finance.bedragen.map((entry) => ({
    id: entry.id,
    description: entry.omschrijving,
    amount: entry.bedrag,
    raise: entry.verhoging,
    raised:
      entry.verhoging === undefined
        ? undefined
        : toCents(entry.bedrag + entry.verhoging),
  }))
  const table: FinanceTable = {
    years,
    scale: finance.tabel.schaal ?? scale,
    rows,
    totals,
    saldo,
    result,
    dekking,
  }
  const wijzigingen = computeBegrotingswijzigingen(
    finance,
    table,
    tables,
    problems,
  )
  return {vergoeding, subsidies, table, tables, named, wijzigingen, problems}
}

/** Rows, totals, saldo and result of one table. */
function computeTable(
  spec: Readonly<Finance['tabel']>,
  path: readonly PropertyKey[],
  context: RowContext,
) {
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

interface RowContext {
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
        ruleId: 'finance-reference',
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
      ruleId: 'finance-reference',
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
      ruleId: 'finance-years',
      hint: 'pas `financien.jaren` aan, of de periode van de regel',
    })
  }
  return {
    id: line.id,
    description: line.omschrijving,
    amounts,
    incidenteelOfStructureel: line.is,
    programme: line.programma,
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
