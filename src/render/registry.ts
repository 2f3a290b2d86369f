/**
 * The registry of document types: one entry per type says what the type is
 * called, which template and sections it has, who proposes and who decides,
 * and how its view is built. Every other module asks the registry, so adding
 * a type is one entry plus its templates. Pure.
 */
import type {Besluit} from '../check/schema.js'
import type {SectionName} from '../check/section-names.js'
import type {CommonView, ViewInput} from './view-model.js'

/** One type of document a besluit can be published as. */
export interface DocumentType<View extends CommonView = CommonView> {
  /** Stable id: the value of `alleen:` in a source, the key in the diff. */
  readonly id: string
  /** Its name as a heading, such as `Collegevoorstel`. */
  readonly title: string
  /** Its name with article, in running text, such as `het collegevoorstel`. */
  readonly withArticle: string
  /** The output file's name without extension, such as `collegevoorstel`. */
  readonly fileName: string
  /** The Handlebars layout, `templates/<template>.hbs`. */
  readonly template: string
  /** The shared sections (`secties:`) it shows, in the order it shows them. */
  readonly sections: readonly SectionName[]
  /** The body that proposes, such as `college`. */
  readonly proposedBy: string
  /** The body that decides, such as `raad`; `undefined` when it only informs. */
  readonly decidedBy: string | undefined
  /** Whether a besluit has this document (default: every besluit has it). */
  readonly appliesTo?: (besluit: Besluit) => boolean
  /** Its subject for a besluit: the PDF title and the running header after the type's title. */
  readonly subject: (besluit: Besluit) => string
  /** Build the view its template shows. */
  readonly buildView: (input: ViewInput, type: DocumentType) => View
}

/** A set of document types, in the order a besluit's documents are made. */
export interface Registry {
  readonly types: readonly DocumentType[]
  /** The type with this id, or `undefined`. */
  get(id: string): DocumentType | undefined
  /** The types a besluit is published as, in registry order. */
  documentsFor(besluit: Besluit): DocumentType[]
}

/** A registry of these types; ids must be unique. */
export function createRegistry(types: readonly DocumentType[]): Registry {
  const list = [...types]
  const byId = new Map<string, DocumentType>()
  for (const type of list) {
    if (byId.has(type.id))
      throw new Error(
        'Expected unique document type ids, not `' + type.id + '` twice',
      )
    byId.set(type.id, type)
  }
  return {
    types: list,
    get: (id) => byId.get(id),
    documentsFor: (besluit) =>
      list.filter((type) => type.appliesTo?.(besluit) ?? true),
  }
}
