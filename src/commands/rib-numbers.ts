/** The RIB numbers of a build: claims from stamps and sources, problems reported at their place. */
import {readRibClaim} from '../check/rib-claim.js'
import {assignRibNumbers, type RibClaim} from '../check/rib-register.js'
import type {BesluitSource} from '../compile.js'
import type {Stamp} from '../io/stamp.js'
import {placeProblems} from '../parse/place.js'
import {readYaml} from '../parse/yaml.js'

/**
 * Number the raadsinformatiebrieven of all besluiten: an unchanged besluit
 * claims what its stamp says, a changed one what its source says.
 */
export function registerRibNumbers(
  planned: ReadonlyArray<{
    source: BesluitSource
    skip: boolean
    stamp: Stamp | undefined
  }>,
): {
  numbers: ReadonlyMap<string, string>
  report: (source: BesluitSource) => void
} {
  const claims: RibClaim[] = []
  for (const {source, skip, stamp} of planned) {
    const record = stamp?.publicatie
    if (skip && record) {
      claims.push({
        name: source.name,
        datum: record.datum,
        hasRib: record.ribTitel !== undefined,
        status: record.status,
        ribNummer: record.ribNummer,
      })
      continue
    }
    const claim = readRibClaim(
      source.name,
      source.file,
      record ? {status: record.status, ribNummer: record.ribNummer} : undefined,
    )
    if (claim) claims.push(claim)
  }
  const {numbers, problems} = assignRibNumbers(claims)
  return {
    numbers,
    report(source) {
      const own = problems.filter((problem) => problem.name === source.name)
      if (own.length === 0) return
      // Parsed already, for its claim and its compile.
      const parsed = readYaml(source.file)
      if (parsed) placeProblems(parsed, own)
    },
  }
}
