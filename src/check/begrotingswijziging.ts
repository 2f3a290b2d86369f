/**
 * A begrotingswijziging is the raad's to adopt (its budget right): it is
 * printed in the raadsvoorstel and the raadsbesluit, so a besluit of the
 * college alone cannot have one; it would be printed nowhere. Pure: returns
 * the problems.
 */
import type {Problem} from '../messages/problem.js'
import type {Besluit} from './schema.js'

/** Check that a besluit with a begrotingswijziging goes to the raad. */
export function checkBegrotingswijziging(besluit: Besluit): Problem[] {
  const wijzigingen = besluit.financien?.begrotingswijzigingen ?? []
  if (wijzigingen.length === 0 || besluit.raadsvoorstel) return []
  return [
    {
      path: ['financien', 'begrotingswijzigingen'],
      reason:
        'een begrotingswijziging stelt de raad vast, maar dit besluit heeft geen `raadsvoorstel`',
      ruleId: 'begrotingswijziging-zonder-raad',
      hint: 'voeg `raadsvoorstel:` toe (met `grondslag` en `vergaderdatum`), zodat raadsvoorstel en raadsbesluit de wijziging tonen; of haal `begrotingswijzigingen` weg',
    },
  ]
}
