/**
 * The finance engine: stipend, subsidies and the table "Kosten en dekking",
 * computed from the decision's data. Pure; money in integer cents.
 */
import {compareMonths, countMonths, type YearMonth} from './dutch.js'
import {formatMoney, sumCents, toCents, type Cents} from './money.js'
import type {Finance, Stipend, TableLine} from './schema.js'

/** A problem in the finance data, placed by its path in the source. */
export interface FinanceProblem {
  readonly path: readonly PropertyKey[]
  readonly reason: string
  readonly hint?: string
  readonly ruleId: string
  readonly warning?: boolean
}

/** Amounts per calendar year; a missing year is an empty cell. */
export type YearAmounts = ReadonlyMap<number, Cents>

/** The computed stipend. */
export interface StipendResult {
  readonly rate: Cents
  readonly yearlyMaximum: Cents
  readonly members: number
  readonly from: YearMonth
  readonly to: YearMonth
  readonly months: number
  readonly perYear: YearAmounts
  readonly total: Cents
}

/** A subsidy with its earmarks and the computed remainder. */
export interface SubsidyResult {
  readonly id: string
  readonly name: string
  readonly total: Cents
  readonly earmarks: ReadonlyArray<{readonly id: string; readonly description: string; readonly amount: Cents}>
  readonly remainder: Cents
  readonly cofinancing: Cents | undefined
}

/** One line of the finance table. */
export interface TableRow {
  readonly description: string
  readonly amounts: YearAmounts
  readonly incidental: 'I' | 'S'
  readonly programme: string
}

/** The table "Kosten en dekking". */
export interface FinanceTable {
  readonly years: readonly number[]
  readonly lasten: readonly TableRow[]
  readonly baten: readonly TableRow[]
  readonly totalLasten: YearAmounts
  readonly totalBaten: YearAmounts
  /** Baten minus lasten, per year. */
  readonly saldo: YearAmounts
}

/** Everything computed from `financien`. */
export interface FinanceResult {
  readonly stipend: StipendResult | undefined
  readonly subsidies: readonly SubsidyResult[]
  readonly table: FinanceTable
  readonly problems: readonly FinanceProblem[]
}

/** Compute the finance of a decision and check it. */
export function computeFinance(finance: Readonly<Finance>): FinanceResult {
  const problems: FinanceProblem[] = []
  const years = range(finance.jaren.van, finance.jaren.tot)
  if (years.length === 0) {
    problems.push({
      path: ['financien', 'jaren', 'tot'],
      reason: 'het laatste jaar (' + finance.jaren.tot + ') ligt voor het eerste (' + finance.jaren.van + ')',
      ruleId: 'finance-years',
      hint: 'zet `van` op het eerste en `tot` op het laatste jaar van de tabel'
    })
  }
  const stipend = finance.vergoeding ? computeStipend(finance.vergoeding, problems) : undefined
  const subsidies = finance.subsidies.map((subsidy, index) => {
    const earmarks = subsidy.oormerken.map((earmark) => ({
      id: earmark.id,
      description: earmark.omschrijving,
      amount: earmark.bedrag
    }))
    const remainder = toCents(subsidy.totaal - sumCents(earmarks.map((earmark) => earmark.amount)))
    if (remainder < 0) {
      problems.push({
        path: ['financien', 'subsidies', index, 'oormerken'],
        reason: 'de oormerken van `' + subsidy.id + '` zijn samen groter dan de subsidie',
        ruleId: 'finance-earmark',
        hint: 'verlaag een oormerk of verhoog `totaal`'
      })
    }
    return {id: subsidy.id, name: subsidy.naam, total: subsidy.totaal, earmarks, remainder, cofinancing: subsidy.cofinanciering}
  })
  const context = {finance, stipend, years, problems}
  const lasten = finance.tabel.lasten.map((line, index) => computeRow(line, ['lasten', index], context))
  const baten = finance.tabel.baten.map((line, index) => computeRow(line, ['baten', index], context))
  const totalLasten = sumRows(lasten)
  const totalBaten = sumRows(baten)
  const saldo = subtract(totalBaten, totalLasten, years)
  if (finance.gedekt) checkBalanced(saldo, problems)
  return {stipend, subsidies, table: {years, lasten, baten, totalLasten, totalBaten, saldo}, problems}
}

function computeStipend(stipend: Stipend, problems: FinanceProblem[]): StipendResult | undefined {
  const from = parseMonth(stipend.van)
  const to = parseMonth(stipend.tot)
  if (compareMonths(to, from) < 0) {
    problems.push({
      path: ['financien', 'vergoeding', 'tot'],
      reason: 'de laatste maand (' + stipend.tot + ') ligt voor de eerste (' + stipend.van + ')',
      ruleId: 'finance-period',
      hint: 'zet `van` op de eerste en `tot` op de laatste maand waarover de vergoeding wordt betaald'
    })
    return undefined
  }
  const perYear = new Map<number, Cents>()
  for (const year of range(from.year, to.year)) {
    const first = year === from.year ? from.month : 1
    const last = year === to.year ? to.month : 12
    const perPerson = Math.min(stipend.tarief * (last - first + 1), stipend.maximumPerJaar)
    perYear.set(year, toCents(perPerson * stipend.leden))
  }
  return {
    rate: stipend.tarief,
    yearlyMaximum: stipend.maximumPerJaar,
    members: stipend.leden,
    from,
    to,
    months: countMonths(from, to),
    perYear,
    total: sumCents([...perYear.values()])
  }
}

interface RowContext {
  readonly finance: Readonly<Finance>
  readonly stipend: StipendResult | undefined
  readonly years: readonly number[]
  readonly problems: FinanceProblem[]
}

function computeRow(line: TableLine, at: readonly [string, number], context: RowContext): TableRow {
  const path = ['financien', 'tabel', ...at]
  const amounts = new Map<number, Cents>()
  if (line.bron === 'vergoeding') {
    if (context.stipend) {
      for (const [year, cents] of context.stipend.perYear) amounts.set(year, cents)
    } else if (!context.finance.vergoeding) {
      context.problems.push({
        path: [...path, 'bron'],
        reason: '`bron: vergoeding` maar er is geen `financien.vergoeding`',
        ruleId: 'finance-reference',
        hint: 'beschrijf de vergoeding onder `financien.vergoeding`, of geef `bedragen` per jaar'
      })
    }
  }
  for (const [year, cents] of Object.entries(line.bedragen ?? {})) amounts.set(Number(year), cents)
  if (line.subsidie !== undefined && !context.finance.subsidies.some((subsidy) => subsidy.id === line.subsidie)) {
    context.problems.push({
      path: [...path, 'subsidie'],
      reason: 'onbekende subsidie `' + line.subsidie + '`',
      ruleId: 'finance-reference',
      hint: 'bekende subsidies: ' + (context.finance.subsidies.map((subsidy) => '`' + subsidy.id + '`').join(', ') || 'geen')
    })
  }
  for (const year of amounts.keys()) {
    if (!context.years.includes(year)) {
      context.problems.push({
        path: line.bedragen ? [...path, 'bedragen', String(year)] : [...path, 'bron'],
        reason: 'bedrag in ' + year + ', buiten de jaren van de tabel (' + context.years[0] + '–' + context.years.at(-1) + ')',
        ruleId: 'finance-years',
        hint: 'pas `financien.jaren` aan, of de periode van de regel'
      })
    }
  }
  return {description: line.omschrijving, amounts, incidental: line.is, programme: line.programma}
}

function sumRows(rows: readonly TableRow[]): YearAmounts {
  const totals = new Map<number, Cents>()
  for (const row of rows) {
    for (const [year, cents] of row.amounts) totals.set(year, toCents((totals.get(year) ?? 0) + cents))
  }
  return totals
}

function subtract(baten: YearAmounts, lasten: YearAmounts, years: readonly number[]): YearAmounts {
  const saldo = new Map<number, Cents>()
  for (const year of years) {
    if (baten.has(year) || lasten.has(year)) {
      saldo.set(year, toCents((baten.get(year) ?? 0) - (lasten.get(year) ?? 0)))
    }
  }
  return saldo
}

function checkBalanced(saldo: YearAmounts, problems: FinanceProblem[]): void {
  const off = [...saldo].filter(([, cents]) => cents !== 0)
  if (off.length === 0) return
  problems.push({
    path: ['financien', 'gedekt'],
    reason:
      '`gedekt: true`, maar lasten en baten sluiten niet: saldo ' +
      off.map(([year, cents]) => year + ' ' + formatMoney(cents)).join(', '),
    ruleId: 'finance-saldo',
    hint: 'voeg dekking (baten) toe of pas de lasten aan; of zet `gedekt: false` als het voorstel niet gedekt is'
  })
}

/** `2021-03` as a month. */
export function parseMonth(text: string): YearMonth {
  const [year = 0, month = 0] = text.split('-').map(Number)
  return {year, month}
}

function range(from: number, to: number): number[] {
  const years: number[] = []
  for (let year = from; year <= to; year++) years.push(year)
  return years
}
