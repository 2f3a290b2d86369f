/**
 * What the RIB register needs of a besluit's source before it is compiled:
 * its date, status and number, read loosely from the YAML (the compile step
 * reports whatever else is wrong), with the places to report problems at.
 * Pure: it reads the file without reporting, and its parse is the one the
 * compile step reports from.
 */
import type {VFile} from 'vfile'
import type {Point} from '../messages/problem.js'
import {placeOf, readYaml} from '../parse/yaml.js'
import type {RibClaim} from './rib-register.js'

/** A claim with the places of the fields it was read from. */
export interface PlacedClaim extends RibClaim {
  /** Where the status and the number are written. */
  readonly places: {readonly status: Point; readonly ribNummer: Point}
}

/** Read the claim of a source; `undefined` when it is no YAML map with a date. */
export function readRibClaim(
  name: string,
  file: VFile,
  previous: RibClaim['previous'],
): PlacedClaim | undefined {
  const parsed = readYaml(file)
  const value = parsed?.value
  if (!parsed || typeof value !== 'object' || value === null) return undefined
  const source = value as Record<string, unknown>
  const datum = source['datum']
  if (typeof datum !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(datum))
    return undefined
  const publicatie = source['publicatie']
  const ribNummer =
    typeof publicatie === 'object' && publicatie !== null
      ? (publicatie as Record<string, unknown>)['ribNummer']
      : undefined
  return {
    name,
    datum,
    hasRib: source['raadsinformatiebrief'] !== undefined,
    status: String(source['status']),
    ribNummer: typeof ribNummer === 'string' ? ribNummer : undefined,
    ...(previous ? {previous} : {}),
    places: {
      status: placeOf(parsed, ['status']),
      ribNummer: placeOf(parsed, ['publicatie', 'ribNummer']),
    },
  }
}
