/**
 * The values `besluit.yaml` is made of: ids, file names, Markdown prose,
 * dates, months, years and amounts (parsed into cents), each with its Dutch
 * message. The parts of the schema are built from these.
 */
import {z} from 'zod'
import {isValidDate} from '../nl/calendar.js'
import {parseAmount, type Cents} from '../compute/money.js'
import {checkAmountBounds} from './amount-bounds.js'

/** A fixed name, such as the id of a beslispunt: lower case, digits and dashes. */
export const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error:
    'een id bestaat uit kleine letters, cijfers en streepjes, zoals `rivm-monitor`',
})

/** Whether a file name points outside the besluit's folder (absolute, a drive, or `..`). */
export function isOutside(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.startsWith('\\') ||
    /^[a-z]:/i.test(name) ||
    name.split(/[\\/]/).includes('..')
  )
}

/** Markdown text, inline or in a `.md` file in the besluit's folder. */
export const prose = z
  .union([
    z.string().min(1, {error: 'de tekst is leeg'}),
    z.strictObject({
      bestand: z
        .string()
        .refine((name) => !isOutside(name), {
          error:
            'het bestand ligt buiten de map van dit besluit; noem een bestand in die map, zonder `../` of `/` ervoor',
          abort: true,
        })
        .regex(/\.md$/, {error: 'een bestand met tekst eindigt op `.md`'})
        .describe(
          'Markdown-bestand in de map van dit besluit, bijvoorbeeld `werkwijze.md`.',
        ),
    }),
  ])
  .describe(
    'Tekst in Markdown, of `bestand: naam.md` voor tekst in een apart bestand.',
  )

/**
 * The id of a document type, such as `collegevoorstel`. Which ids exist is
 * the registry's to say: `validateSchema` checks them against its
 * `documents`, and `createJsonSchema` lists them for editors.
 */
export const documentName = z.string()

/** A date, jjjj-mm-dd, that exists. */
export const date = z
  .string({
    error: 'een datum schrijft u als jjjj-mm-dd, bijvoorbeeld 2021-07-13',
  })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: 'een datum schrijft u als jjjj-mm-dd, bijvoorbeeld 2021-07-13',
    abort: true,
  })
  .refine(
    (text) => {
      const [year = 0, month = 0, day = 0] = text.split('-').map(Number)
      return isValidDate({year, month, day})
    },
    {error: 'deze datum bestaat niet'},
  )

/** A month, jjjj-mm. */
export const month = z
  .string({error: 'een maand schrijft u als jjjj-mm, bijvoorbeeld 2021-03'})
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, {
    error:
      'een maand schrijft u als jjjj-mm met een maand van 01 tot 12, bijvoorbeeld 2021-03',
  })

/** A calendar year. */
export const year = z.int().min(1900).max(2200)

/** An amount in euros: a whole number or a decimal with a point and at most two decimals. */
export const amount = z
  .union([z.number(), z.string()])
  .describe(
    'Bedrag in euro’s: 7200 of 180.50 (punt, hoogstens twee decimalen).',
  )
  .transform((value, context): Cents => {
    const cents = parseAmount(String(value))
    const bound = checkAmountBounds(value, cents)
    if (bound) {
      context.issues.push({code: 'custom', input: value, message: bound})
      return 0 as Cents
    }
    if (cents === undefined) {
      context.issues.push({
        code: 'custom',
        input: value,
        message:
          typeof value === 'string' && /^\d+,\d+$/.test(value.trim())
            ? 'schrijf een bedrag met een punt als decimaalteken: `' +
              value.trim().replace(',', '.') +
              '`, niet `' +
              value.trim() +
              '`'
            : 'verwacht een bedrag in euro’s zoals 7200 of 180.50, niet `' +
              String(value) +
              '`',
      })
      return 0 as Cents
    }
    return cents
  })

/** An amount that cannot be negative here. */
export const nonNegativeAmount = amount.refine((cents) => cents >= 0, {
  error: 'een bedrag kan hier niet negatief zijn',
})
