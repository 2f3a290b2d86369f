/**
 * The source format of one besluit (`besluit.yaml`), defined once with zod.
 * The TypeScript types, the runtime validation and the JSON Schema for editors
 * all come from here.
 */
import {z} from 'zod'
import {isValidDate} from '../nl/calendar.js'
import {parseAmount, type Cents} from '../compute/money.js'
import {checkAmountBounds, maxLeden} from './amount-bounds.js'
import {createFinanceParts} from './schema-financien.js'
import {createPublicatieSchema, statusSchema} from './schema-publicatie.js'
import {organisatieOverrideSchema} from './organisatie-schema.js'
import {createRaadsvoorstelSchema} from './schema-raadsvoorstel.js'
import {sectionNames, type SectionName} from './section-names.js'

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
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
const prose = z
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
const documentName = z.string()

const part = z
  .strictObject({
    alleen: documentName
      .optional()
      .describe(
        'Zet dit deel alleen in dit document; zonder `alleen` staat het in beide.',
      ),
    tekst: prose.optional(),
    tabel: z
      .union([z.literal(true), id])
      .optional()
      .describe(
        'Zet hier de tabel "Kosten en dekking" (`tabel: true`) of een tabel uit `financien.tabellen` (`tabel: <id>`).',
      ),
  })
  .refine(
    (value) => (value.tekst === undefined) !== (value.tabel === undefined),
    {
      error: 'een deel heeft óf `tekst` óf `tabel`',
    },
  )

const section = z
  .union([prose, z.array(part).min(1)])
  .describe(
    'Een paragraaf: Markdown die in beide documenten staat, of een lijst delen waarvan sommige `alleen` in één document staan.',
  )

const date = z
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

const month = z
  .string({error: 'een maand schrijft u als jjjj-mm, bijvoorbeeld 2021-03'})
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, {
    error:
      'een maand schrijft u als jjjj-mm met een maand van 01 tot 12, bijvoorbeeld 2021-03',
  })

const year = z.int().min(1900).max(2200)

/** An amount in euros: a whole number or a decimal with a point and at most two decimals. */
const amount = z
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

const nonNegativeAmount = amount.refine((cents) => cents >= 0, {
  error: 'een bedrag kan hier niet negatief zijn',
})

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

const beslispunt = z.strictObject({
  ...pointFields,
  onderdelen: z
    .array(onderdeel)
    .min(1, {error: 'noem ten minste één onderdeel, of laat `onderdelen` weg'})
    .optional()
    .describe(
      'Onderdelen van dit beslispunt, genummerd 1a, 1b, 1c …; de `tekst` van het beslispunt leidt ze in.',
    ),
})

const redenering = z.strictObject({
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

const lid = z
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

const vergoeding = z
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

const subsidy = z.strictObject({
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

const tableLine = z
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

const finance = z.strictObject({
  jaren: z
    .strictObject({van: year, tot: year})
    .describe(
      'De jaren die de tabel toont, bijvoorbeeld {van: 2021, tot: 2024}.',
    ),
  gedekt,
  ...financeParts,
  vergoeding: vergoeding.optional(),
  subsidies: z.array(subsidy).default([]),
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

const sections = z.strictObject(
  Object.fromEntries(
    sectionNames.map((name) => [name, section.optional()]),
  ) as Record<SectionName, z.ZodOptional<typeof section>>,
)

const eigenSectie = z
  .strictObject({
    id: id.describe(
      'Vaste naam van de paragraaf, zoals `juridisch`: de naam in `sectievolgorde` van de organisatie.',
    ),
    kop: z.string().min(1).describe('De kop van de paragraaf.'),
    tekst: prose,
    documenten: z
      .array(documentName)
      .min(1)
      .optional()
      .describe(
        'De documenten waarin de paragraaf staat (standaard: alle, behalve het raadsbesluit).',
      ),
  })
  .describe('Een eigen paragraaf, met kop en tekst.')

const bijlage = z
  .strictObject({
    titel: z
      .string()
      .min(1)
      .describe('De titel van de bijlage, zoals `Quickscan sporthal`.'),
    bestand: z
      .string()
      .min(1)
      .refine((name) => !isOutside(name), {
        error:
          'de bijlage ligt buiten de map van dit besluit; noem een bestand in die map, zonder `../` of `/` ervoor',
        abort: true,
      })
      .regex(/^[^./\\][^/\\]*$/, {
        error:
          'een bijlage staat zelf in de map van dit besluit: noem alleen de bestandsnaam, zonder map en niet met een punt ervoor',
      })
      .optional()
      .describe(
        'Het bestand in de map van dit besluit, zoals `quickscan.pdf`: de HTML linkt ernaar en het komt naast de stukken in `out/`.',
      ),
    documenten: z
      .array(documentName)
      .min(1)
      .optional()
      .describe(
        'De documenten die de bijlage noemen (standaard: alle, behalve het raadsbesluit).',
      ),
  })
  .describe('Een bijlage: titel, en eventueel het bestand.')

/** The schema of `besluit.yaml`. */
export const besluitSchema = z
  .strictObject({
    gemeente: z
      .string()
      .min(1)
      .optional()
      .describe(
        'De gemeente, bijvoorbeeld Amersfoort; niet nodig als de map met besluiten een `organisatie.yaml` heeft.',
      ),
    organisatie: organisatieOverrideSchema.optional(),
    onderwerp: z
      .string()
      .min(1)
      .describe(
        'Onderwerp van het collegevoorstel (één titel voor voorblad en voorstel).',
      ),
    datum: date.describe('Datum van behandeling in het college, jjjj-mm-dd.'),
    status: statusSchema,
    publicatie: createPublicatieSchema(date).optional(),
    raadsvoorstel: createRaadsvoorstelSchema(date).optional(),
    logo: z
      .string()
      .refine((name) => !isOutside(name), {
        error: 'het logo ligt buiten de map van dit besluit',
        abort: true,
      })
      .regex(/\.(?:svg|png)$/, {
        error: 'een logo is een `.svg`- of `.png`-bestand',
      })
      .optional()
      .describe(
        'Logo van de gemeente: een .svg- of .png-bestand in de map van dit besluit.',
      ),
    portefeuillehouders: z.array(z.string().min(1)).min(1),
    voorblad: z.strictObject({
      adviesRaad: z
        .string()
        .min(1)
        .describe('Advies aan de raad, bijvoorbeeld Raadsinformatiebrief.'),
      collegebehandeling: z
        .string()
        .min(1)
        .describe('Bijvoorbeeld Agendastuk of Hamerstuk.'),
      samenvatting: prose,
    }),
    beslispunten: z
      .array(beslispunt)
      .min(1, {error: 'een besluit heeft ten minste één beslispunt'}),
    argumenten: z.array(redenering).default([]),
    kanttekeningen: z.array(redenering).default([]),
    secties: sections,
    eigenSecties: z
      .array(eigenSectie)
      .default([])
      .describe(
        'Eigen paragrafen naast de vaste, zoals `Juridische aspecten`: waar ze staan, zegt `sectievolgorde` van de organisatie (standaard: aan het eind).',
      ),
    bijlagen: z
      .array(bijlage)
      .default([])
      .describe(
        'De bijlagen, in hun volgorde: titel en eventueel een bestand in de map van dit besluit.',
      ),
    koppen: z
      .strictObject(
        Object.fromEntries(
          sectionNames.map((name) => [name, z.string().min(1).optional()]),
        ) as Record<SectionName, z.ZodOptional<z.ZodString>>,
      )
      .default({})
      .describe('Koppen die afwijken van de standaardkop van een paragraaf.'),
    raadsinformatiebrief: z
      .strictObject({
        titel: z.string().min(1),
        aan: z
          .string()
          .min(1)
          .optional()
          .describe(
            'Aan wie de brief gericht is (standaard: het algemeen bestuur, bij een gemeente `Gemeenteraad`).',
          ),
        kennisnemenVan: prose,
        kernboodschap: prose,
        secties: z
          .array(z.strictObject({kop: z.string().min(1), tekst: prose}))
          .default([])
          .describe(
            'Paragrafen die alleen in de raadsinformatiebrief staan, na de kernboodschap.',
          ),
        consequenties: prose.optional(),
      })
      .optional(),
    financien: finance.optional(),
  })
  .describe(
    'Eén raadsstuk: collegevoorstel en raadsinformatiebrief uit één bron.',
  )

/** A besluit as the source gives it, after validation. */
export type Besluit = z.output<typeof besluitSchema>
/** Markdown prose: inline text or a file reference. */
export type Prose = z.output<typeof prose>
/** A besluit's own section, with its heading. */
export type EigenSectie = z.output<typeof eigenSectie>
/** A bijlage of a besluit. */
export type Bijlage = z.output<typeof bijlage>
/** A section: shared prose or parts. */
export type Section = z.output<typeof section>
/** A beslispunt as the source gives it, with its onderdelen. */
export type Beslispunt = z.output<typeof beslispunt>
/** The finance data of a besluit. */
export type Finance = z.output<typeof finance>
/** The volunteer vergoeding. */
export type Vergoeding = z.output<typeof vergoeding>
/** A named member of the vergoeding. */
export type Lid = z.output<typeof lid>
/** The dekking of one year or a range of years. */
export type Dekking = NonNullable<Finance['dekking']>[number]
/** One line of the finance table. */
export type TableLine = z.output<typeof tableLine>
/** Which document a part belongs to. */
export type DocumentName = z.output<typeof documentName>

/** Options of {@link createJsonSchema}. */
export interface JsonSchemaOptions {
  /** The ids of the document types a part can be `alleen` in. */
  readonly documents: readonly string[]
}

/** The JSON Schema for editors (draft-07, which the YAML language server reads), generated from the zod schema. */
export function createJsonSchema(
  options: JsonSchemaOptions,
): Record<string, unknown> {
  return z.toJSONSchema(besluitSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-7',
    override: ({zodSchema, jsonSchema}) => {
      if (zodSchema === documentName) jsonSchema.enum = [...options.documents]
    },
  }) as Record<string, unknown>
}
