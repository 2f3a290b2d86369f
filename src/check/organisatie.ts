/**
 * The organisation a besluit belongs to: `organisatie.yaml` read with
 * positions and checked, its defaults filled in from its kind, and a besluit's
 * own `organisatie:` laid over it. Pure.
 */
import type {VFile} from 'vfile'
import {report} from '../messages/problem.js'
import {parseYaml, placeOf, type ParsedYaml} from '../parse/yaml.js'
import {validateSchema} from './schema-problems.js'
import {
  organisatieSchema,
  type DocumentId,
  type Kopveld,
  type OrganisatieOverride,
  type OrganisatieSource,
  type Soort,
} from './organisatie-schema.js'
import type {Cents} from '../compute/money.js'

/** The name of an organisation's file at a content root. */
export const organisatieFileName = 'organisatie.yaml'

/** A body of the organisation. */
export interface Orgaan {
  /** As it stands in a sentence: `college van burgemeester en wethouders`. */
  readonly naam: string
  /** How the text refers to it further: `het college`. */
  readonly kort: string
}

/** An organisation with every default filled in. */
export interface Organisatie {
  readonly naam: string
  readonly soort: Soort
  /** The name without its kind: `Zeewolde`, `Flevoland`. */
  readonly korteNaam: string
  readonly dagelijksBestuur: Orgaan
  readonly algemeenBestuur: Orgaan
  /** Who signs a proposal in the besluit's preamble: `burgemeester en wethouders`. */
  readonly voorsteller: string
  /** The opening line of a besluit of the algemeen bestuur: `De raad van de gemeente Zeewolde`. */
  readonly aanhef: string
  /** Who signs a besluit of the algemeen bestuur, in order. */
  readonly ondertekening: readonly string[]
  /** Who signs a letter of the dagelijks bestuur, in order. */
  readonly ondertekeningBestuur: readonly string[]
  /** The sender of a letter of the dagelijks bestuur, as a header field: `Burgemeester en Wethouders`. */
  readonly afzenderBestuur: string
  readonly documenten: Readonly<
    Record<DocumentId, {readonly titel: string; readonly bestand: string}>
  >
  readonly logo: string | undefined
  readonly huisstijl: Readonly<Record<string, string>>
  readonly koppen: Readonly<Record<string, string>>
  readonly nummering: '1.1' | '1.a'
  readonly sectievolgorde: readonly string[] | undefined
  readonly kopvelden: readonly Kopveld[]
  /** How finance tables show amounts unless a table says `schaal`: 1 in euros, 1000 "x € 1.000". */
  readonly tabelschaal: 1 | 1000
  readonly vergoedingsgrenzen: ReadonlyArray<{
    readonly jaar: number
    readonly perMaand: Cents
    readonly perJaar: Cents
  }>
}

interface KindDefaults {
  readonly prefix: RegExp
  readonly dagelijksBestuur: Orgaan
  readonly algemeenBestuur: Orgaan
  readonly voorsteller: string
  readonly aanhef: (korteNaam: string, naam: string) => string
  readonly ondertekening: readonly string[]
  readonly ondertekeningBestuur: readonly string[]
  readonly afzenderBestuur: string
  readonly documenten: Organisatie['documenten']
  /** Words that belong to other kinds and must not name this kind's bodies. */
  readonly vreemd: RegExp
}

// "college" is left out: a hoogheemraadschap has a college of dijkgraaf and
// heemraden, and a province speaks of the college of Gedeputeerde Staten.
const gemeenteWoorden = /gemeente|burgemeester|wethouder|\braad\b/i
const provincieWoorden = /staten|gedeputeerde|provincie|commissaris/i
const waterschapWoorden = /dijkgraaf|heemraad|waterschap|algemeen bestuur/i

/** What follows from each kind. */
export const kindDefaults: Readonly<Record<Soort, KindDefaults>> = {
  gemeente: {
    prefix: /^gemeente\s+/i,
    dagelijksBestuur: {
      naam: 'college van burgemeester en wethouders',
      kort: 'het college',
    },
    algemeenBestuur: {naam: 'gemeenteraad', kort: 'de raad'},
    voorsteller: 'burgemeester en wethouders',
    aanhef: (korteNaam) => 'De raad van de gemeente ' + korteNaam,
    ondertekening: ['de griffier', 'de voorzitter'],
    ondertekeningBestuur: ['de secretaris', 'de burgemeester'],
    afzenderBestuur: 'Burgemeester en Wethouders',
    documenten: {
      collegevoorstel: {titel: 'Collegevoorstel', bestand: 'collegevoorstel'},
      raadsinformatiebrief: {
        titel: 'Raadsinformatiebrief',
        bestand: 'raadsinformatiebrief',
      },
      raadsvoorstel: {titel: 'Raadsvoorstel', bestand: 'raadsvoorstel'},
      raadsbesluit: {titel: 'Raadsbesluit', bestand: 'raadsbesluit'},
    },
    vreemd: new RegExp(
      provincieWoorden.source + '|' + waterschapWoorden.source,
      'i',
    ),
  },
  provincie: {
    prefix: /^provincie\s+/i,
    dagelijksBestuur: {
      naam: 'Gedeputeerde Staten',
      kort: 'Gedeputeerde Staten',
    },
    algemeenBestuur: {naam: 'Provinciale Staten', kort: 'Provinciale Staten'},
    voorsteller: 'Gedeputeerde Staten',
    aanhef: (korteNaam) => 'Provinciale Staten van ' + korteNaam,
    ondertekening: ['de griffier', 'de voorzitter'],
    ondertekeningBestuur: ['de secretaris', 'de voorzitter'],
    afzenderBestuur: 'Gedeputeerde Staten',
    documenten: {
      collegevoorstel: {titel: 'GS-voorstel', bestand: 'gs-voorstel'},
      raadsinformatiebrief: {
        titel: 'Statenmededeling',
        bestand: 'statenmededeling',
      },
      raadsvoorstel: {titel: 'Statenvoorstel', bestand: 'statenvoorstel'},
      raadsbesluit: {titel: 'Statenbesluit', bestand: 'statenbesluit'},
    },
    vreemd: new RegExp(
      gemeenteWoorden.source + '|' + waterschapWoorden.source,
      'i',
    ),
  },
  waterschap: {
    prefix: /^(?:waterschap|hoogheemraadschap)\s+/i,
    dagelijksBestuur: {
      naam: 'dagelijks bestuur',
      kort: 'het dagelijks bestuur',
    },
    algemeenBestuur: {naam: 'algemeen bestuur', kort: 'het algemeen bestuur'},
    voorsteller: 'het dagelijks bestuur',
    aanhef: (_korteNaam, naam) => 'Het algemeen bestuur van ' + naam,
    ondertekening: ['de secretaris-directeur', 'de dijkgraaf'],
    ondertekeningBestuur: ['de secretaris-directeur', 'de dijkgraaf'],
    afzenderBestuur: 'Dagelijks bestuur',
    documenten: {
      collegevoorstel: {titel: 'DB-voorstel', bestand: 'db-voorstel'},
      raadsinformatiebrief: {
        titel: 'Informatiebrief algemeen bestuur',
        bestand: 'ab-informatiebrief',
      },
      raadsvoorstel: {titel: 'AB-voorstel', bestand: 'ab-voorstel'},
      raadsbesluit: {titel: 'AB-besluit', bestand: 'ab-besluit'},
    },
    vreemd: new RegExp(
      gemeenteWoorden.source + '|' + provincieWoorden.source,
      'i',
    ),
  },
}

/** The default kopvelden: the ones today's documents show. */
const defaultKopvelden: readonly Kopveld[] = ['portefeuillehouder']

const parsedFiles = new WeakMap<VFile, OrganisatieSource | undefined>()

/**
 * Read and check `organisatie.yaml`. Several besluiten share one file, so it
 * is checked once and its messages are added once.
 */
export function readOrganisatie(
  file: VFile,
  assets: ReadonlyMap<string, Uint8Array>,
): OrganisatieSource | undefined {
  if (parsedFiles.has(file)) return parsedFiles.get(file)
  const parsed = parseYaml(file)
  const source = parsed ? validateOrganisatie(parsed, assets) : undefined
  parsedFiles.set(file, source)
  return source
}

function validateOrganisatie(
  parsed: ParsedYaml,
  assets: ReadonlyMap<string, Uint8Array>,
): OrganisatieSource | undefined {
  const source = validateSchema(parsed, {
    schema: organisatieSchema,
    emptyHint:
      'een organisatie heeft ten minste `naam:` en `soort:`, zoals `naam: Provincie Flevoland` en `soort: provincie`',
  })
  if (!source) return undefined
  let valid = checkBodies(parsed, [], source)
  if (source.logo !== undefined && !assets.has(source.logo)) {
    valid = false
    report(
      parsed.file,
      'het logo `' + source.logo + '` staat niet in de map van de organisatie',
      {
        place: placeOf(parsed, ['logo']),
        ruleId: 'file-missing',
        hint: 'zet het bestand naast `organisatie.yaml`, of verbeter de naam',
      },
    )
  }
  return valid ? source : undefined
}

/**
 * Whether the bodies fit the kind: a province has no gemeenteraad, a
 * municipality no Provinciale Staten. Reports at `base` + the body's path.
 */
export function checkBodies(
  parsed: ParsedYaml,
  base: readonly PropertyKey[],
  value: Pick<OrganisatieOverride, 'dagelijksBestuur' | 'algemeenBestuur'>,
  soort?: Soort,
): boolean {
  const kind = soort ?? (value as {soort?: Soort}).soort
  if (!kind) return true
  let fits = true
  for (const key of ['dagelijksBestuur', 'algemeenBestuur'] as const) {
    for (const part of ['naam', 'kort'] as const) {
      const text = value[key]?.[part]
      if (text === undefined || !kindDefaults[kind].vreemd.test(text)) continue
      fits = false
      report(
        parsed.file,
        '`' +
          [...base, key, part].join('.') +
          '`: `' +
          text +
          '` past niet bij een ' +
          kind,
        {
          place: placeOf(parsed, [...base, key, part]),
          ruleId: 'body-kind',
          hint:
            'een ' +
            kind +
            ' heeft ' +
            kindDefaults[kind].dagelijksBestuur.naam +
            ' en ' +
            kindDefaults[kind].algemeenBestuur.naam +
            '; laat `' +
            key +
            '` weg voor de standaard, of kies de goede `soort`',
        },
      )
    }
  }
  return fits
}

/** An organisation with the defaults of its kind, and a besluit's override laid over it. */
export function resolveOrganisatie(
  source: Pick<OrganisatieSource, 'naam' | 'soort'> &
    Partial<OrganisatieSource>,
  override: OrganisatieOverride = {},
): Organisatie {
  const merged = {
    ...source,
    ...definedOnly(override),
    naam: override.naam ?? source.naam,
    soort: override.soort ?? source.soort,
  }
  const kind = kindDefaults[merged.soort]
  const korteNaam =
    merged.korteNaam ?? merged.naam.replace(kind.prefix, '').trim()
  const documenten = Object.fromEntries(
    Object.entries(kind.documenten).map(([id, standard]) => [
      id,
      {
        ...standard,
        ...definedOnly(merged.documenten?.[id as DocumentId] ?? {}),
      },
    ]),
  ) as Organisatie['documenten']
  const dagelijksBestuur = body(merged.dagelijksBestuur, kind.dagelijksBestuur)
  return {
    naam: merged.naam,
    soort: merged.soort,
    korteNaam,
    dagelijksBestuur,
    algemeenBestuur: body(merged.algemeenBestuur, kind.algemeenBestuur),
    voorsteller: merged.dagelijksBestuur
      ? dagelijksBestuur.naam
      : kind.voorsteller,
    aanhef: kind.aanhef(korteNaam, merged.naam),
    ondertekening: kind.ondertekening,
    ondertekeningBestuur: kind.ondertekeningBestuur,
    afzenderBestuur: merged.dagelijksBestuur
      ? capitalize(dagelijksBestuur.naam)
      : kind.afzenderBestuur,
    documenten,
    logo: merged.logo,
    huisstijl: definedOnly(merged.huisstijl ?? {}) as Record<string, string>,
    koppen: definedOnly(merged.koppen ?? {}) as Record<string, string>,
    nummering: merged.nummering ?? '1.1',
    sectievolgorde: merged.sectievolgorde,
    kopvelden: merged.kopvelden ?? defaultKopvelden,
    tabelschaal: merged.tabelschaal ?? 1,
    vergoedingsgrenzen: merged.vergoedingsgrenzen ?? [],
  }
}

/** The organisation of a besluit that only names its municipality (`gemeente: Amersfoort`), as before organisations existed. */
export function gemeenteOrganisatie(gemeente: string): Organisatie {
  return resolveOrganisatie({
    naam: 'Gemeente ' + gemeente,
    soort: 'gemeente',
    korteNaam: gemeente,
  })
}

function body(
  given: {naam: string; kort?: string | undefined} | undefined,
  standard: Orgaan,
): Orgaan {
  if (!given?.naam) return standard
  return {naam: given.naam, kort: given.kort ?? given.naam}
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
