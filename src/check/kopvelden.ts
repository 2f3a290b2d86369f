/**
 * Header fields a besluit fills that its organisation does not use: a
 * `zaaknummer` or `afdeling` that no document would show. Checked only when
 * the besluit has an organisation (`organisatie.yaml` or `organisatie:`);
 * without one, the tool behaves as before organisations existed. Pure:
 * returns the problems, each with a path into the source.
 */
import type {Problem} from '../messages/problem.js'
import {organisatieFileName, type Organisatie} from './organisatie.js'
import type {Kopveld} from './organisatie-namen.js'
import type {Besluit} from './schema.js'

/** Where each header field is written in `besluit.yaml`; `portefeuillehouders` is required, so it is not here. */
const fieldPlaces: ReadonlyArray<
  readonly [Kopveld, 'publicatie' | 'raadsvoorstel', string]
> = [
  ['registratienummer', 'publicatie', 'registratienummer'],
  ['zaaknummer', 'publicatie', 'zaaknummer'],
  ['agendapunt', 'publicatie', 'agendapunt'],
  ['vergaderdatum', 'raadsvoorstel', 'commissiedatum'],
  ['inlichtingenBij', 'raadsvoorstel', 'inlichtingenBij'],
  ['afdeling', 'raadsvoorstel', 'afdeling'],
]

/** Every header field the besluit fills and its organisation's `kopvelden` leaves out. */
export function checkKopvelden(
  besluit: Besluit,
  organisatie: Organisatie,
): Problem[] {
  const problems: Problem[] = []
  for (const [kopveld, group, key] of fieldPlaces) {
    const values = besluit[group] as Record<string, unknown> | undefined
    if (values?.[key] === undefined || organisatie.kopvelden.includes(kopveld))
      continue
    problems.push({
      path: [group],
      key,
      reason:
        '`' +
        group +
        '.' +
        key +
        '`: ' +
        organisatie.naam +
        ' gebruikt het kopveld `' +
        kopveld +
        '` niet',
      ruleId: 'unknown-header-field',
      hint:
        'zet `' +
        kopveld +
        '` onder `kopvelden:` in `' +
        organisatieFileName +
        '` (of onder `organisatie: kopvelden:` in dit besluit), of laat `' +
        key +
        '` weg',
    })
  }
  return problems
}
