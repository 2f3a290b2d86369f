/**
 * A besluit's own sections (`eigenSecties:`): each has an id of its own,
 * which is not the name of a fixed section, since the organisation's
 * `sectievolgorde` places sections by these names. Pure: returns the
 * problems, each with a path into the source.
 */
import type {Problem} from '../messages/problem.js'
import type {Besluit} from './schema.js'
import {sectionNames} from './section-names.js'

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

/** Each own section whose id is taken. */
export function checkEigenSecties(besluit: Besluit): Problem[] {
  const seen = new Set<string>()
  const problems: Problem[] = []
  besluit.eigenSecties.forEach((section, index) => {
    const fixed = fixedBlockNames.includes(section.id)
    if (!fixed && !seen.has(section.id)) {
      seen.add(section.id)
      return
    }
    problems.push({
      path: ['eigenSecties', index, 'id'],
      reason: fixed
        ? 'dubbel id `' +
          section.id +
          '`: zo heet al een vaste paragraaf van de documenten'
        : 'dubbel id `' +
          section.id +
          '`: er is al een eigen paragraaf met dit id',
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
    })
  })
  return problems
}
