/**
 * The publication metadata of a besluit (`publicatie:` in `besluit.yaml`):
 * the clerk's numbers and dates. Its own module so that the schema of the
 * documents and of the finance can grow beside it without collisions.
 */
import {z} from 'zod'

/** A RIB number: the year and a sequence number of three digits, such as `2021-007`. */
export const ribNummerPattern = /^(\d{4})-(\d{3})$/

/** The statuses of a besluit, in the order a besluit goes through them. */
export const statuses = ['concept', 'vastgesteld', 'verzonden'] as const

/** The status field: where a besluit is on its way to the council. */
export const statusSchema = z
  .enum(statuses)
  .describe(
    '`concept`, `vastgesteld` (door het college) of `verzonden` (de raadsinformatiebrief is aan de raad gestuurd).',
  )

/**
 * The schema of `publicatie:`, given the date schema of the besluit (so that
 * dates are written and checked one way).
 */
export function createPublicatieSchema<T extends z.ZodType<string>>(date: T) {
  return z
    .strictObject({
      ribNummer: z
        .string({
          error:
            'een RIB-nummer schrijft u als jjjj-nnn tussen aanhalingstekens, bijvoorbeeld "2021-007"',
        })
        .regex(ribNummerPattern, {
          error:
            'een RIB-nummer schrijft u als jjjj-nnn, bijvoorbeeld "2021-007"',
        })
        .optional()
        .describe(
          'Nummer van de raadsinformatiebrief, jjjj-nnn (bijvoorbeeld "2021-007"). Zonder nummer krijgt de RIB het volgende vrije nummer van het jaar; een verzonden RIB heeft een vast nummer in de bron.',
        ),
      registratienummer: z
        .string()
        .min(1)
        .optional()
        .describe('Registratienummer in het documentmanagementsysteem.'),
      zaaknummer: z
        .string()
        .min(1)
        .optional()
        .describe('Nummer van de zaak waar dit besluit bij hoort.'),
      agendapunt: z
        .string()
        .min(1)
        .optional()
        .describe(
          'Agendapunt van de raad of commissie waar het stuk wordt besproken, bijvoorbeeld "7.2".',
        ),
      verzonden: date
        .optional()
        .describe(
          'Datum waarop de raadsinformatiebrief aan de raad is verzonden, jjjj-mm-dd.',
        ),
    })
    .describe(
      'Gegevens van de griffie: nummers en de datum van verzending aan de raad.',
    )
}

/** The publication metadata, after validation. */
export type Publicatie = z.output<ReturnType<typeof createPublicatieSchema>>
