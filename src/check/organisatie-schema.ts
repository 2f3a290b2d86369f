/**
 * The source format of an organisation (`organisatie.yaml` at the content
 * root), defined once with zod: the TypeScript types, the validation and the
 * JSON Schema for editors come from here. Only `naam` and `soort` are
 * required; everything else has a default that follows from the kind.
 */
import {z} from 'zod'
import {parseAmount, type Cents} from '../compute/money.js'
import {
  type DocumentId,
  documentIds,
  kopvelden,
  labelNames,
  soorten,
  tokenNames,
} from './organisatie-namen.js'

const text = z.string().trim().min(1, {error: 'de tekst is leeg'})

/** A CSS value that cannot leave its declaration. */
const tokenValue = text.regex(/^[^;{}<>\\]+$/, {
  error:
    'een waarde van een design token bevat geen `;`, `{`, `}`, `<`, `>` of `\\`',
})

const fileName = text
  .refine(
    (name) =>
      !name.startsWith('/') &&
      !/^[a-z]:/i.test(name) &&
      !name.split(/[\\/]/).includes('..'),
    {
      error:
        'het bestand ligt buiten de map van de organisatie; noem een bestand in die map, zonder `../` of `/` ervoor',
      abort: true,
    },
  )
  .regex(/\.(?:svg|png)$/, {error: 'een logo is een `.svg`- of `.png`-bestand'})

const body = z
  .strictObject({
    naam: text.describe(
      'De naam van het orgaan, zoals het midden in een zin staat: `college van burgemeester en wethouders`, `Gedeputeerde Staten`.',
    ),
    kort: text
      .optional()
      .describe(
        'Hoe de tekst het orgaan verder noemt: `het college`, `de raad` (standaard: de naam).',
      ),
  })
  .describe('Een bestuursorgaan.')

const document = z.strictObject({
  titel: text
    .optional()
    .describe('De titel van het document, zoals `Statenvoorstel`.'),
  bestand: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error:
        'een bestandsnaam bestaat uit kleine letters, cijfers en streepjes, zoals `statenvoorstel`',
    })
    .optional()
    .describe('De bestandsnaam zonder `.html` of `.pdf`.'),
})

const year = z.int().min(1900).max(2200)
const euros = z
  .union([z.number(), z.string()])
  .describe('Bedrag in euro’s: 210 of 190.50 (punt, hoogstens twee decimalen).')
  .transform((value, context): Cents => {
    const cents = parseAmount(String(value))
    if (cents === undefined || cents < 0)
      context.issues.push({
        code: 'custom',
        input: value,
        message:
          'verwacht een bedrag in euro’s zoals 210 of 190.50, niet `' +
          String(value) +
          '`',
      })
    return cents ?? (0 as Cents)
  })

/** The fields of an organisation that a besluit may override as well. */
const overridable = {
  logo: fileName
    .optional()
    .describe('Logo: een .svg- of .png-bestand in de map van de organisatie.'),
  dagelijksBestuur: body
    .optional()
    .describe(
      'Het orgaan dat voorstelt (standaard volgens de soort: college van burgemeester en wethouders, Gedeputeerde Staten, dagelijks bestuur).',
    ),
  algemeenBestuur: body
    .optional()
    .describe(
      'Het orgaan dat besluit (standaard volgens de soort: gemeenteraad, Provinciale Staten, algemeen bestuur).',
    ),
  documenten: z
    .strictObject(
      Object.fromEntries(
        documentIds.map((id) => [id, document.optional()]),
      ) as Record<DocumentId, z.ZodOptional<typeof document>>,
    )
    .optional()
    .describe(
      'Titel en bestandsnaam per document, waar die afwijken van de standaard van de soort.',
    ),
  huisstijl: z
    .strictObject(
      Object.fromEntries(
        tokenNames.map((name) => [name, tokenValue.optional()]),
      ) as Record<
        (typeof tokenNames)[number],
        z.ZodOptional<typeof tokenValue>
      >,
    )
    .optional()
    .describe(
      'Kleuren en lettertype als design tokens met de namen van NL Design System, zoals `utrecht-heading-color: "#00577c"`.',
    ),
  koppen: z
    .strictObject(
      Object.fromEntries(
        labelNames.map((name) => [name, text.optional()]),
      ) as Record<(typeof labelNames)[number], z.ZodOptional<typeof text>>,
    )
    .optional()
    .describe('Koppen die afwijken van de standaardkoppen.'),
  nummering: z
    .enum(['1.1', '1.a'])
    .optional()
    .describe(
      'Nummering van argumenten en kanttekeningen: `1.1` (standaard) of `1.a`.',
    ),
  sectievolgorde: z
    .array(text)
    .min(1)
    .optional()
    .describe(
      'De volgorde van de paragrafen, met hun namen: `aanleiding`, `argumenten`, `kanttekeningen`, `financien`, eigen paragrafen …',
    ),
  kopvelden: z
    .array(z.enum(kopvelden))
    .optional()
    .describe(
      'De velden in de kop van de documenten: registratienummer, zaaknummer, agendapunt, vergaderdatum, inlichtingenBij, afdeling, portefeuillehouder.',
    ),
  tabelschaal: z
    .union([z.literal(1), z.literal(1000)])
    .optional()
    .describe(
      'Hoe financiële tabellen bedragen tonen: 1 in euro’s (standaard), 1000 in "x € 1.000" (afgerond zodat de totalen kloppen). Een tabel met eigen `schaal` gaat voor.',
    ),
  vergoedingsgrenzen: z
    .array(
      z.strictObject({
        jaar: year,
        perMaand: euros,
        perJaar: euros,
      }),
    )
    .min(1)
    .optional()
    .describe(
      'De grenzen van de onbelaste vrijwilligersvergoeding per kalenderjaar, waar die afwijken van of verder gaan dan de tabel van raadsstuk.',
    ),
}

/** The schema of `organisatie.yaml`. */
export const organisatieSchema = z
  .strictObject({
    naam: text.describe(
      'De naam van de organisatie zoals die op de documenten staat, bijvoorbeeld `Gemeente Zeewolde` of `Provincie Flevoland`.',
    ),
    soort: z.enum(soorten).describe('`gemeente`, `provincie` of `waterschap`.'),
    korteNaam: text
      .optional()
      .describe(
        'De naam zonder soort, zoals in „De raad van de gemeente Zeewolde” (standaard: de naam zonder `Gemeente`, `Provincie` of `Waterschap` ervoor).',
      ),
    ...overridable,
  })
  .describe(
    'De organisatie waarvan de besluiten in deze map zijn: naam, soort en huisstijl.',
  )

/** What a besluit may set of its organisation (`organisatie:` in `besluit.yaml`). */
export const organisatieOverrideSchema = z
  .strictObject({
    naam: organisatieSchema.shape.naam.optional(),
    soort: organisatieSchema.shape.soort.optional(),
    korteNaam: organisatieSchema.shape.korteNaam,
    ...overridable,
  })
  .describe(
    'Wat dit besluit anders heeft dan `organisatie.yaml`; zonder `organisatie.yaml` noemt het hier `naam` en `soort`.',
  )

/** An organisation as its source gives it. */
export type OrganisatieSource = z.output<typeof organisatieSchema>
/** A besluit's override of its organisation. */
export type OrganisatieOverride = z.output<typeof organisatieOverrideSchema>

/** The JSON Schema of `organisatie.yaml` for editors (draft-07). */
export function createOrganisatieJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(organisatieSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-7',
  }) as Record<string, unknown>
}
