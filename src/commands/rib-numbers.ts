/** The RIB numbers of a build: claims from stamps and sources, problems reported at their place. */
import {readRibClaim, type PlacedClaim} from '../check/rib-claim.js'
import {assignRibNumbers, type RibClaim} from '../check/rib-register.js'
import type {BesluitSource} from '../compile.js'
import type {Stamp} from '../io/stamp.js'
import {report} from '../messages/problem.js'

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
  const placed = new Map<string, PlacedClaim>()
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
    if (!claim) continue
    placed.set(source.name, claim)
    claims.push(claim)
  }
  const {numbers, problems} = assignRibNumbers(claims)
  return {
    numbers,
    report(source) {
      const claim = placed.get(source.name)
      if (!claim) return
      for (const problem of problems) {
        if (problem.name !== source.name) continue
        report(source.file, problem.reason, {
          place:
            problem.path[0] === 'status'
              ? claim.places.status
              : claim.places.ribNummer,
          ruleId: problem.ruleId,
          hint: problem.hint,
        })
      }
    },
  }
}
