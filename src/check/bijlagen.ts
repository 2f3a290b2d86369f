/**
 * The files of the bijlagen: each is a file in the besluit's own folder (not
 * a link to outside it), not too large, and not named like one of the
 * documents it will stand beside in `out/`. Pure: what the folder holds
 * comes in as its entries, the problems go out with a path into the source.
 */
import type {Problem} from '../messages/problem.js'
import {didYouMean} from '../messages/suggest.js'
import type {FolderEntry} from '../compile.js'
import type {Besluit} from './schema.js'

/** The largest bijlage that is copied beside the documents. */
export const maxBijlageBytes = 50 * 1024 * 1024

/**
 * Every bijlage whose file is missing, outside the folder, too large or
 * named like an output; `taken` are the names of the outputs.
 */
export function checkBijlagen(
  besluit: Besluit,
  entries: ReadonlyMap<string, FolderEntry>,
  taken: readonly string[],
): Problem[] {
  const problems: Problem[] = []
  const files = [...entries]
    .filter(([, entry]) => entry.kind === 'file')
    .map(([name]) => name)
  besluit.bijlagen.forEach((bijlage, index) => {
    const name = bijlage.bestand
    if (name === undefined) return
    const entry = entries.get(name)
    const problem =
      entry?.kind === 'outside'
        ? {
            reason:
              'bijlage `' +
              name +
              '` is een koppeling naar een bestand buiten de map van dit besluit',
            ruleId: 'file-outside',
            hint: 'zet het bestand zelf in de map van het besluit, niet een koppeling ernaar',
          }
        : entry?.kind !== 'file'
          ? {
              reason: 'bijlage `' + name + '` bestaat niet',
              ruleId: 'file-missing',
              hint:
                didYouMean(name, files) ??
                'zet het bestand in de map van dit besluit (bestanden daar: ' +
                  (files.join(', ') || 'geen') +
                  ')',
            }
          : entry.size > maxBijlageBytes
            ? {
                reason:
                  'bijlage `' +
                  name +
                  '` is te groot (' +
                  Math.ceil(entry.size / 1024 / 1024) +
                  ' MB; hoogstens ' +
                  maxBijlageBytes / 1024 / 1024 +
                  ' MB)',
                ruleId: 'file-too-large',
                hint: 'verklein het bestand, of noem de bijlage zonder `bestand` en verwijs naar waar zij staat',
              }
            : taken.includes(name)
              ? {
                  reason:
                    'bijlage `' +
                    name +
                    '` heeft de naam van een stuk dat raadsstuk maakt',
                  ruleId: 'bijlage-name-taken',
                  hint:
                    'geef het bestand een andere naam, zoals `bijlage-' +
                    name +
                    '`',
                }
              : undefined
    if (problem)
      problems.push({path: ['bijlagen', index, 'bestand'], ...problem})
  })
  return problems
}
