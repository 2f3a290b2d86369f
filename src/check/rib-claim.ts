/**
 * What the RIB register needs of a besluit's source before it is compiled:
 * its date, status and number, read loosely from the YAML (the compile step
 * reports whatever else is wrong). Pure: it reads the file without
 * reporting, and its parse is the one the compile step reports from.
 */
import type {VFile} from 'vfile'
import {readYaml} from '../parse/yaml.js'
import type {RibClaim} from './rib-register.js'

/** Read the claim of a source; `undefined` when it is no YAML map with a date. */
export function readRibClaim(
  name: string,
  file: VFile,
): Omit<RibClaim, 'previous'> | undefined {
  const value = readYaml(file)?.value
  if (typeof value !== 'object' || value === null) return undefined
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
  }
}
