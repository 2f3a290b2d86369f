/**
 * The package's table of tax-free volunteer allowances
 * (`data/belastingvrije-vergoedingen.yaml`), read once per process.
 */
import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {
  parseTaxLimits,
  taxLimitsFile,
  type TaxFreeLimits,
} from '../compute/tax-limits.js'

const path = fileURLToPath(new URL('../../' + taxLimitsFile, import.meta.url))
let loaded: Promise<TaxFreeLimits> | undefined

/** The limits that ship with raadsstuk. */
export function loadTaxLimits(): Promise<TaxFreeLimits> {
  loaded ??= readFile(path, 'utf8').then((text) =>
    parseTaxLimits(parse(text) as unknown),
  )
  return loaded
}
