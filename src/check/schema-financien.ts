/**
 * The finance parts of `besluit.yaml` beyond the table: dekking per year
 * (`dekking`) and named amounts that are not budget lines (`bedragen`).
 * Made by a function that takes the primitives of `schema.ts`, so that the
 * two modules do not import each other.
 */
import {z} from 'zod'
import type {Cents} from '../compute/money.js'

/** Where the dekking of a year comes from. */
export const dekkingSoorten = [
  'bestaand-budget',
  'begrotingsresultaat',
  'algemene-reserve',
  'bestemmingsreserve',
  'stelpost',
  'onvoorzien',
  'subsidie',
  'begrotingswijziging',
] as const

/** The kinds of dekking that need a `naam` (which reserve, which stelpost). */
export const namedDekkingSoorten: ReadonlySet<string> = new Set([
  'bestemmingsreserve',
  'stelpost',
  'subsidie',
])

/** The schema primitives the finance parts are built from. */
export interface Primitives {
  readonly id: z.ZodType<string>
  readonly amount: z.ZodType<Cents, unknown>
  readonly year: z.ZodType<number>
}

/** The `dekking`, `bedragen` and `begrotingswijzigingen` fields of `financien`. */
export function createFinanceParts({id, amount, year}: Primitives) {
  const source = z
    .strictObject({
      soort: z
        .enum(dekkingSoorten)
        .describe(
          'Waar de dekking vandaan komt: ' + dekkingSoorten.join(', ') + '.',
        ),
      naam: z
        .string()
        .min(1)
        .optional()
        .describe(
          'Welke reserve, stelpost of subsidie, bijvoorbeeld "Reserve Sociaal Domein".',
        ),
      bedrag: amount
        .optional()
        .describe(
          'Bedrag per jaar; zonder bedrag dekt deze bron wat de andere bronnen van het tekort overlaten.',
        ),
    })
    .refine((value) => !namedDekkingSoorten.has(value.soort) || value.naam, {
      error:
        'noem bij deze soort dekking ook de `naam` (welke reserve, stelpost of subsidie)',
    })
  const dekking = z
    .strictObject({
      jaren: z
        .union([year, z.strictObject({van: year, tot: year.optional()})])
        .describe(
          'Een jaar (2024), of jaren: {van: 2025} (tot het laatste jaar van de tabel) of {van: 2025, tot: 2026}.',
        ),
      bronnen: z
        .array(source)
        .min(1)
        .optional()
        .describe('Waaruit het tekort van deze jaren wordt gedekt.'),
      open: z
        .strictObject({
          reden: z
            .string()
            .min(1)
            .describe('Waarom deze jaren nog niet gedekt zijn.'),
          moment: z
            .string()
            .min(1)
            .describe(
              'Wanneer erover besloten wordt, bijvoorbeeld "wordt betrokken bij de Kadernota 2025".',
            ),
        })
        .optional()
        .describe('Deze jaren zijn nog niet gedekt: met reden en moment.'),
    })
    .refine(
      (value) => (value.bronnen === undefined) !== (value.open === undefined),
      {
        error: 'een dekking heeft óf `bronnen` óf `open`',
      },
    )
  const namedAmount = z.strictObject({
    id,
    omschrijving: z.string().min(1),
    bedrag: amount.describe(
      'Het bedrag, bijvoorbeeld een drempel of een subsidieplafond.',
    ),
    verhoging: amount
      .optional()
      .describe(
        'Verhoging (negatief: verlaging); het nieuwe bedrag wordt berekend en is te citeren als `{{bedrag.<id>.nieuw}}`.',
      ),
  })
  const wijziging = z.strictObject({
    nummer: z
      .union([z.string(), z.int().nonnegative()])
      .transform(String)
      .pipe(
        z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
          error:
            'een nummer van een begrotingswijziging bestaat uit cijfers, kleine letters en streepjes, zoals `2026-012`',
        }),
      )
      .describe(
        'Het nummer van de begrotingswijziging, zoals de griffie het uitgeeft: `2026-012`. Te citeren als `{{begrotingswijziging.nummer}}`.',
      ),
    tabel: id
      .optional()
      .describe(
        'De tabel uit `financien.tabellen` waarvan dit de begrotingswijziging is; zonder `tabel` de tabel "Kosten en dekking".',
      ),
  })
  return {
    begrotingswijzigingen: z
      .array(wijziging)
      .default([])
      .describe(
        'De begrotingswijziging(en) die dit besluit vaststelt: per programma de lasten, baten en mutaties in reserves uit de tabel, elk jaar sluitend of gedekt. Staat in het raadsvoorstel en het raadsbesluit.',
      ),
    dekking: z
      .array(dekking)
      .optional()
      .describe(
        'De dekking per jaar: per jaar of reeks jaren de bronnen, of `open` met reden en moment.',
      ),
    bedragen: z
      .array(namedAmount)
      .default([])
      .describe(
        'Genoemde bedragen die geen begrotingsregel zijn (een drempel, een subsidieplafond met verhoging, een lening), te citeren als `{{bedrag.<id>}}`.',
      ),
  }
}
