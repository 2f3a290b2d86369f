/**
 * The finance of `besluit.yaml` (`financien:`): the tables "Kosten en
 * dekking" with their lines, and the vergoeding and subsidies that lines are
 * computed from; the dekking, named amounts and begrotingswijzigingen are in
 * `schema-financien.ts`.
 */
import {z} from 'zod'
import {maxLeden} from './amount-bounds.js'
import {createFinanceParts} from './schema-financien.js'
import {amount, id, month, nonNegativeAmount, year} from './schema-values.js'

/** A member of the werkgroep, with their own first and last month. */
export const lid = z
  .strictObject({
    naam: z
      .string()
      .min(1)
      .describe('Naam of aanduiding van het lid, bijvoorbeeld "lid 1".'),
    van: month
      .optional()
      .describe(
        'Maand waarin het lid begint (standaard: begin van de periode).',
      ),
    tot: month
      .optional()
      .describe(
        'Laatste maand waarin het lid meewerkt (standaard: einde van de periode).',
      ),
  })
  .describe('Een lid van de werkgroep dat de vergoeding krijgt.')

/** The volunteer vergoeding. */
export const vergoeding = z
  .strictObject({
    tarief: nonNegativeAmount.describe('Vergoeding per persoon per maand.'),
    maximumPerJaar: nonNegativeAmount.describe(
      'Maximum per persoon per kalenderjaar.',
    ),
    leden: z
      .union([
        z
          .int()
          .min(0, {error: 'het aantal leden kan niet negatief zijn'})
          .max(maxLeden, {
            error: 'hoogstens ' + maxLeden + ' leden (een werkgroep is klein)',
          }),
        z
          .array(lid)
          .min(1, {error: 'noem ten minste één lid, of geef een aantal'})
          .max(maxLeden, {error: 'hoogstens ' + maxLeden + ' leden'}),
      ])
      .describe(
        'Aantal leden dat de hele periode de vergoeding krijgt, of de leden met elk hun eigen eerste en laatste maand.',
      ),
    van: month.describe('Eerste maand, bijvoorbeeld 2021-03.'),
    tot: month.describe('Laatste maand (die telt mee), bijvoorbeeld 2021-12.'),
  })
  .describe('Vrijwilligersvergoeding.')

const subsidie = z.strictObject({
  id,
  naam: z.string().min(1),
  verstrekker: z.string().min(1).optional(),
  totaal: nonNegativeAmount,
  oormerken: z
    .array(
      z.strictObject({
        id,
        omschrijving: z.string().min(1),
        bedrag: nonNegativeAmount,
      }),
    )
    .default([])
    .describe('Delen van de subsidie met een vaste bestemming.'),
  cofinanciering: nonNegativeAmount
    .optional()
    .describe('Maximale cofinanciering door de gemeente.'),
})

/** One line of a finance table. */
export const tableLine = z
  .strictObject({
    id: id
      .optional()
      .describe(
        'Vaste naam van de regel, om bedragen te citeren: `{{tabel.lasten.<id>.2024}}`.',
      ),
    omschrijving: z.string().min(1),
    bron: z
      .literal('vergoeding')
      .optional()
      .describe('Bereken de bedragen uit de vrijwilligersvergoeding.'),
    bedragen: z
      .record(
        z.string().regex(/^\d{4}$/, {error: 'een jaar heeft vier cijfers'}),
        amount,
      )
      .optional()
      .describe(
        'Bedragen per jaar, voor een gewone begrotingspost: `{2022: 5000}`.',
      ),
    subsidie: id
      .optional()
      .describe('Het id van de subsidie waaruit deze baten komen.'),
    is: z.enum(['I', 'S']).describe('I: incidenteel, S: structureel.'),
    programma: z
      .string()
      .min(1)
      .describe(
        'Hoofdstuk of programma, bijvoorbeeld "1.2 Ruimtelijke ontwikkeling".',
      ),
  })
  .refine(
    (line) => (line.bron === undefined) !== (line.bedragen === undefined),
    {
      error: 'een regel heeft óf `bron: vergoeding` óf `bedragen`',
    },
  )

const tableShape = {
  schaal: z
    .union([z.literal(1), z.literal(1000)])
    .optional()
    .describe(
      '1: bedragen in euro’s; 1000: de tabel toont bedragen x € 1.000, afgerond zodat de totalen kloppen. Zonder `schaal` geldt de `tabelschaal` van de organisatie (standaard 1).',
    ),
  lasten: z.array(tableLine).default([]).describe('Exploitatielasten.'),
  baten: z.array(tableLine).default([]).describe('Exploitatiebaten.'),
  investeringen: z
    .array(tableLine)
    .default([])
    .describe(
      'Investeringen; tellen niet mee in het saldo van baten en lasten.',
    ),
  reserves: z
    .array(tableLine)
    .default([])
    .describe(
      'Mutaties in reserves: onttrekking positief, toevoeging negatief; het resultaat is saldo plus mutaties.',
    ),
}

const financeParts = createFinanceParts({id, amount, year})
const gedekt = z
  .boolean()
  .optional()
  .describe(
    '`gedekt: true` zonder `dekking`: lasten en baten moeten elk jaar sluiten (saldo 0). Met `dekking` zegt u per jaar waaruit een tekort wordt gedekt.',
  )

/** The whole `financien:` block. */
export const finance = z.strictObject({
  jaren: z
    .strictObject({van: year, tot: year})
    .describe(
      'De jaren die de tabel toont, bijvoorbeeld {van: 2021, tot: 2024}.',
    ),
  gedekt,
  ...financeParts,
  vergoeding: vergoeding.optional(),
  subsidies: z.array(subsidie).default([]),
  tabel: z.strictObject(tableShape),
  tabellen: z
    .array(
      z.strictObject({
        id: id.describe(
          'Vaste naam van de tabel: plaats haar met `tabel: <id>`, citeer met `{{tabel.<id>.lasten.2024}}`.',
        ),
        titel: z.string().min(1).describe('Het opschrift van de tabel.'),
        gedekt,
        dekking: financeParts.dekking,
        ...tableShape,
      }),
    )
    .default([])
    .describe(
      'Meer tabellen naast `tabel`, elk met een eigen id, bijvoorbeeld incidentele projectkosten naast een structurele regel.',
    ),
})
