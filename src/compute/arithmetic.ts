/**
 * Typed arithmetic in prose ("4 personen x 10 maanden x € 200,- = € 7.200",
 * "€ 848.669 + € 186.602 = € 1.035.271") checked against itself: a sum that
 * does not hold is found with its place. Pure.
 */
import {formatDecimal} from './dutch-number.js'
import {formatMoney, parseDutchAmount, toCents} from './money.js'

/** A typed calculation whose result is not what its terms give. */
export interface FalseArithmetic {
  /** Where the calculation starts in the text (0-based). */
  readonly index: number
  /** The calculation as typed. */
  readonly expression: string
  /** What the terms really give, formatted like the typed result. */
  readonly actual: string
}

const number = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?`
const money = String.raw`€\s?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,(?:\d{1,2}|-{1,2}))?(?:\s?(?:mln\.?|miljoen))?`
// A term is an amount or a number, with up to two words after it ("10 maanden"); "x" is never such a word.
// The words are in Latin letters, accented ones and ĳ included: a class of
// Unicode letters (`\p{L}`, with the `u` flag) costs the first check of
// every run some 10 ms to compile.
const letter = String.raw`[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]`
const term = String.raw`(?:${money}|${number})(?:[ \u00A0]+(?![x×]\s)${letter}+){0,2}`
const operator = String.raw`\s*(?:[×*+]|\sx|\s[-−–])\s*`
const expressionPattern = new RegExp(
  String.raw`(?<![\d.,€])(${term}(?:${operator}${term})+)\s*=\s*(${money}|${number})`,
  'g',
)

interface Operand {
  /** Cents for an amount, the plain value for a number. */
  readonly value: number
  readonly money: boolean
}

/** Every typed calculation in `text` that does not hold. */
export function findFalseArithmetic(text: string): FalseArithmetic[] {
  // Every calculation has its `=`: most text has none, and skips the pattern.
  if (!text.includes('=')) return []
  const found: FalseArithmetic[] = []
  for (const match of text.matchAll(expressionPattern)) {
    const [expression = '', left = '', right = ''] = match
    const result = parseOperand(right)
    const computed = evaluate(left)
    if (!result || !computed || computed.money !== result.money) continue
    if (Math.abs(computed.value - result.value) < 0.5) continue
    found.push({
      index: match.index,
      expression: expression.trim(),
      actual: result.money
        ? formatMoney(toCents(Math.round(computed.value)))
        : formatDecimal(computed.value, 2),
    })
  }
  return found
}

/** Sums of products, left to right; `undefined` when the units do not fit (two amounts multiplied, an amount plus a count). */
function evaluate(text: string): Operand | undefined {
  const parts = text.split(/\s+([+\-−–])\s+|\s*\+\s*/u)
  let total: Operand | undefined
  let sign = 1
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]
    if (part === undefined) continue
    if (index % 2 === 1) {
      sign = part === '+' ? 1 : -1
      continue
    }
    const product = multiply(part)
    if (!product) return undefined
    if (total && total.money !== product.money) return undefined
    total = {
      value: (total?.value ?? 0) + sign * product.value,
      money: product.money,
    }
    sign = 1
  }
  return total
}

function multiply(text: string): Operand | undefined {
  let value = 1
  let amounts = 0
  for (const factor of text.split(/\s+[x×]\s+|\s*[×*]\s*/u)) {
    const operand = parseOperand(factor)
    if (!operand) return undefined
    value *= operand.value
    if (operand.money) amounts++
  }
  return amounts > 1 ? undefined : {value, money: amounts === 1}
}

function parseOperand(text: string): Operand | undefined {
  const trimmed = text.trim()
  if (trimmed.startsWith('€')) {
    const cents = parseDutchAmount(trimmed)
    return cents === undefined ? undefined : {value: cents, money: true}
  }
  const figure = new RegExp('^(?:' + number + ')').exec(trimmed)?.[0]
  if (figure === undefined) return undefined
  return {
    value: Number(figure.replace(/\./g, '').replace(',', '.')),
    money: false,
  }
}
