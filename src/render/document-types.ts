/** The document types raadsstuk knows by default, in the order they are made. */
import {collegevoorstel} from './collegevoorstel.js'
import {raadsinformatiebrief} from './raadsinformatiebrief.js'
import {createRegistry, type DocumentType} from './registry.js'

/** The default types: the collegevoorstel and the raadsinformatiebrief. */
export const defaultDocumentTypes: readonly DocumentType[] = [
  collegevoorstel,
  raadsinformatiebrief,
]

/** The registry of the default types. */
export const defaultRegistry = createRegistry(defaultDocumentTypes)
