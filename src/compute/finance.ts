/**
 * The finance engine: everything under `financien` computed and checked: the
 * vergoeding (`vergoeding.ts`), the subsidies (`subsidie.ts`), the table
 * "Kosten en dekking" and those of `tabellen` (`finance-table.ts`) with their
 * dekking (`dekking.ts`), the named amounts and the begrotingswijzigingen
 * (`begrotingswijziging.ts`). Pure; money in integer cents.
 */
import {yearRange} from '../nl/calendar.js'
import type {Problem} from '../messages/problem.js'
import {toCents, type Cents} from './money.js'
import type {Finance} from '../check/schema.js'
import {computeVergoeding, type VergoedingResult} from './vergoeding.js'
import {computeTableDekking} from './dekking.js'
import {
  computeTable,
  type FinanceTable,
  type RowContext,
} from './finance-table.js'
import {computeSubsidie, type SubsidieResult} from './subsidie.js'

export type {SubsidieResult}
import type {Vergoedingsgrenzen} from './vergoedingsgrenzen.js'
import {
  computeBegrotingswijzigingen,
  type Begrotingswijziging,
} from './begrotingswijziging.js'

/** A named amount that is not a budget line, with its verhoging and the new amount computed. */
export interface NamedAmount {
  readonly id: string
  readonly description: string
  readonly amount: Cents
  readonly verhoging: Cents | undefined
  /** The amount after the verhoging (`bedrag.<id>.nieuw`). */
  readonly nieuw: Cents | undefined
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
  readonly vergoedingsgrenzen?: Vergoedingsgrenzen
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
      ruleId: 'financien-jaren',
      hint: 'zet `van` op het eerste en `tot` op het laatste jaar van de tabel',
    })
  }
  const vergoeding = finance.vergoeding
    ? computeVergoeding(
        finance.vergoeding,
        options.vergoedingsgrenzen ?? new Map(),
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
  const tables = computeTabellen(finance, context, scale)
  const dekking = computeTableDekking(
    finance,
    years,
    result ?? saldo,
    result ? 'resultaat' : 'saldo',
    problems,
  )
  const named = computeNamedAmounts(finance)
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

/** The tables of `tabellen`, each with its dekking; an id used twice is an error. */
function computeTabellen(
  finance: Readonly<Finance>,
  context: RowContext,
  scale: 1 | 1000,
): FinanceResult['tables'] {
  const seen = new Set<string>()
  return finance.tabellen.map((spec, index) => {
    if (seen.has(spec.id))
      context.problems.push({
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
      context.years,
      table.result ?? table.saldo,
      table.result ? 'resultaat' : 'saldo',
      context.problems,
      path,
      'id',
    )
    return {
      id: spec.id,
      title: spec.titel,
      table: {
        years: context.years,
        scale: spec.schaal ?? scale,
        ...table,
        dekking,
      },
    }
  })
}

/** The named amounts of `bedragen`, each with its raise added up. */
function computeNamedAmounts(finance: Readonly<Finance>): NamedAmount[] {
  return finance.bedragen.map((entry) => ({
    id: entry.id,
    description: entry.omschrijving,
    amount: entry.bedrag,
    verhoging: entry.verhoging,
    nieuw:
      entry.verhoging === undefined
        ? undefined
        : toCents(entry.bedrag + entry.verhoging),
  }))
}
