/**
 * The organisation a besluit belongs to: `organisatie.yaml` read with
 * positions and checked once, however many besluiten share it. Its defaults
 * are in `organisatie-defaults.ts`, what follows from its kind in
 * `organisatie-soorten.ts`. Pure.
 */
import type {VFile} from 'vfile'
import type {Problem} from '../messages/problem.js'
import {parseYaml, type ParsedYaml} from '../parse/yaml.js'
import {placeProblems} from '../parse/place.js'
import {validateSchema} from './schema-problems.js'
import {
  organisatieSchema,
  type OrganisatieOverride,
  type OrganisatieSource,
} from './organisatie-schema.js'
import type {Kopveld, Soort} from './organisatie-namen.js'
import {
  kindDefaults,
  type DocumentNamen,
  type Orgaan,
} from './organisatie-soorten.js'
import type {Cents} from '../compute/money.js'

/** The name of an organisation's file at a content root. */
export const organisatieFileName = 'organisatie.yaml'

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
  readonly documenten: DocumentNamen
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
  const problems = bodyProblems([], source)
  if (source.logo !== undefined && !assets.has(source.logo))
    problems.push({
      path: ['logo'],
      reason:
        'het logo `' +
        source.logo +
        '` staat niet in de map van de organisatie',
      ruleId: 'file-missing',
      hint: 'zet het bestand naast `organisatie.yaml`, of verbeter de naam',
    })
  placeProblems(parsed, problems)
  return problems.length === 0 ? source : undefined
}

/**
 * Bodies that do not fit the kind: a province has no gemeenteraad, a
 * municipality no Provinciale Staten. Their paths start at `base`.
 */
export function bodyProblems(
  base: readonly PropertyKey[],
  value: Pick<OrganisatieOverride, 'dagelijksBestuur' | 'algemeenBestuur'>,
  soort?: Soort,
): Problem[] {
  const kind = soort ?? (value as {soort?: Soort}).soort
  if (!kind) return []
  const problems: Problem[] = []
  for (const key of ['dagelijksBestuur', 'algemeenBestuur'] as const) {
    for (const part of ['naam', 'kort'] as const) {
      const text = value[key]?.[part]
      if (text === undefined || !kindDefaults[kind].vreemd.test(text)) continue
      problems.push({
        path: [...base, key, part],
        reason:
          '`' +
          [...base, key, part].join('.') +
          '`: `' +
          text +
          '` past niet bij een ' +
          kind,
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
      })
    }
  }
  return problems
}
