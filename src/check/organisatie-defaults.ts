/**
 * An organisation with every default filled in: what its file (or a
 * besluit's `organisatie:`) leaves out follows from its kind, and a besluit's
 * own `organisatie:` is laid over the file. Pure.
 */
import type {Organisatie} from './organisatie.js'
import {kindDefaults, type Orgaan} from './organisatie-soorten.js'
import type {DocumentId, Kopveld} from './organisatie-namen.js'
import type {
  OrganisatieOverride,
  OrganisatieSource,
} from './organisatie-schema.js'

/** The default kopvelden: the ones today's documents show. */
const defaultKopvelden: readonly Kopveld[] = ['portefeuillehouder']

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
