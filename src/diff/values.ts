/**
 * The computed values of two versions compared: every amount that changed,
 * with the changed inputs that caused it, named as a reader names it. Pure.
 */
import {formatMoney, toCents} from '../compute/money.js'
import {formatValue, type Value, type ValueTable} from '../compute/values.js'

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

/** Inputs of the finance, with how a change list names them. */
const inputLabels: Record<string, string> = {
  'vergoeding.leden': 'het aantal leden',
  'vergoeding.tarief': 'het tarief',
  'vergoeding.maximum': 'het maximum per jaar',
  'vergoeding.van': 'de eerste maand',
  'vergoeding.tot': 'de laatste maand',
  'vergoeding.persoonsmaanden': 'het aantal betaalde maanden',
}

export function diffValues(from: ValueTable, to: ValueTable): ValueChange[] {
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
