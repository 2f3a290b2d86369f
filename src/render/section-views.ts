/**
 * The shared sections (`secties:`) as a document type shows them: each
 * with its heading (the besluit's, the organisation's or the default), and
 * the parts meant for that type, text or a finance table. Pure.
 */
import type {Section} from '../check/schema.js'
import type {SectionName} from '../check/section-names.js'
import type {DocumentType} from './registry.js'
import {buildTableView, type TableView} from './table-view.js'
import type {PartView, SectionView, ViewInput} from './view-model.js'

/** The heading of each section where neither the besluit nor the organisation words it. */
const defaultHeadings: Record<SectionName, string> = {
  aanleiding: 'Aanleiding',
  beoogdEffect: 'Beoogd effect',
  duurzaamheid: 'Duurzaamheid',
  financien: 'Financiën',
  risicoparagraaf: 'Risicoparagraaf',
  communicatieboodschap: 'Communicatieboodschap',
  communicatie: 'Communicatie',
  vervolgstappen: 'Vervolgstappen',
}

/** The shared sections named, with the parts meant for this document type. */
export function sectionViews(
  input: ViewInput,
  names: readonly SectionName[],
  type: DocumentType,
): SectionView[] {
  const views: SectionView[] = []
  for (const name of names) {
    const section: Section | undefined = input.besluit.secties[name]
    if (section === undefined) continue
    const path = ['secties', name]
    const parts: PartView[] = Array.isArray(section)
      ? section.flatMap((part, index): PartView[] => {
          if (part.alleen !== undefined && part.alleen !== type.id) return []
          if (part.tabel) {
            const table = tableView(input, part.tabel)
            return table ? [{html: '', table}] : []
          }
          return part.tekst === undefined
            ? []
            : [
                {
                  html: input.renderProse(
                    [...path, index, 'tekst'],
                    part.tekst,
                  ),
                  table: false,
                },
              ]
        })
      : [{html: input.renderProse(path, section), table: false}]
    if (parts.length === 0) continue
    views.push({
      id: name,
      heading:
        input.besluit.koppen[name] ??
        input.organisatie.koppen[name] ??
        defaultHeadings[name],
      parts,
      redeneringen: [],
      bijlagen: [],
    })
  }
  return views
}

/** The view of the table a part places: `true` for `financien.tabel`, an id for one of `financien.tabellen`. */
function tableView(input: ViewInput, which: true | string): TableView | false {
  if (which === true) return input.table ? buildTableView(input.table) : false
  const named = input.tables?.find((entry) => entry.id === which)
  return named ? buildTableView(named.table, named.title) : false
}
