/**
 * Cross-references that the schema cannot check: ids, the beslispunt each
 * argument supports (in beslispunten.ts), files of prose. Pure: problems become messages.
 */
import type {VFile} from 'vfile'
import {report} from '../messages/problem.js'
import {placeOf, type ParsedYaml} from '../parse/yaml.js'
import type {Besluit, Prose} from './schema.js'
import {didYouMean} from '../messages/suggest.js'
import {checkTableParts} from './table-placement.js'
import {checkBeslispunten} from './beslispunten.js'

/** Files of the folder that were not read, with why. */
type Refused = ReadonlyMap<string, {reason: string; hint: string}>

/** Check the references of a valid besluit; `files` are the `.md` files in its folder, by name. */
export function checkReferences(
  besluit: Besluit,
  parsed: ParsedYaml,
  files: ReadonlyMap<string, VFile>,
  assets: ReadonlyMap<string, Uint8Array>,
  refused: Refused = new Map(),
): void {
  const why = besluit.logo === undefined ? undefined : refused.get(besluit.logo)
  if (besluit.logo !== undefined && why) {
    report(parsed.file, 'logo `' + besluit.logo + '` ' + why.reason, {
      place: placeOf(parsed, ['logo']),
      ruleId: 'file-refused',
      hint: why.hint,
    })
  } else if (besluit.logo !== undefined && !assets.has(besluit.logo)) {
    report(parsed.file, 'logo `' + besluit.logo + '` bestaat niet', {
      place: placeOf(parsed, ['logo']),
      ruleId: 'file-missing',
      hint:
        didYouMean(besluit.logo, assets.keys()) ??
        'zet het logo (.svg of .png) in de map van dit besluit',
    })
  }
  checkBeslispunten(besluit, parsed)
  if (besluit.financien) {
    const subsidies = besluit.financien.subsidies
    checkUnique(
      parsed,
      subsidies.map((subsidy) => subsidy.id),
      ['financien', 'subsidies'],
      'subsidie',
    )
    subsidies.forEach((subsidy, index) =>
      checkUnique(
        parsed,
        subsidy.oormerken.map((earmark) => earmark.id),
        ['financien', 'subsidies', index, 'oormerken'],
        'oormerk',
      ),
    )
  }
  for (const [path, prose] of proseFields(besluit))
    checkProseFile(parsed, path, prose, files, refused)
  checkTablePlacement(besluit, parsed)
  checkTableParts(besluit, parsed)
}

function checkUnique(
  parsed: ParsedYaml,
  ids: readonly string[],
  path: readonly PropertyKey[],
  what: string,
): Set<string> {
  const seen = new Set<string>()
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      report(
        parsed.file,
        'dubbel id `' + id + '`: er is al een ' + what + ' met dit id',
        {
          place: placeOf(parsed, [...path, index, 'id']),
          ruleId: 'duplicate-id',
          hint: 'geef elk ' + what + ' een eigen id',
        },
      )
    }
    seen.add(id)
  })
  return seen
}

function checkProseFile(
  parsed: ParsedYaml,
  path: readonly PropertyKey[],
  prose: Prose,
  files: ReadonlyMap<string, VFile>,
  refused: Refused,
): void {
  if (typeof prose === 'string') return
  const name = prose.bestand
  const place = placeOf(parsed, [...path, 'bestand'])
  // Names outside the folder never get here: the schema refuses them.
  const why = refused.get(name)
  if (why) {
    report(parsed.file, 'bestand `' + name + '` ' + why.reason, {
      place,
      ruleId: 'file-refused',
      hint: why.hint,
    })
  } else if (!files.has(name)) {
    report(parsed.file, 'bestand `' + name + '` bestaat niet', {
      place,
      ruleId: 'file-missing',
      hint:
        didYouMean(name, files.keys()) ??
        'bestanden in deze map: ' + ([...files.keys()].join(', ') || 'geen'),
    })
  }
}

function checkTablePlacement(besluit: Besluit, parsed: ParsedYaml): void {
  if (besluit.financien) return
  for (const [name, section] of Object.entries(besluit.secties)) {
    if (!Array.isArray(section)) continue
    section.forEach((part, index) => {
      if (!part.tabel) return
      report(
        parsed.file,
        '`tabel: true` maar het besluit heeft geen `financien`',
        {
          place: placeOf(parsed, ['secties', name, index, 'tabel']),
          ruleId: 'table-without-finance',
          hint: 'voeg `financien` toe of haal dit deel weg',
        },
      )
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
    besluit[key].forEach((reason, index) =>
      fields.push([[key, index, 'tekst'], reason.tekst]),
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
