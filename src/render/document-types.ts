/** The document types raadsstuk knows by default, in the order they are made. */
import {collegevoorstel} from './collegevoorstel.js'
import {raadsinformatiebrief} from './raadsinformatiebrief.js'
import {raadsvoorstel} from './raadsvoorstel.js'
import {raadsbesluit} from './raadsbesluit.js'
import {createRegistry, type DocumentType} from './registry.js'

/**
 * The default types: the collegevoorstel and the raadsinformatiebrief, and
 * for a besluit that goes to the raad the raadsvoorstel and raadsbesluit.
 */
export const defaultDocumentTypes: readonly DocumentType[] = [
  collegevoorstel,
  raadsinformatiebrief,
  raadsvoorstel,
  raadsbesluit,
]

/** The registry of the default types. */
export const defaultRegistry = createRegistry(defaultDocumentTypes)
