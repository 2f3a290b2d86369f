/** The RIB numbers of a build: claims from stamps and sources, problems reported at their place. */
import {readRibClaim} from '../check/rib-claim.js'
import {assignRibNumbers, type RibClaim} from '../check/rib-register.js'
import type {BesluitSource} from '../compile.js'
import type {Stamp} from '../io/stamp.js'
import {placeProblems} from '../parse/place.js'
import {readYaml} from '../parse/yaml.js'

/** A claim as a source makes it, without what the last build recorded (`null`: none). */
export type SourceClaim = Omit<RibClaim, 'previous'> | null

/**
 * Number the raadsinformatiebrieven of all besluiten: an unchanged besluit
 * claims what its stamp says, a changed one what its source says (or, for
 * `check`, what the cache says its unchanged source claims).
 */
export function registerRibNumbers(
  planned: ReadonlyArray<{
    source: BesluitSource
    skip: boolean
    stamp: Stamp | undefined
    claim?: SourceClaim | undefined
  }>,
): {
  numbers: ReadonlyMap<string, string>
  report: (source: BesluitSource) => void
  /** What each source claims, by name, where it was read from the source. */
  sourceClaims: ReadonlyMap<string, SourceClaim>
} {
  const claims: RibClaim[] = []
  const sourceClaims = new Map<string, SourceClaim>()
  for (const {source, skip, stamp, claim: known} of planned) {
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
    const previous = record
      ? {status: record.status, ribNummer: record.ribNummer}
      : undefined
    const claim =
      known === undefined ? readRibClaim(source.name, source.file) : known
    if (known === undefined) sourceClaims.set(source.name, claim ?? null)
    if (claim) claims.push(previous ? {...claim, previous} : claim)
  }
  const {numbers, problems} = assignRibNumbers(claims)
  return {
    numbers,
    sourceClaims,
    report(source) {
      const own = problems.filter((problem) => problem.name === source.name)
      if (own.length === 0) return
      // Parsed already, for its claim and its compile.
      const parsed = readYaml(source.file)
      if (parsed) placeProblems(parsed, own)
    },
  }
}
