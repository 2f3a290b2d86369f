/**
 * The beslispunten with their onderdelen, and the argumenten and
 * kanttekeningen (redeneringen) that each name the beslispunt they belong to.
 */
import {z} from 'zod'
import {id, prose} from './schema-values.js'

const pointFields = {
  id: id.describe(
    'Vaste naam van het beslispunt, waar argumenten en kanttekeningen naar verwijzen.',
  ),
  tekst: z
    .string()
    .min(1)
    .describe('De tekst van het beslispunt, na "Het college besluit:".'),
  procedureel: z
    .boolean()
    .optional()
    .describe(
      'Een procedureel beslispunt (zoals het vaststellen van de raadsinformatiebrief) heeft geen argument nodig.',
    ),
}

const onderdeel = z
  .strictObject(pointFields)
  .describe(
    'Een onderdeel van een beslispunt (1a, 1b …), met een eigen id waar argumenten en kanttekeningen naar verwijzen.',
  )

/** A beslispunt, with its onderdelen. */
export const beslispunt = z.strictObject({
  ...pointFields,
  onderdelen: z
    .array(onderdeel)
    .min(1, {error: 'noem ten minste één onderdeel, of laat `onderdelen` weg'})
    .optional()
    .describe(
      'Onderdelen van dit beslispunt, genummerd 1a, 1b, 1c …; de `tekst` van het beslispunt leidt ze in.',
    ),
})

/** An argument or kanttekening. */
export const redenering = z.strictObject({
  id: id
    .optional()
    .describe(
      'Vaste naam, zodat een vergelijking van versies dit argument herkent, ook als de kop verandert.',
    ),
  beslispunt: id.describe(
    'Het id van het beslispunt of onderdeel waar dit bij hoort.',
  ),
  kop: z
    .string()
    .min(1)
    .describe('De kop, zonder nummer: het nummer wordt berekend.'),
  tekst: prose,
})
