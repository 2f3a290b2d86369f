/**
 * The RIB numbers of all besluiten together: a number is given once, a
 * besluit without one gets the next of its year, a number once given stays
 * with its besluit (the previous build's stamp remembers it), and a sent RIB
 * is neither renumbered nor taken back. Pure: problems are returned with the
 * path in the source they are about.
 */
import type {Problem} from '../messages/problem.js'
import {ribNummerPattern} from './schema-publicatie.js'

/** What the register knows of one besluit. */
export interface RibClaim {
  /** The folder name. */
  readonly name: string
  /** `datum`, jjjj-mm-dd (the college meeting); the number's year is its year. */
  readonly datum: string
  /** Whether the besluit has a raadsinformatiebrief (only those are numbered). */
  readonly hasRib: boolean
  /** `status` as the source gives it. */
  readonly status: string
  /** `publicatie.ribNummer` as the source gives it. */
  readonly ribNummer: string | undefined
  /** What the previous build recorded (default: nothing). */
  readonly previous?: {
    readonly status?: string | undefined
    readonly ribNummer?: string | undefined
  }
}

/** A problem of one besluit (by its name), at a path in its source. */
export interface RegisterProblem extends Problem {
  readonly name: string
  readonly path: readonly PropertyKey[]
}

/** The numbers given, by besluit name, and the problems found. */
export interface Register {
  readonly numbers: ReadonlyMap<string, string>
  readonly problems: readonly RegisterProblem[]
}

/** Give every raadsinformatiebrief its number and check that no number is given twice. */
export function assignRibNumbers(claims: readonly RibClaim[]): Register {
  const numbers = new Map<string, string>()
  const problems: RegisterProblem[] = []
  const holders = new Map<string, string[]>()
  for (const claim of claims) {
    checkStatus(claim, problems)
    if (!claim.hasRib || !claim.ribNummer) continue
    if (!ribNummerPattern.test(claim.ribNummer)) continue
    holders.set(claim.ribNummer, [
      ...(holders.get(claim.ribNummer) ?? []),
      claim.name,
    ])
    numbers.set(claim.name, claim.ribNummer)
  }
  for (const [nummer, names] of holders) {
    if (names.length < 2) continue
    for (const name of names) {
      const others = names.filter((other) => other !== name)
      problems.push({
        name,
        path: ['publicatie', 'ribNummer'],
        reason:
          'RIB-nummer ' +
          nummer +
          ' is ook gegeven aan ' +
          others.map((other) => '`' + other + '`').join(', '),
        ruleId: 'rib-number-taken',
        hint: 'elk RIB-nummer hoort bij één raadsinformatiebrief; laat `ribNummer` weg bij een RIB die nog niet verzonden is, dan krijgt die het volgende vrije nummer',
      })
    }
  }
  const taken = new Set(holders.keys())
  const waiting: RibClaim[] = []
  for (const claim of claims) {
    if (!claim.hasRib || numbers.has(claim.name)) continue
    const kept = claim.previous?.ribNummer
    if (
      kept &&
      !taken.has(kept) &&
      kept.slice(0, 4) === claim.datum.slice(0, 4)
    ) {
      numbers.set(claim.name, kept)
      taken.add(kept)
    } else waiting.push(claim)
  }
  waiting.sort(
    (a, b) =>
      a.datum.localeCompare(b.datum) || a.name.localeCompare(b.name, 'en'),
  )
  for (const claim of waiting) {
    const year = claim.datum.slice(0, 4)
    const nummer = year + '-' + String(nextInYear(taken, year)).padStart(3, '0')
    numbers.set(claim.name, nummer)
    taken.add(nummer)
  }
  return {numbers, problems}
}

/** A sent RIB stays sent and keeps its number. */
function checkStatus(claim: RibClaim, problems: RegisterProblem[]): void {
  const previous = claim.previous
  if (previous?.status !== 'verzonden') return
  if (claim.status !== 'verzonden') {
    problems.push({
      name: claim.name,
      path: ['status'],
      reason:
        'de status gaat terug van `verzonden` naar `' +
        claim.status +
        '`: deze raadsinformatiebrief is al aan de raad verzonden',
      ruleId: 'status-after-sent',
      hint: 'een verzonden RIB blijft verzonden; stuur een correctie als nieuwe RIB (ging de verzending niet door, verwijder dan de map van dit besluit in out/)',
    })
  } else if (
    previous.ribNummer !== undefined &&
    claim.ribNummer !== undefined &&
    claim.ribNummer !== previous.ribNummer
  ) {
    problems.push({
      name: claim.name,
      path: ['publicatie', 'ribNummer'],
      reason:
        'deze raadsinformatiebrief is verzonden als RIB ' +
        previous.ribNummer +
        ' en krijgt geen ander nummer (' +
        claim.ribNummer +
        ')',
      ruleId: 'sent-rib-renumbered',
      hint: 'zet `ribNummer: "' + previous.ribNummer + '"` terug',
    })
  }
}

function nextInYear(taken: ReadonlySet<string>, year: string): number {
  let highest = 0
  for (const nummer of taken) {
    const match = ribNummerPattern.exec(nummer)
    if (match?.[1] === year) highest = Math.max(highest, Number(match[2]))
  }
  return highest + 1
}
