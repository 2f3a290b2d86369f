/**
 * The checks of one besluit's publication metadata that the schema cannot
 * make: a sent RIB has a date of sending and a fixed number, and it was sent
 * after the college decided it. Pure: returns the problems.
 */
import type {Problem} from '../messages/problem.js'
import {formatDate} from '../nl/calendar.js'
import type {Besluit} from './schema.js'

/** Check the `publicatie` of a valid besluit against its status and date. */
export function checkPublicatie(besluit: Besluit): Problem[] {
  const problems: Problem[] = []
  const publicatie = besluit.publicatie ?? {}
  if (besluit.status === 'verzonden') {
    if (!besluit.raadsinformatiebrief) {
      problems.push({
        path: ['status'],
        reason:
          'status `verzonden` kan alleen bij een besluit met een raadsinformatiebrief',
        ruleId: 'sent-without-rib',
        hint: 'gebruik `vastgesteld`, of voeg `raadsinformatiebrief:` toe',
      })
    }
    if (publicatie.verzonden === undefined) {
      problems.push({
        path: ['status'],
        reason:
          'een verzonden raadsinformatiebrief heeft een datum van verzending',
        ruleId: 'sent-without-date',
        hint: 'voeg onder `publicatie:` toe: `verzonden: jjjj-mm-dd`',
      })
    }
    if (publicatie.ribNummer === undefined) {
      problems.push({
        path: ['status'],
        reason:
          'een verzonden raadsinformatiebrief heeft een vast RIB-nummer in de bron',
        ruleId: 'sent-without-number',
        hint: 'voeg onder `publicatie:` het nummer toe waaronder de RIB is verzonden, zoals `ribNummer: "2021-007"` (out/index.html toont het voorlopige nummer)',
      })
    }
  }
  if (
    publicatie.verzonden !== undefined &&
    publicatie.verzonden < besluit.datum
  ) {
    problems.push({
      path: ['publicatie', 'verzonden'],
      reason:
        'datum van verzending ' +
        formatIso(publicatie.verzonden) +
        ' ligt vóór de collegevergadering van ' +
        formatIso(besluit.datum),
      ruleId: 'sent-before-college',
      hint: 'een raadsinformatiebrief gaat naar de raad nadat het college hem heeft vastgesteld; controleer `datum` en `publicatie.verzonden`',
    })
  }
  return problems
}

/** `2021-07-13` → `13 juli 2021`. */
export function formatIso(date: string): string {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number)
  return formatDate({year, month, day})
}
