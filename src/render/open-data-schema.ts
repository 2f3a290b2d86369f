/**
 * The shape of `out/<besluit>/besluit.json`, defined once with zod: the
 * JSON Schema in `schema/besluit.schema.json` and the tests come from here.
 * Field names follow Popolo's Motion (popoloproject.com/specs/motion.html)
 * with the Open Raadsinformatie extension (github.com/argu-co/popolo-ori);
 * what those models do not have is added in Dutch, the council's words.
 * Amounts are numbers in euros.
 */
import {z} from 'zod'

const euro = z
  .number()
  .describe('Bedrag in euro’s (getal, hoogstens twee decimalen).')
const perYear = z
  .record(z.string().regex(/^\d{4}$/), euro)
  .describe('Bedragen per kalenderjaar.')
const link = z.strictObject({
  '@type': z.literal('Attachment'),
  name: z.string().describe('De titel van het document of de bijlage.'),
  contentUrl: z
    .string()
    .describe('Het bestand, relatief aan deze besluit.json.'),
  fileFormat: z
    .string()
    .describe(
      'Het mediatype: `text/html` en `application/pdf` voor de documenten, dat van het bestand voor een bijlage.',
    ),
})

/** The schema of the open data of one besluit. */
export const openDataSchema = z
  .strictObject({
    '@context': z
      .string()
      .describe('De JSON-LD-context, naast de map van het besluit.'),
    '@type': z.literal('Motion'),
    id: z.string().describe('De naam van het besluit (de map in content/).'),
    text: z.string().describe('Het onderwerp.'),
    classification: z
      .string()
      .describe(
        'Het soort voorstel, zoals de organisatie het stuk van het dagelijks bestuur noemt: `collegevoorstel`, `gs-voorstel`, `db-voorstel`.',
      ),
    date: z.string().describe('Datum van de collegevergadering, jjjj-mm-dd.'),
    result: z
      .enum(['concept', 'vastgesteld', 'verzonden'])
      .describe('De status van het besluit.'),
    organization: z.strictObject({
      name: z.string().describe('De organisatie, zoals `Gemeente Amersfoort`.'),
      classification: z
        .string()
        .describe(
          'Het bestuur dat besluit, zoals `college van burgemeester en wethouders` of `Gedeputeerde Staten`.',
        ),
    }),
    creator: z
      .array(z.strictObject({name: z.string()}))
      .describe('De portefeuillehouders.'),
    identifiers: z
      .array(
        z.strictObject({
          identifier: z.string(),
          scheme: z.enum(['ribnummer', 'registratienummer', 'zaaknummer']),
        }),
      )
      .describe(
        'Popolo-identifiers: RIB-nummer, registratienummer, zaaknummer.',
      ),
    attachment: z
      .array(link)
      .describe('De documenten, HTML en PDF, en de bijlagen met een bestand.'),
    beslispunten: z.array(
      z.strictObject({
        id: z.string(),
        position: z.int().min(1).describe('Het nummer van het beslispunt.'),
        text: z.string(),
      }),
    ),
    publicatie: z.strictObject({
      ribNummer: z
        .string()
        .optional()
        .describe('Nummer van de raadsinformatiebrief, jjjj-nnn.'),
      ribNummerVoorlopig: z
        .boolean()
        .describe('Het nummer is gegeven, maar de RIB is nog niet verzonden.'),
      ribTitel: z.string().optional(),
      agendapunt: z.string().optional(),
      verzonden: z
        .string()
        .optional()
        .describe('Datum van verzending, jjjj-mm-dd.'),
    }),
    financien: z
      .strictObject({
        eenheid: z.literal('euro'),
        vergoeding: z
          .strictObject({
            tarief: euro.describe('Per persoon per maand.'),
            maximumPerJaar: euro,
            leden: z.int(),
            van: z.string().describe('Eerste maand, jjjj-mm.'),
            tot: z.string().describe('Laatste maand, jjjj-mm.'),
            maanden: z.int(),
            persoonsmaanden: z.int(),
            perJaar: perYear,
            totaal: euro.describe(
              'Totaal van de vergoeding over de hele periode.',
            ),
          })
          .optional(),
        subsidies: z.array(
          z.strictObject({
            id: z.string(),
            naam: z.string(),
            totaal: euro,
            rest: euro.describe('Totaal min de oormerken.'),
            cofinanciering: euro.optional(),
          }),
        ),
        tabel: z.strictObject({
          jaren: z.array(z.int()),
          lasten: perYear,
          baten: perYear,
          saldo: perYear.describe('Baten min lasten.'),
        }),
        begrotingswijzigingen: z
          .array(
            z.strictObject({
              nummer: z.string().describe('Het nummer, zoals `2026-012`.'),
              jaren: z.array(z.int()),
              regels: z
                .array(
                  z.strictObject({
                    groep: z.enum([
                      'lasten',
                      'baten',
                      'toevoegingen',
                      'onttrekkingen',
                    ]),
                    programma: z.string(),
                    bedragen: perYear,
                  }),
                )
                .describe(
                  'Per groep (lasten, baten, toevoegingen aan en onttrekkingen uit reserves) de bedragen van elk programma.',
                ),
              saldo: perYear.describe('Baten min lasten.'),
              resultaat: perYear.describe(
                'Saldo plus onttrekkingen min toevoegingen: € 0, of gedekt.',
              ),
            }),
          )
          .optional()
          .describe('De begrotingswijzigingen die het besluit vaststelt.'),
      })
      .optional(),
  })
  .describe(
    'Open data van één besluit van raadsstuk: Popolo Motion met de Open Raadsinformatie-uitbreiding.',
  )

/** The open data of one besluit. */
export type OpenData = z.input<typeof openDataSchema>

/** The JSON Schema of `besluit.json` (draft 2020-12). */
export function createOpenDataJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(openDataSchema, {io: 'input'}) as Record<
    string,
    unknown
  >
}
