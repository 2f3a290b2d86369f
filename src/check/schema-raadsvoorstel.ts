/**
 * `raadsvoorstel:` in `besluit.yaml`: a besluit that goes to the algemeen
 * bestuur (the raad, Provinciale Staten, the algemeen bestuur). With it, the
 * besluit is also published as raadsvoorstel and raadsbesluit (at a province
 * statenvoorstel and statenbesluit), and the collegevoorstel proposes to put
 * it to the raad.
 */
import {z} from 'zod'

/** The schema of `raadsvoorstel:`, given the date schema of the besluit. */
export function createRaadsvoorstelSchema<T extends z.ZodType<string>>(
  date: T,
) {
  return z
    .strictObject({
      grondslag: z
        .string()
        .min(1)
        .describe(
          'Waar het besluit op berust, na „gelet op”: bijvoorbeeld `artikel 147 van de Gemeentewet` of `artikel 143 van de Provinciewet`.',
        ),
      vergaderdatum: date.describe(
        'Datum van de vergadering van de raad (of Provinciale Staten, het algemeen bestuur) die besluit, jjjj-mm-dd.',
      ),
      commissiedatum: date
        .optional()
        .describe('Datum van de commissievergadering, jjjj-mm-dd.'),
      inlichtingenBij: z
        .string()
        .min(1)
        .optional()
        .describe(
          'Wie inlichtingen geeft: naam, en eventueel telefoon of e-mail.',
        ),
      afdeling: z
        .string()
        .min(1)
        .optional()
        .describe('De afdeling die het voorstel schreef.'),
    })
    .describe(
      'Dit besluit gaat naar de raad (Provinciale Staten, het algemeen bestuur): er komen ook een raadsvoorstel en een raadsbesluit.',
    )
}

/** `raadsvoorstel:` after validation. */
export type Raadsvoorstel = z.output<
  ReturnType<typeof createRaadsvoorstelSchema>
>
