/**
 * What the pipeline gives for one besluit: its files with their messages,
 * the checked besluit, the computed finance, the rendered documents and what
 * the site quotes of it.
 */
import type {VFile} from 'vfile'
import type {Organisatie} from '../check/organisatie.js'
import type {Besluit} from '../check/schema.js'
import type {FinanceResult} from '../compute/finance.js'
import type {PdfMetadata} from './documents.js'

/** A rendered document. */
export interface RenderedDocument {
  /** The id of its document type, such as `collegevoorstel`. */
  readonly type: string
  /** The output file's name without extension. */
  readonly fileName: string
  /** Its type's title, such as `Collegevoorstel`. */
  readonly title: string
  readonly html: string
  /** What its PDF says about itself. */
  readonly metadata: PdfMetadata
}

/** What came of one besluit. */
export interface BesluitResult {
  readonly name: string
  /** Every file with its messages. */
  readonly files: readonly VFile[]
  readonly besluit: Besluit | undefined
  readonly finance: FinanceResult | undefined
  /** The documents; empty when the besluit has errors. */
  readonly documents: readonly RenderedDocument[]
  /** The beslispunten and summary as rendered HTML, for the site and open data (default: none). */
  readonly abstract?: BesluitAbstract
  /** The organisation it speaks for, once known (default: none). */
  readonly organisatie?: Organisatie
}

/** A beslispunt or onderdeel as the site quotes it. */
export interface AbstractBeslispunt {
  readonly id: string
  /** `3`, or `3a` for an onderdeel. */
  readonly number: string
  readonly html: string
}

/** What the site, the besluitenlijst and the open data quote of a besluit. */
export interface BesluitAbstract {
  readonly beslispunten: ReadonlyArray<
    AbstractBeslispunt & {readonly onderdelen: readonly AbstractBeslispunt[]}
  >
  /** The voorblad's samenvatting, HTML. */
  readonly samenvatting: string
}
