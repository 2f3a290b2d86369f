/**
 * Where the finance tables stand: a part `tabel: <id>` names a table of
 * `financien.tabellen`, and no document shows the same table twice. Pure:
 * returns the problems.
 */
import type {Problem} from '../messages/problem.js'
import {didYouMean} from '../messages/suggest.js'
import type {Besluit} from './schema.js'

/** Check every part that places a table. */
export function checkTableParts(besluit: Besluit): Problem[] {
  const problems: Problem[] = []
  if (!besluit.financien) return problems
  const ids = besluit.financien.tabellen.map((table) => table.id)
  const placed: Array<{key: string; alleen: string | undefined}> = []
  for (const [name, section] of Object.entries(besluit.secties)) {
    if (!Array.isArray(section)) continue
    section.forEach((part, index) => {
      if (part.tabel === undefined) return
      const path = ['secties', name, index, 'tabel']
      const key = part.tabel === true ? '' : part.tabel
      if (part.tabel !== true && !ids.includes(part.tabel)) {
        problems.push({
          path,
          reason: 'onbekende tabel `' + part.tabel + '`',
          ruleId: 'unknown-table',
          hint:
            didYouMean(part.tabel, ids) ??
            'noem een tabel uit `financien.tabellen` (' +
              (ids.map((id) => '`' + id + '`').join(', ') || 'geen') +
              '), of `tabel: true` voor de tabel "Kosten en dekking"',
        })
        return
      }
      const twice = placed.some(
        (earlier) =>
          earlier.key === key &&
          (earlier.alleen === undefined ||
            part.alleen === undefined ||
            earlier.alleen === part.alleen),
      )
      if (twice) {
        problems.push({
          path,
          reason:
            (key === ''
              ? 'de tabel "Kosten en dekking"'
              : 'de tabel `' + key + '`') +
            ' staat al eerder in dit document' +
            (part.alleen ? ' (`' + part.alleen + '`)' : ''),
          ruleId: 'duplicate-table',
          hint: 'plaats elke tabel één keer per document; voor een tweede tabel: zet haar onder `financien.tabellen` met een eigen id en schrijf `tabel: <id>`',
        })
      }
      placed.push({key, alleen: part.alleen})
    })
  }
  return problems
}
