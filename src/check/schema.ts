/**
 * The source format of one besluit (`besluit.yaml`), defined once with zod.
 * The TypeScript types, the runtime validation and the JSON Schema for editors
 * all come from here; its parts are in the `schema-*.ts` modules beside it.
 */
import {z} from 'zod'
import {createPublicatieSchema, statusSchema} from './schema-publicatie.js'
import {organisatieOverrideSchema} from './organisatie-schema.js'
import {createRaadsvoorstelSchema} from './schema-raadsvoorstel.js'
import {sectionNames, type SectionName} from './section-names.js'
import {date, documentName, isOutside, prose} from './schema-values.js'
import {beslispunt, redenering} from './schema-beslispunten.js'
import {finance, lid, tableLine, vergoeding} from './schema-tabellen.js'
import {bijlage, eigenSectie, section, sections} from './schema-secties.js'

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
    'Eén besluit: collegevoorstel, raadsinformatiebrief en raadsvoorstel met raadsbesluit uit één bron.',
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
