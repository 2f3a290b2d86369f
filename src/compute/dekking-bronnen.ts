/**
 * The bronnen of a dekking ("gedekt uit het begrotingsresultaat en de
 * bestemmingsreserve …"): how a table line and a sentence name each, and
 * their amounts per year, checked against the tekort they cover. Pure; money
 * in integer cents.
 */
import type {Dekking} from '../check/schema.js'
import type {dekkingSoorten} from '../check/schema-financien.js'
import type {Problem} from '../messages/problem.js'
import {formatMoney, toCents, type YearAmounts} from './money.js'

/** One bron of dekking with its amount per year. */
export interface DekkingBron {
  /** As the table names it: "Begrotingsresultaat", "Bestemmingsreserve Sociaal Domein". */
  readonly label: string
  /** As a sentence names it: "het begrotingsresultaat". */
  readonly phrase: string
  readonly amounts: YearAmounts
}

/** Each kind as a table line names it, and as a sentence does ("gedekt uit …"). */
const labels: Record<(typeof dekkingSoorten)[number], [string, string]> = {
  'bestaand-budget': ['Bestaand budget', 'bestaand budget'],
  begrotingsresultaat: ['Begrotingsresultaat', 'het begrotingsresultaat'],
  'algemene-reserve': ['Algemene reserve', 'de algemene reserve'],
  bestemmingsreserve: ['Bestemmingsreserve', 'de bestemmingsreserve'],
  stelpost: ['Stelpost', 'de stelpost'],
  onvoorzien: ['Onvoorzien', 'de post onvoorzien'],
  subsidie: ['Subsidie', 'de subsidie'],
  begrotingswijziging: ['Begrotingswijziging', 'begrotingswijziging'],
}

/**
 * The bronnen of one entry of `dekking` with their amounts per year: each
 * its `bedrag`, one without it the rest of the tekort. Together they must
 * equal the tekort of every year, and at most one may leave out its bedrag.
 */
export function computeBronnen(
  bronnen: NonNullable<Dekking['bronnen']>,
  tekort: YearAmounts,
  path: readonly PropertyKey[],
  problems: Problem[],
): DekkingBron[] {
  const withoutAmount = bronnen.filter((bron) => bron.bedrag === undefined)
  if (withoutAmount.length > 1) {
    problems.push({
      path,
      reason: 'meer dan één bron zonder `bedrag`',
      ruleId: 'financien-dekking',
      hint: 'geef elke bron een bedrag, op één na: die dekt de rest van het tekort',
    })
  }
  const given = bronnen.reduce((sum, bron) => sum + (bron.bedrag ?? 0), 0)
  const result = bronnen.map((bron) => ({
    label: labels[bron.soort][0] + (bron.naam ? ' ' + bron.naam : ''),
    phrase: labels[bron.soort][1] + (bron.naam ? ' ' + bron.naam : ''),
    amounts: new Map(
      [...tekort.keys()].map((year) => [
        year,
        bron.bedrag ?? toCents((tekort.get(year) ?? 0) - given),
      ]),
    ) as YearAmounts,
  }))
  if (withoutAmount.length === 0) {
    const off = [...tekort].filter(([, need]) => need !== given)
    if (off.length > 0)
      problems.push({
        path,
        reason:
          'de dekking (' +
          formatMoney(toCents(given)) +
          ' per jaar) sluit niet aan op het tekort: ' +
          off.map(([year, need]) => year + ' ' + formatMoney(need)).join(', '),
        ruleId: 'financien-dekking',
        hint: 'maak de bedragen van de bronnen samen gelijk aan het tekort van elk jaar, of laat bij één bron `bedrag` weg',
      })
  } else if ([...tekort.values()].some((need) => need - given < 0)) {
    problems.push({
      path,
      reason:
        'de bronnen met een bedrag (' +
        formatMoney(toCents(given)) +
        ') dekken meer dan het tekort',
      ruleId: 'financien-dekking',
      hint: 'verlaag de bedragen, zodat ze samen niet meer zijn dan het tekort',
    })
  }
  return result
}
