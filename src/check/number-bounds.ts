/**
 * Numbers as a writer means them, and no bigger than raadsstuk can count
 * exactly: plain decimals only (no `0x10`, `0o20`, `1e3`, `.inf`, no `-0`, no
 * more digits than a number holds), and a vergoeding whose largest possible
 * total stays a safe integer of cents. Pure: returns the problems, each with
 * a path (or, for how a number is written, an offset) into the source.
 */
import {isScalar, visit} from 'yaml'
import type {Problem} from '../messages/problem.js'
import type {ParsedYaml} from '../parse/yaml.js'
import type {Besluit} from './schema.js'
import {maxCents, maxLeden} from './amount-bounds.js'

const plainDecimal = /^-?\d+(?:\.\d+)?$/

/** Numbers written other than as plain decimals, or that YAML would round. */
export function checkNumberLiterals(parsed: ParsedYaml): Problem[] {
  const problems: Problem[] = []
  const source = String(parsed.file.value)
  visit(parsed.document, {
    Scalar(_, node) {
      if (!isScalar(node) || !node.range || typeof node.value !== 'number')
        return
      if (node.type !== 'PLAIN') return
      const text = source.slice(node.range[0], node.range[1]).trim()
      const problem = describe(text, node.value)
      if (!problem) return
      problems.push({
        offset: node.range[0],
        reason: problem.reason,
        ruleId: 'number-notation',
        hint: problem.hint,
      })
    },
  })
  return problems
}

function describe(
  text: string,
  value: number,
): {reason: string; hint: string} | undefined {
  const shown = text.length > 30 ? text.slice(0, 30) + '…' : text
  if (!plainDecimal.test(text))
    return {
      reason: 'getal `' + shown + '` is geen gewoon decimaal getal',
      hint: 'schrijf getallen met cijfers en hoogstens een punt, zoals 7200 of 180.50 (geen 0x, 0o, e of .inf)',
    }
  if (/^-0+(?:\.0+)?$/.test(text))
    return {
      reason: '`' + shown + '` is geen bedrag of aantal',
      hint: 'schrijf 0',
    }
  // YAML reads the text as a float: digits beyond its precision are lost without a word.
  const [whole = '', decimals = ''] = text.replace(/^-/, '').split('.')
  const expected = Number(text)
  if (
    whole.replace(/^0+(?=\d)/, '').length > 15 ||
    (decimals.length > 2 &&
      String(value) !== text.replace(/^(-?)0+(?=\d)/, '$1'))
  )
    return {
      reason:
        'getal `' +
        shown +
        '` heeft meer cijfers dan raadsstuk exact kan lezen (het zou ' +
        String(expected) +
        ' worden)',
      hint: 'schrijf een bedrag met hoogstens twee decimalen, zoals 180 of 179.99',
    }
  return undefined
}

/**
 * Whether the vergoeding's largest possible total (a whole year's maximum per
 * lid per year of its period, or its rate times the months) is a safe
 * integer of cents; the problem when not.
 */
export function checkVergoedingBounds(besluit: Besluit): Problem[] {
  const vergoeding = besluit.financien?.vergoeding
  if (!vergoeding) return []
  const leden =
    typeof vergoeding.leden === 'number'
      ? vergoeding.leden
      : vergoeding.leden.length
  const months =
    (Number(vergoeding.tot.slice(0, 4)) -
      Number(vergoeding.van.slice(0, 4)) +
      1) *
    12
  const largest = Math.max(vergoeding.tarief, 0) * months * Math.max(leden, 0)
  if (Number.isSafeInteger(largest) && largest <= maxCents * maxLeden) return []
  return [
    {
      path: ['financien', 'vergoeding'],
      reason:
        'de vergoeding kan groter worden dan raadsstuk exact kan rekenen (tarief × maanden × leden)',
      ruleId: 'amount-too-large',
      hint: 'controleer tarief, leden en periode: een vrijwilligersvergoeding is enkele honderden euro’s per lid per maand',
    },
  ]
}
