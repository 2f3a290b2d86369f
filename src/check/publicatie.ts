/**
 * The checks of one besluit's publication metadata that the schema cannot
 * make: a sent RIB has a date of sending and a fixed number, and it was sent
 * after the college decided it. Pure: problems become messages.
 */
import {report} from '../messages/problem.js'
import {placeOf, type ParsedYaml} from '../parse/yaml.js'
import {formatDate} from '../nl/calendar.js'
import type {Besluit} from './schema.js'

/** Check the `publicatie` of a valid besluit against its status and date. */
export function checkPublicatie(besluit: Besluit, parsed: ParsedYaml): void {
  const publicatie = besluit.publicatie ?? {}
  if (besluit.status === 'verzonden') {
    if (!besluit.raadsinformatiebrief) {
      report(
        parsed.file,
        'status `verzonden` kan alleen bij een besluit met een raadsinformatiebrief',
        {
          place: placeOf(parsed, ['status']),
          ruleId: 'sent-without-rib',
          hint: 'gebruik `vastgesteld`, of voeg `raadsinformatiebrief:` toe',
        },
      )
    }
    if (publicatie.verzonden === undefined) {
      report(
        parsed.file,
        'een verzonden raadsinformatiebrief heeft een datum van verzending',
        {
          place: placeOf(parsed, ['status']),
          ruleId: 'sent-without-date',
          hint: 'voeg onder `publicatie:` toe: `verzonden: jjjj-mm-dd`',
        },
      )
    }
    if (publicatie.ribNummer === undefined) {
      report(
        parsed.file,
        'een verzonden raadsinformatiebrief heeft een vast RIB-nummer in de bron',
        {
          place: placeOf(parsed, ['status']),
          ruleId: 'sent-without-number',
          hint: 'voeg onder `publicatie:` het nummer toe waaronder de RIB is verzonden, zoals `ribNummer: "2021-007"` (out/index.html toont het voorlopige nummer)',
        },
      )
    }
  }
  if (
    publicatie.verzonden !== undefined &&
    publicatie.verzonden < besluit.datum
  ) {
    report(
      parsed.file,
      'datum van verzending ' +
        formatIso(publicatie.verzonden) +
        ' ligt vóór de collegevergadering van ' +
        formatIso(besluit.datum),
      {
        place: placeOf(parsed, ['publicatie', 'verzonden']),
        ruleId: 'sent-before-college',
        hint: 'een raadsinformatiebrief gaat naar de raad nadat het college hem heeft vastgesteld; controleer `datum` en `publicatie.verzonden`',
      },
    )
  }
}

/** `2021-07-13` → `13 juli 2021`. */
export function formatIso(date: string): string {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number)
  return formatDate({year, month, day})
}
