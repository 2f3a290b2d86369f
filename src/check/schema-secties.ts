/**
 * The text of the documents around the beslispunten: the fixed sections
 * (shared prose, or parts `alleen` in one document), a besluit's own
 * sections and its bijlagen.
 */
import {z} from 'zod'
import {sectionNames, type SectionName} from './section-names.js'
import {documentName, id, isOutside, prose} from './schema-values.js'

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

/** A section: shared prose, or parts of which some are in one document only. */
export const section = z
  .union([prose, z.array(part).min(1)])
  .describe(
    'Een paragraaf: Markdown die in beide documenten staat, of een lijst delen waarvan sommige `alleen` in één document staan.',
  )

/** The fixed sections, by name. */
export const sections = z.strictObject(
  Object.fromEntries(
    sectionNames.map((name) => [name, section.optional()]),
  ) as Record<SectionName, z.ZodOptional<typeof section>>,
)

/** A besluit's own section, with its heading. */
export const eigenSectie = z
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

/** A bijlage: its title, and perhaps its file. */
export const bijlage = z
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
