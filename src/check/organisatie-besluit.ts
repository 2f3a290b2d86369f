/**
 * Which organisation a besluit speaks for: the `organisatie.yaml` of its
 * content root, a besluit's own `organisatie:` (over the file, or instead of
 * it), or, as before organisations existed, `gemeente: <naam>`. Pure.
 */
import type {VFile} from 'vfile'
import {report} from '../messages/problem.js'
import {placeOf, placeOfKey, type ParsedYaml} from '../parse/yaml.js'
import {
  checkBodies,
  gemeenteOrganisatie,
  organisatieFileName,
  readOrganisatie,
  resolveOrganisatie,
  type Organisatie,
} from './organisatie.js'
import type {Besluit} from './schema.js'

/**
 * The organisation of a besluit, or `undefined` (with a message) when there
 * is none or its file has errors.
 */
export function organisatieOf(
  besluit: Besluit,
  parsed: ParsedYaml,
  organisatieSource:
    | {
        readonly file: VFile
        readonly assets: ReadonlyMap<string, Uint8Array>
      }
    | undefined,
): Organisatie | undefined {
  const organisatieFile = organisatieSource?.file
  const fromFile = organisatieSource
    ? readOrganisatie(organisatieSource.file, organisatieSource.assets)
    : undefined
  // The file's own messages stop the besluit; they are reported on the file.
  if (organisatieFile && !fromFile) return undefined
  const override = besluit.organisatie ?? {}
  if (fromFile) {
    if (besluit.gemeente !== undefined) {
      report(
        parsed.file,
        '`gemeente` wordt niet gebruikt: de organisatie staat in `' +
          organisatieFileName +
          '`',
        {
          place: placeOfKey(parsed, [], 'gemeente'),
          ruleId: 'gemeente-unused',
          hint: 'laat `gemeente:` weg, of zet wat dit besluit anders heeft onder `organisatie:`',
          warning: true,
        },
      )
    }
    const soort = override.soort ?? fromFile.soort
    if (!checkBodies(parsed, ['organisatie'], override, soort)) return undefined
    return resolveOrganisatie(fromFile, override)
  }
  if (override.naam !== undefined && override.soort !== undefined) {
    if (!checkBodies(parsed, ['organisatie'], override, override.soort))
      return undefined
    return resolveOrganisatie(
      {...override, naam: override.naam, soort: override.soort},
      {},
    )
  }
  if (besluit.gemeente !== undefined) {
    if (besluit.organisatie === undefined)
      return gemeenteOrganisatie(besluit.gemeente)
    if (!checkBodies(parsed, ['organisatie'], override, 'gemeente'))
      return undefined
    return resolveOrganisatie(
      {
        naam: 'Gemeente ' + besluit.gemeente,
        soort: 'gemeente',
        korteNaam: besluit.gemeente,
      },
      override,
    )
  }
  const partial = besluit.organisatie !== undefined
  report(
    parsed.file,
    partial
      ? '`organisatie` heeft `naam` en `soort` nodig als er geen `' +
          organisatieFileName +
          '` is'
      : 'verplicht veld `gemeente` ontbreekt',
    {
      place: partial ? placeOf(parsed, ['organisatie']) : placeOf(parsed, []),
      ruleId: 'missing-field',
      hint:
        'zet een `' +
        organisatieFileName +
        '` met `naam:` en `soort:` in de map met besluiten, of noem hier `gemeente: <naam>`',
    },
  )
  return undefined
}
