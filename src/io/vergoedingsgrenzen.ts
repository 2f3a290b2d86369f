/**
 * The package's table of tax-free volunteer allowances
 * (`data/belastingvrije-vergoedingen.yaml`), read once per process.
 */
import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {
  parseVergoedingsgrenzen,
  vergoedingsgrenzenFile,
  type Vergoedingsgrenzen,
} from '../compute/vergoedingsgrenzen.js'

const path = fileURLToPath(
  new URL('../../' + vergoedingsgrenzenFile, import.meta.url),
)
let loaded: Promise<Vergoedingsgrenzen> | undefined

/** The vergoedingsgrenzen that ship with raadsstuk. */
export function loadVergoedingsgrenzen(): Promise<Vergoedingsgrenzen> {
  loaded ??= readFile(path, 'utf8').then((text) =>
    parseVergoedingsgrenzen(parse(text) as unknown),
  )
  return loaded
}
