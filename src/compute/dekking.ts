/**
 * Dekking per year: for each year of the table, the tekort
 * (lasten minus baten, after reserves) is covered by named bronnen whose
 * amounts add up to it, or declared open with a reason and the moment it will
 * be decided. A year that neither balances nor is declared open is an error.
 * Pure; money in integer cents.
 */
import type {Dekking} from '../check/schema.js'
import type {Problem} from '../messages/problem.js'
import {computeBronnen, type DekkingBron} from './dekking-bronnen.js'
import {formatMoney, toCents, type YearAmounts} from './money.js'

/** One entry of `dekking`, computed for the years of the table it covers. */
export interface DekkingResult {
  readonly years: readonly number[]
  /** The tekort per year (positive: costs to be covered). */
  readonly tekort: YearAmounts
  readonly bronnen: readonly DekkingBron[]
  /** Where the years are declared open. */
  readonly open: {readonly reden: string; readonly moment: string} | undefined
  /** Whether the range has no end: "vanaf 2025". */
  readonly onwards: boolean
}

/** What a table says about its dekking: `financien` itself, or one of `financien.tabellen`. */
export interface DekkingSpec {
  readonly gedekt?: boolean | undefined
  readonly dekking?: readonly Dekking[] | undefined
}

/**
 * The dekking of one table: `gedekt: true` without `dekking` means every year
 * balances exactly; otherwise each year's tekort is covered by `dekking`
 * or declared open there. `path` is the table's place in the source
 * (`['financien']` or `['financien', 'tabellen', 0]`), `missing` the key
 * that an uncovered tekort points at when the table has no `dekking`.
 */
export function computeTableDekking(
  spec: Readonly<DekkingSpec>,
  years: readonly number[],
  saldo: YearAmounts,
  name: 'saldo' | 'resultaat',
  problems: Problem[],
  path: readonly PropertyKey[] = ['financien'],
  missing = 'jaren',
): DekkingResult[] {
  if (spec.gedekt === true && !spec.dekking) {
    checkBalanced(saldo, name, problems, [...path, 'gedekt'])
    return []
  }
  return computeDekking(spec, years, saldo, problems, path, missing)
}

function checkBalanced(
  saldo: YearAmounts,
  name: string,
  problems: Problem[],
  path: readonly PropertyKey[],
): void {
  const off = [...saldo].filter(([, cents]) => cents !== 0)
  if (off.length === 0) return
  problems.push({
    path,
    reason:
      '`gedekt: true`, maar lasten en baten sluiten niet: ' +
      name +
      ' ' +
      off.map(([year, cents]) => year + ' ' + formatMoney(cents)).join(', '),
    ruleId: 'financien-saldo',
    hint:
      'voeg baten toe of pas de lasten aan; of zeg onder ' +
      (path.length > 2 ? '`dekking` van deze tabel' : '`financien.dekking`') +
      ' per jaar waaruit het tekort wordt gedekt, of dat het jaar nog open is',
  })
}

/** Compute the dekking of each year and check that every tekort is covered or declared open. */
export function computeDekking(
  spec: Readonly<DekkingSpec>,
  years: readonly number[],
  saldo: YearAmounts,
  problems: Problem[],
  base: readonly PropertyKey[] = ['financien'],
  missing = 'jaren',
): DekkingResult[] {
  const entries: DekkingResult[] = []
  const claimed = new Map<number, number>()
  const tekortOf = (year: number) => toCents(-(saldo.get(year) ?? 0))
  ;(spec.dekking ?? []).forEach((dekking, index) => {
    const path = [...base, 'dekking', index]
    const range =
      typeof dekking.jaren === 'number'
        ? {van: dekking.jaren, tot: dekking.jaren}
        : dekking.jaren
    const last = range.tot ?? years.at(-1) ?? range.van
    const gedekt = years.filter((year) => year >= range.van && year <= last)
    if (gedekt.length === 0 && years.length > 0) {
      problems.push({
        path: [...path, 'jaren'],
        reason:
          'deze dekking valt buiten de jaren van de tabel (' +
          years[0] +
          '–' +
          years.at(-1) +
          ')',
        ruleId: 'financien-dekking',
        hint: 'noem een jaar uit `financien.jaren`',
      })
    }
    for (const year of gedekt) {
      const earlier = claimed.get(year)
      if (earlier !== undefined)
        problems.push({
          path: [...path, 'jaren'],
          reason:
            year + ' heeft al een dekking (dekking ' + (earlier + 1) + ')',
          ruleId: 'financien-dekking',
          hint: 'noem elk jaar in één dekking',
        })
      else claimed.set(year, index)
    }
    const tekort = new Map(gedekt.map((year) => [year, tekortOf(year)]))
    const bronnen = dekking.bronnen
      ? computeBronnen(dekking.bronnen, tekort, [...path, 'bronnen'], problems)
      : []
    entries.push({
      years: gedekt,
      tekort,
      bronnen,
      open: dekking.open && {
        reden: dekking.open.reden,
        moment: dekking.open.moment,
      },
      onwards: range.tot === undefined && typeof dekking.jaren !== 'number',
    })
  })
  const ongedekt = years.filter(
    (year) => !claimed.has(year) && tekortOf(year) > 0,
  )
  if (ongedekt.length > 0) {
    problems.push({
      path: [
        ...base,
        spec.dekking
          ? 'dekking'
          : spec.gedekt === undefined
            ? missing
            : 'gedekt',
      ],
      reason:
        'tekort zonder dekking: ' +
        ongedekt
          .map((year) => year + ' ' + formatMoney(tekortOf(year)))
          .join(', '),
      ruleId: 'financien-saldo',
      hint:
        'noem onder ' +
        (base.length > 1 ? '`dekking` van deze tabel' : '`financien.dekking`') +
        ' waaruit het tekort wordt gedekt (`- jaren: ' +
        ongedekt[0] +
        '` met `bronnen: [{soort: begrotingsresultaat}]`), of verklaar het jaar open met `open: {reden: …, moment: …}`',
    })
  }
  return entries
}
