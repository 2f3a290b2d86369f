/**
 * What changed between two versions of a besluit, in the terms of the
 * besluit: beslispunten (matched by id), argumenten and kanttekeningen,
 * metadata, every computed amount with the input that caused it, and the
 * checks that now fail. Pure.
 */
import {
  beslispuntItems,
  diffItems,
  redeneringItems,
  type ItemChange,
  type WordChange,
} from './items.js'
import {compareWords} from './text-blocks.js'
import {diffText, withoutItems, type TextChange} from './text-changes.js'
import {diffValues, type ValueChange} from './values.js'
import type {BesluitResult} from '../compile.js'
import {collectMessages, type MessageRecord} from '../messages/report.js'
import type {Besluit} from '../check/schema.js'
import {collectValues} from '../compute/values.js'

export type {ItemChange, WordChange} from './items.js'
export type {ValueChange} from './values.js'
export type {TextChange} from './text-changes.js'

/** A changed metadata field. */
export interface FieldChange {
  readonly field: string
  readonly from: string | undefined
  readonly to: string | undefined
  readonly words?: readonly WordChange[]
}

/** What changed in one besluit. */
export interface BesluitDiff {
  readonly name: string
  readonly status:
    'nieuw' | 'verwijderd' | 'gewijzigd' | 'ongewijzigd' | 'ongeldig'
  /** Errors of a version that does not validate. */
  readonly invalid: {
    readonly from: readonly MessageRecord[]
    readonly to: readonly MessageRecord[]
  }
  readonly metadata: readonly FieldChange[]
  readonly beslispunten: readonly ItemChange[]
  readonly argumenten: readonly ItemChange[]
  readonly kanttekeningen: readonly ItemChange[]
  readonly financien: readonly ValueChange[]
  /** Every changed block of the rendered documents (table rows are in `financien`). */
  readonly text: readonly TextChange[]
  /** Problems the new version has and the old did not, and those it solved. */
  readonly checks: {
    readonly new: readonly MessageRecord[]
    readonly solved: readonly MessageRecord[]
  }
}

/** Compare two compiled versions of one besluit (either may be missing). */
export function diffBesluit(
  name: string,
  from: BesluitResult | undefined,
  to: BesluitResult | undefined,
  cwd?: string,
): BesluitDiff {
  const errors = (result: BesluitResult | undefined) =>
    result
      ? collectMessages(result.files, cwd === undefined ? {} : {cwd}).filter(
          (message) => message.severity === 'error',
        )
      : []
  const invalid = {from: errors(from), to: errors(to)}
  const old = from?.besluit
  const now = to?.besluit
  const fromValues = collectValues(from?.finance)
  const toValues = collectValues(to?.finance)
  // Numbered as the documents number them: 1.1, or 1.a where the organisation does.
  const fromStyle = from?.organisatie?.nummering ?? '1.1'
  const toStyle = to?.organisatie?.nummering ?? '1.1'
  let result: BesluitDiff = {
    name,
    status: !from ? 'nieuw' : !to ? 'verwijderd' : 'gewijzigd',
    invalid,
    metadata: old && now ? diffMetadata(old, now) : [],
    beslispunten:
      old && now
        ? diffItems(
            beslispuntItems(old, fromValues),
            beslispuntItems(now, toValues),
          )
        : [],
    argumenten:
      old && now
        ? diffItems(
            redeneringItems(old, 'argumenten', fromValues, fromStyle),
            redeneringItems(now, 'argumenten', toValues, toStyle),
          )
        : [],
    kanttekeningen:
      old && now
        ? diffItems(
            redeneringItems(old, 'kanttekeningen', fromValues, fromStyle),
            redeneringItems(now, 'kanttekeningen', toValues, toStyle),
          )
        : [],
    financien: from && to ? diffValues(fromValues, toValues) : [],
    text: [],
    checks: diffChecks(
      from ? collectMessages(from.files) : [],
      to ? collectMessages(to.files) : [],
    ),
  }
  if (from && to)
    result = {
      ...result,
      text: withoutItems(diffText(from, to), [
        ...result.beslispunten,
        ...result.argumenten,
        ...result.kanttekeningen,
      ]),
    }
  if (invalid.from.length > 0 || invalid.to.length > 0)
    return {...result, status: 'ongeldig'}
  const changed =
    result.metadata.length +
    result.beslispunten.length +
    result.argumenten.length +
    result.kanttekeningen.length +
    result.financien.length +
    result.text.length
  return from && to && changed === 0 && result.checks.new.length === 0
    ? {...result, status: 'ongewijzigd'}
    : result
}

function diffMetadata(old: Besluit, now: Besluit): FieldChange[] {
  const fields: Array<[string, (besluit: Besluit) => string | undefined]> = [
    ['onderwerp', (besluit) => besluit.onderwerp],
    ['datum', (besluit) => besluit.datum],
    ['status', (besluit) => besluit.status],
    ['gemeente', (besluit) => besluit.gemeente],
    [
      'portefeuillehouders',
      (besluit) => besluit.portefeuillehouders.join(', '),
    ],
    [
      'titel raadsinformatiebrief',
      (besluit) => besluit.raadsinformatiebrief?.titel,
    ],
  ]
  return fields.flatMap(([field, read]) => {
    const [a, b] = [read(old), read(now)]
    return a === b
      ? []
      : [
          {
            field,
            from: a,
            to: b,
            ...(a && b ? {words: compareWords(a, b)} : {}),
          },
        ]
  })
}

function diffChecks(
  from: readonly MessageRecord[],
  to: readonly MessageRecord[],
): BesluitDiff['checks'] {
  const key = (message: MessageRecord) => message.rule + '\0' + message.message
  const before = new Set(from.map(key))
  const after = new Set(to.map(key))
  return {
    new: to.filter((message) => !before.has(key(message))),
    solved: from.filter((message) => !after.has(key(message))),
  }
}
