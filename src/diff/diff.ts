/**
 * What changed between two versions of a besluit, in the terms of the
 * besluit: beslispunten (matched by id), argumenten and kanttekeningen,
 * metadata, every computed amount with the input that caused it, and the
 * checks that now fail. Pure.
 */
import {alignByContent, alignByKey} from './align.js'
import {blockKey, compareWords, htmlToBlocks} from './text-blocks.js'
import {formatMoney, toCents} from '../compute/money.js'
import {
  flattenBeslispunten,
  numberBeslispunten,
  numberRedeneringen,
  type NumberStyle,
} from '../compute/numbering.js'
import type {BesluitResult} from '../compile.js'
import {collectMessages, type MessageRecord} from '../messages/report.js'
import type {Besluit} from '../check/schema.js'
import {
  collectValues,
  formatValue,
  resolvePlaceholders,
  type Value,
  type ValueTable,
} from '../compute/values.js'

/** A run of words: kept, added or removed. */
export interface WordChange {
  readonly value: string
  readonly added?: boolean
  readonly removed?: boolean
}

/** A change to a numbered item (beslispunt, argument, kanttekening). */
export interface ItemChange {
  readonly kind: 'toegevoegd' | 'verwijderd' | 'gewijzigd' | 'hernummerd'
  readonly key: string
  readonly from?: {readonly number: string; readonly text: string}
  readonly to?: {readonly number: string; readonly text: string}
  /** Word-level change of the text, where it changed. */
  readonly words?: readonly WordChange[]
}

/** A changed metadata field. */
export interface FieldChange {
  readonly field: string
  readonly from: string | undefined
  readonly to: string | undefined
  readonly words?: readonly WordChange[]
}

/** A changed value, input or computed. */
export interface ValueChange {
  /** The placeholder name, such as `vergoeding.totaal`. */
  readonly name: string
  /** What a reader calls it: "totaal vergoeding". */
  readonly label: string
  readonly from: string | undefined
  readonly to: string | undefined
  /** New minus old, for amounts. */
  readonly difference: string | undefined
  /** The changed inputs that made a computed value change. */
  readonly causes: readonly string[]
}

/** A changed block of a rendered document (a paragraph, heading or list item). */
export interface TextChange {
  /** The id of the document type, such as `collegevoorstel`. */
  readonly document: string
  readonly from: string | undefined
  readonly to: string | undefined
  readonly words: readonly WordChange[]
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
  readonly finance: readonly ValueChange[]
  /** Every changed block of the rendered documents (table rows are in `finance`). */
  readonly text: readonly TextChange[]
  /** Problems the new version has and the old did not, and those it solved. */
  readonly checks: {
    readonly new: readonly MessageRecord[]
    readonly solved: readonly MessageRecord[]
  }
}

/** Inputs of the finance, with how a change list names them. */
const inputLabels: Record<string, string> = {
  'vergoeding.leden': 'het aantal leden',
  'vergoeding.tarief': 'het tarief',
  'vergoeding.maximum': 'het maximum per jaar',
  'vergoeding.van': 'de eerste maand',
  'vergoeding.tot': 'de laatste maand',
  'vergoeding.persoonsmaanden': 'het aantal betaalde maanden',
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
            reasonItems(old, 'argumenten', fromValues, fromStyle),
            reasonItems(now, 'argumenten', toValues, toStyle),
          )
        : [],
    kanttekeningen:
      old && now
        ? diffItems(
            reasonItems(old, 'kanttekeningen', fromValues, fromStyle),
            reasonItems(now, 'kanttekeningen', toValues, toStyle),
          )
        : [],
    finance: from && to ? diffValues(fromValues, toValues) : [],
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
    result.finance.length +
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

/** A numbered item as the diff compares it. */
interface Item {
  readonly key: string
  readonly number: string
  readonly text: string
}

/** The beslispunten and their onderdelen (1, 1a, 1b, 2 …), keyed by id, with their placeholders filled in. */
function beslispuntItems(besluit: Besluit, values: ValueTable): Item[] {
  return flattenBeslispunten(numberBeslispunten(besluit)).map((point) => ({
    key: point.id,
    number: point.number,
    text: resolvePlaceholders(point.text, values),
  }))
}

/** The argumenten or kanttekeningen, keyed by id (or beslispunt and heading), heading and text as one. */
function reasonItems(
  besluit: Besluit,
  key: 'argumenten' | 'kanttekeningen',
  values: ValueTable,
  style: NumberStyle,
): Item[] {
  const reasons = numberRedeneringen(
    numberBeslispunten(besluit),
    besluit[key],
    style,
  )
  return reasons.map((numbered) => {
    const source = besluit[key][numbered.index]
    const body =
      typeof source?.tekst === 'string'
        ? source.tekst
        : '(' + (source?.tekst.bestand ?? '') + ')'
    return {
      key: source?.id ?? numbered.beslispunt + ': ' + numbered.heading,
      number: numbered.number,
      text: resolvePlaceholders(
        numbered.heading + '\n\n' + body.trim(),
        values,
      ),
    }
  })
}

/** What happened to each numbered item: added, removed, reworded or renumbered. */
function diffItems(
  before: readonly Item[],
  after: readonly Item[],
): ItemChange[] {
  const side = (item: Item) => ({number: item.number, text: item.text})
  return alignByKey(before, after, (item) => item.key).flatMap(
    (step): ItemChange[] => {
      if (step.kind === 'added')
        return [{kind: 'toegevoegd', key: step.to.key, to: side(step.to)}]
      if (step.kind === 'removed')
        return [{kind: 'verwijderd', key: step.from.key, from: side(step.from)}]
      const {from, to} = step
      if (from.text !== to.text)
        return [
          {
            kind: 'gewijzigd',
            key: to.key,
            from: side(from),
            to: side(to),
            words: compareWords(from.text, to.text),
          },
        ]
      if (from.number !== to.number)
        return [
          {kind: 'hernummerd', key: to.key, from: side(from), to: side(to)},
        ]
      return []
    },
  )
}

function diffValues(from: ValueTable, to: ValueTable): ValueChange[] {
  const names = [...new Set([...from.keys(), ...to.keys()])]
    .filter((name) => !isWijzigingAlias(name))
    .sort(compareNames)
  // The written-out calculation changes with its inputs; its sentence shows in the text changes.
  const changed = names.filter(
    (name) =>
      !sameValue(from.get(name), to.get(name)) &&
      from.get(name)?.kind !== 'tekst' &&
      to.get(name)?.kind !== 'tekst',
  )
  const inputs = changed.filter(
    (name) => name in inputLabels && name !== 'vergoeding.persoonsmaanden',
  )
  return changed.map((name) => {
    const [a, b] = [from.get(name), to.get(name)]
    const computed =
      !(name in inputLabels) || name === 'vergoeding.persoonsmaanden'
    return {
      name,
      label: labelOf(name),
      from: a && formatValue(a, undefined),
      to: b && formatValue(b, undefined),
      difference:
        a?.kind === 'bedrag' && b?.kind === 'bedrag'
          ? signed(b.cents - a.cents)
          : undefined,
      causes: computed
        ? inputs.map(
            (input) =>
              inputLabels[input] +
              ' ' +
              format(from.get(input)) +
              ' → ' +
              format(to.get(input)) +
              ' wordt',
          )
        : [],
    }
  })
}

function diffText(from: BesluitResult, to: BesluitResult): TextChange[] {
  const changes: TextChange[] = []
  // Each document either version has, in the order they were made.
  const documents = new Set(
    [...from.documents, ...to.documents].map((item) => item.type),
  )
  for (const document of documents) {
    const blocks = (result: BesluitResult) => {
      const html = result.documents.find((item) => item.type === document)?.html
      return html
        ? htmlToBlocks(html).filter((block) => block.kind !== 'tr')
        : []
    }
    for (const step of alignByContent(blocks(from), blocks(to), blockKey)) {
      if (step.kind === 'same') continue
      const a = step.kind === 'added' ? undefined : step.from.text
      const b = step.kind === 'removed' ? undefined : step.to.text
      changes.push({
        document,
        from: a,
        to: b,
        words: compareWords(a ?? '', b ?? ''),
      })
    }
  }
  return changes
}

/**
 * Text changes that only repeat a change already listed as a beslispunt,
 * argument or kanttekening are left out, and so are repeats (the voorblad
 * shows the beslispunten again).
 */
function withoutItems(
  changes: readonly TextChange[],
  items: readonly ItemChange[],
): TextChange[] {
  const texts = items
    .flatMap((item) => [item.from?.text, item.to?.text])
    .filter((text): text is string => text !== undefined)
  const isItem = (text: string | undefined) => {
    // The number as the documents show it: 3., 3a., 1.2, 1.b, 3a.1.
    const bare = (text ?? '').replace(
      /^\d+[a-z]*(?:\.(?:\d+|[a-z]+))*\.?\s+/,
      '',
    )
    return (
      bare !== '' &&
      texts.some((item) => item.replace(/\s+/g, ' ').includes(bare))
    )
  }
  const seen = new Set<string>()
  return changes.filter((change) => {
    const key = change.document + '\0' + change.from + '\0' + change.to
    if (seen.has(key) || isItem(change.from) || isItem(change.to)) return false
    seen.add(key)
    return true
  })
}

/** `begrotingswijziging.lasten.2027` is the single wijziging's figure again, also named with its number. */
function isWijzigingAlias(name: string): boolean {
  return /^begrotingswijziging\.(?:nummer|lasten|baten|toevoegingen|onttrekkingen|saldo|resultaat)(?:\.|$)/.test(
    name,
  )
}

/** What a reader calls a value. */
export function labelOf(name: string): string {
  const parts = name.split('.')
  const fixed: Record<string, string> = {
    'vergoeding.leden': 'aantal leden',
    'vergoeding.tarief': 'tarief per maand',
    'vergoeding.maximum': 'maximum per jaar',
    'vergoeding.totaal': 'totaal vergoeding',
    'vergoeding.maanden': 'aantal maanden',
    'vergoeding.persoonsmaanden': 'betaalde maanden',
    'vergoeding.van': 'eerste maand',
    'vergoeding.tot': 'laatste maand',
  }
  if (fixed[name]) return fixed[name]
  if (parts[0] === 'vergoeding' && parts[1] === 'totaal')
    return 'vergoeding ' + parts[2]
  if (parts[0] === 'tabel') {
    const when = (part: string | undefined) =>
      part === 'totaal' ? 'alle jaren' : String(part)
    if (parts.length === 4)
      return parts[1] + ', regel ' + parts[2] + ' ' + when(parts[3])
    return (
      (parts[1] === 'saldo' || parts[1] === 'resultaat'
        ? parts[1]
        : 'totaal ' + parts[1]) +
      ' ' +
      when(parts[2])
    )
  }
  if (parts[0] === 'begrotingswijziging' && parts.length === 4)
    return (
      'begrotingswijziging ' +
      parts[1] +
      ', ' +
      parts[2] +
      ' ' +
      (parts[3] === 'totaal' ? 'alle jaren' : parts[3])
    )
  if (parts[0] === 'bedrag')
    return (
      parts[1] +
      (parts[2] === 'nieuw'
        ? ', nieuw'
        : parts[2] === 'verhoging'
          ? ', verhoging'
          : '')
    )
  if (parts[0] === 'vergoeding' && parts[1] === 'lid')
    return 'vergoeding ' + parts.slice(2).join(' ')
  if (parts[0] === 'subsidie') {
    const rest = parts.slice(2)
    if (rest[0] === 'totaal') return 'subsidie ' + parts[1]
    if (rest[0] === 'rest') return 'subsidie ' + parts[1] + ', overig bedrag'
    if (rest[0] === 'cofinanciering') return 'cofinanciering ' + parts[1]
    if (rest[0] === 'oormerk')
      return 'subsidie ' + parts[1] + ', oormerk ' + rest[1]
  }
  return name
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

function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function format(value: Value | undefined): string {
  return value ? (formatValue(value, undefined) ?? '') : '(geen)'
}

function signed(cents: number): string {
  return (
    (cents > 0 ? '+' : cents < 0 ? '−' : '±') +
    formatMoney(toCents(Math.abs(cents)))
  )
}

/** Inputs first, then computed values, then table totals by year. */
function compareNames(a: string, b: string): number {
  const rank = (name: string) =>
    name in inputLabels
      ? 0
      : name.startsWith('vergoeding.')
        ? 1
        : name.startsWith('subsidie.')
          ? 2
          : 3
  return rank(a) - rank(b) || a.localeCompare(b)
}
