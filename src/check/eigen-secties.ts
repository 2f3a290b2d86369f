/**
 * A besluit's own sections (`eigenSecties:`): each has an id of its own,
 * which is not the name of a fixed section, since the organisation's
 * `sectievolgorde` places sections by these names. Pure.
 */
import {report} from '../messages/problem.js'
import {placeOf, type ParsedYaml} from '../parse/yaml.js'
import {sectionNames, type Besluit} from './schema.js'

/** The names of the fixed parts of the documents, which an own section cannot take. */
export const fixedBlockNames: readonly string[] = [
  ...sectionNames,
  'argumenten',
  'kanttekeningen',
  'bijlagen',
  'beslispunten',
  'kernboodschap',
  'consequenties',
]

/** Report an own section whose id is taken; `false` when there is one. */
export function checkEigenSecties(
  besluit: Besluit,
  parsed: ParsedYaml,
): boolean {
  const seen = new Set<string>()
  let fine = true
  besluit.eigenSecties.forEach((section, index) => {
    const fixed = fixedBlockNames.includes(section.id)
    if (!fixed && !seen.has(section.id)) {
      seen.add(section.id)
      return
    }
    fine = false
    report(
      parsed.file,
      fixed
        ? 'dubbel id `' +
            section.id +
            '`: zo heet al een vaste paragraaf van de documenten'
        : 'dubbel id `' +
            section.id +
            '`: er is al een eigen paragraaf met dit id',
      {
        place: placeOf(parsed, ['eigenSecties', index, 'id']),
        ruleId: 'duplicate-id',
        hint: !fixed
          ? 'geef elke eigen paragraaf een eigen id'
          : (sectionNames as readonly string[]).includes(section.id)
            ? 'schrijf de tekst onder `secties: ' +
              section.id +
              ':`, of geef deze paragraaf een ander id'
            : 'geef deze paragraaf een ander id, zoals `' +
              section.id +
              '-toelichting`',
      },
    )
  })
  return fine
}
