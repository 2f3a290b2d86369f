/**
 * Cross-references that the schema cannot check: ids, the beslispunt each
 * argument supports (in beslispunten.ts), files of prose. Pure: returns the
 * problems, each with a path into the source.
 */
import type {VFile} from 'vfile'
import type {Problem} from '../messages/problem.js'
import type {Besluit, Prose} from './schema.js'
import {didYouMean} from '../messages/suggest.js'
import {checkTableParts} from './table-placement.js'

/** Files of the folder that were not read, with why. */
type Refused = ReadonlyMap<string, {reason: string; hint: string}>

/** Check the references of a valid besluit; `files` are the `.md` files in its folder, by name. */
export function checkReferences(
  besluit: Besluit,
  files: ReadonlyMap<string, VFile>,
  assets: ReadonlyMap<string, Uint8Array>,
  refused: Refused = new Map(),
): Problem[] {
  const problems: Problem[] = []
  const why = besluit.logo === undefined ? undefined : refused.get(besluit.logo)
  if (besluit.logo !== undefined && why) {
    problems.push({
      path: ['logo'],
      reason: 'logo `' + besluit.logo + '` ' + why.reason,
      ruleId: 'file-refused',
      hint: why.hint,
    })
  } else if (besluit.logo !== undefined && !assets.has(besluit.logo)) {
    problems.push({
      path: ['logo'],
      reason: 'logo `' + besluit.logo + '` bestaat niet',
      ruleId: 'file-missing',
      hint:
        didYouMean(besluit.logo, assets.keys()) ??
        'zet het logo (.svg of .png) in de map van dit besluit',
    })
  }
  if (besluit.financien) {
    const subsidies = besluit.financien.subsidies
    checkUnique(
      problems,
      subsidies.map((subsidie) => subsidie.id),
      ['financien', 'subsidies'],
      'subsidie',
    )
    subsidies.forEach((subsidie, index) =>
      checkUnique(
        problems,
        subsidie.oormerken.map((oormerk) => oormerk.id),
        ['financien', 'subsidies', index, 'oormerken'],
        'oormerk',
      ),
    )
  }
  for (const [path, prose] of proseFields(besluit))
    checkProseFile(problems, path, prose, files, refused)
  checkTablePlacement(besluit, problems)
  problems.push(...checkTableParts(besluit))
  return problems
}

function checkUnique(
  problems: Problem[],
  ids: readonly string[],
  path: readonly PropertyKey[],
  what: string,
): Set<string> {
  const seen = new Set<string>()
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      problems.push({
        path: [...path, index, 'id'],
        reason: 'dubbel id `' + id + '`: er is al een ' + what + ' met dit id',
        ruleId: 'duplicate-id',
        hint: 'geef elk ' + what + ' een eigen id',
      })
    }
    seen.add(id)
  })
  return seen
}

function checkProseFile(
  problems: Problem[],
  path: readonly PropertyKey[],
  prose: Prose,
  files: ReadonlyMap<string, VFile>,
  refused: Refused,
): void {
  if (typeof prose === 'string') return
  const name = prose.bestand
  const at = [...path, 'bestand']
  // Names outside the folder never get here: the schema refuses them.
  const why = refused.get(name)
  if (why) {
    problems.push({
      path: at,
      reason: 'bestand `' + name + '` ' + why.reason,
      ruleId: 'file-refused',
      hint: why.hint,
    })
  } else if (!files.has(name)) {
    problems.push({
      path: at,
      reason: 'bestand `' + name + '` bestaat niet',
      ruleId: 'file-missing',
      hint:
        didYouMean(name, files.keys()) ??
        'bestanden in deze map: ' + ([...files.keys()].join(', ') || 'geen'),
    })
  }
}

function checkTablePlacement(besluit: Besluit, problems: Problem[]): void {
  if (besluit.financien) return
  for (const [name, section] of Object.entries(besluit.secties)) {
    if (!Array.isArray(section)) continue
    section.forEach((part, index) => {
      if (!part.tabel) return
      problems.push({
        path: ['secties', name, index, 'tabel'],
        reason: '`tabel: true` maar het besluit heeft geen `financien`',
        ruleId: 'tabel-zonder-financien',
        hint: 'voeg `financien` toe of haal dit deel weg',
      })
    })
  }
}

/** Every prose field of a besluit with its path. */
export function proseFields(
  besluit: Besluit,
): Array<[readonly PropertyKey[], Prose]> {
  const fields: Array<[readonly PropertyKey[], Prose]> = [
    [['voorblad', 'samenvatting'], besluit.voorblad.samenvatting],
  ]
  for (const key of ['argumenten', 'kanttekeningen'] as const) {
    besluit[key].forEach((redenering, index) =>
      fields.push([[key, index, 'tekst'], redenering.tekst]),
    )
  }
  for (const [name, section] of Object.entries(besluit.secties)) {
    if (section === undefined) continue
    if (!Array.isArray(section)) fields.push([['secties', name], section])
    else
      section.forEach(
        (part, index) =>
          part.tekst !== undefined &&
          fields.push([['secties', name, index, 'tekst'], part.tekst]),
      )
  }
  besluit.eigenSecties.forEach((section, index) =>
    fields.push([['eigenSecties', index, 'tekst'], section.tekst]),
  )
  const rib = besluit.raadsinformatiebrief
  if (rib) {
    fields.push(
      [['raadsinformatiebrief', 'kennisnemenVan'], rib.kennisnemenVan],
      [['raadsinformatiebrief', 'kernboodschap'], rib.kernboodschap],
    )
    rib.secties.forEach((section, index) =>
      fields.push([
        ['raadsinformatiebrief', 'secties', index, 'tekst'],
        section.tekst,
      ]),
    )
    if (rib.consequenties)
      fields.push([
        ['raadsinformatiebrief', 'consequenties'],
        rib.consequenties,
      ])
  }
  return fields
}
