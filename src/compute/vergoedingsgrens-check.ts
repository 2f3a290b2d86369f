/**
 * The vergoeding against the Belastingdienst's maxima for an untaxed
 * volunteer allowance (`vergoedingsgrenzen.ts`): per year, the monthly tarief and what
 * one person gets in the year. Above either the whole vergoeding is taxed,
 * so both are warnings; a year without known maxima is one too. Pure.
 */
import type {Problem} from '../messages/problem.js'
import {formatMoney, type Cents} from './money.js'
import {
  vergoedingsgrenzenFile,
  type Vergoedingsgrens,
} from './vergoedingsgrenzen.js'

/**
 * The Belastingdienst's maxima for one year: both the monthly tarief and what
 * one person gets in the year must stay within them; a year missing from the
 * table is reported rather than guessed.
 */
export function checkVergoedingsgrens(
  year: number,
  grens: Vergoedingsgrens | undefined,
  tarief: Cents,
  highest: Cents,
  problems: Problem[],
): void {
  if (!grens) {
    problems.push({
      path: ['financien', 'vergoeding', 'tarief'],
      reason:
        'geen onbelaste maxima van de Belastingdienst bekend voor ' + year,
      ruleId: 'vergoedingsgrens-onbekend',
      hint:
        'voeg de maxima voor ' +
        year +
        ' (per maand en per jaar) toe aan `' +
        vergoedingsgrenzenFile +
        '` van raadsstuk, of aan de maxima in het organisatiebestand',
      warning: true,
    })
    return
  }
  if (highest > grens.perYear) {
    pushOverschrijding(
      problems,
      year,
      'het jaarbedrag per persoon (' + formatMoney(highest) + ')',
      'jaar',
      grens.perYear,
    )
  }
  if (tarief > grens.perMonth) {
    pushOverschrijding(
      problems,
      year,
      'het tarief (' + formatMoney(tarief) + ' per maand)',
      'maand',
      grens.perMonth,
    )
  }
}

function pushOverschrijding(
  problems: Problem[],
  year: number,
  what: string,
  per: 'maand' | 'jaar',
  grens: Cents,
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
      formatMoney(grens) +
      ' per ' +
      per,
    ruleId: 'vergoedingsgrens',
    hint:
      'boven dit maximum is de hele vergoeding belast (Belastingdienst); ' +
      (per === 'maand'
        ? 'verlaag `tarief` tot hoogstens ' + formatMoney(grens) + ' per maand'
        : 'verlaag `maximumPerJaar` tot hoogstens ' +
          formatMoney(grens) +
          ', of het tarief'),
    warning: true,
  })
}
