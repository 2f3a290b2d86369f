/**
 * The vergoeding against the Belastingdienst's maxima for an untaxed
 * volunteer allowance (`tax-limits.ts`): per year, the monthly tarief and what
 * one person gets in the year. Above either the whole vergoeding is taxed,
 * so both are warnings; a year without known maxima is one too. Pure.
 */
import type {Problem} from '../messages/problem.js'
import {formatMoney, type Cents} from './money.js'
import {taxLimitsFile, type TaxFreeLimit} from './tax-limits.js'

/**
 * The Belastingdienst's limits for one year: both the monthly tarief and what
 * one person gets in the year must stay within them; a year missing from the
 * table is reported rather than guessed.
 */
export function checkLimits(
  year: number,
  limit: TaxFreeLimit | undefined,
  tarief: Cents,
  highest: Cents,
  problems: Problem[],
): void {
  if (!limit) {
    problems.push({
      path: ['financien', 'vergoeding', 'tarief'],
      reason:
        'geen onbelaste maxima van de Belastingdienst bekend voor ' + year,
      ruleId: 'tax-limit-unknown',
      hint:
        'voeg de maxima voor ' +
        year +
        ' (per maand en per jaar) toe aan `' +
        taxLimitsFile +
        '` van raadsstuk, of aan de maxima in het organisatiebestand',
      warning: true,
    })
    return
  }
  if (highest > limit.perYear) {
    pushLimit(
      problems,
      year,
      'het jaarbedrag per persoon (' + formatMoney(highest) + ')',
      'jaar',
      limit.perYear,
    )
  }
  if (tarief > limit.perMonth) {
    pushLimit(
      problems,
      year,
      'het tarief (' + formatMoney(tarief) + ' per maand)',
      'maand',
      limit.perMonth,
    )
  }
}

function pushLimit(
  problems: Problem[],
  year: number,
  what: string,
  per: 'maand' | 'jaar',
  limit: Cents,
): void {
  problems.push({
    path: [
      'financien',
      'vergoeding',
      per === 'maand' ? 'tarief' : 'maximumPerJaar',
    ],
    reason:
      'in ' +
      year +
      ' is ' +
      what +
      ' hoger dan de onbelaste vrijwilligersvergoeding van ' +
      formatMoney(limit) +
      ' per ' +
      per,
    ruleId: 'tax-limit',
    hint:
      'boven dit maximum is de hele vergoeding belast (Belastingdienst); ' +
      (per === 'maand'
        ? 'verlaag `tarief` tot hoogstens ' + formatMoney(limit) + ' per maand'
        : 'verlaag `maximumPerJaar` tot hoogstens ' +
          formatMoney(limit) +
          ', of het tarief'),
    warning: true,
  })
}
