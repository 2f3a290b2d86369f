/**
 * The hand-written Dutch notation against `Intl.NumberFormat('nl-NL')`, which
 * it replaced: byte for byte the same for every amount and number.
 */
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findFalseArithmetic} from '../src/compute/arithmetic.js'
import {formatDecimal} from '../src/compute/dutch-number.js'
import {
  formatMoney,
  formatUnits,
  minusSign,
  type Cents,
  type MoneyStyle,
} from '../src/compute/money.js'
import {spawn, temporaryDir} from './helpers.js'

// PROPERTY_RUNS: 100 by default, more in CI (.ci/run).
const runs = {numRuns: Number(process.env['PROPERTY_RUNS'] ?? 100)}

const wholeEuros = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
})
const withCents = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})
const millions = new Intl.NumberFormat('nl-NL', {maximumFractionDigits: 3})
const plain = new Intl.NumberFormat('nl-NL', {maximumFractionDigits: 0})
const upTo = (digits: number) =>
  new Intl.NumberFormat('nl-NL', {maximumFractionDigits: digits})

/** What `formatMoney` wrote when it was made of Intl formatters. */
function formatMoneyByIntl(cents: number, style: MoneyStyle): string {
  const sign = cents < 0 ? minusSign : ''
  const size = Math.abs(cents)
  const whole = size % 100 === 0
  switch (style) {
    case 'bedrag':
      return sign + (whole ? wholeEuros : withCents).format(size / 100)
    case 'streepje':
      return (
        sign +
        (whole
          ? wholeEuros.format(size / 100) + ',-'
          : withCents.format(size / 100))
      )
    case 'mln':
    case 'miljoen':
      return (
        sign +
        '€\u00A0' +
        millions.format(size / 100_000_000) +
        (style === 'mln' ? ' mln.' : ' miljoen')
      )
  }
}

const styles: MoneyStyle[] = ['bedrag', 'streepje', 'mln', 'miljoen']
/** Up to 13 digits of euros, the most `parseAmount` reads. */
const largest = 10 ** 15 - 1
const cents = fc.oneof(
  fc.integer({min: -largest, max: largest}),
  fc.integer({min: -99_999, max: 99_999}),
  // Whole euros, and the halves and wholes of a thousandth of a million (mln rounding).
  ...[100, 50_000, 100_000].map((step) =>
    fc
      .integer({
        min: -Math.floor(largest / step),
        max: Math.floor(largest / step),
      })
      .map((count) => count * step),
  ),
  // A cent either side of those steps.
  fc
    .tuple(
      fc.integer({min: -10_000_000_000, max: 10_000_000_000}),
      fc.constantFrom(-1, 1),
    )
    .map(([count, nudge]) => count * 50_000 + nudge),
)

describe('formatMoney without Intl', () => {
  it.each([
    [720_000, 'bedrag', '€ 7.200'],
    [720_050, 'bedrag', '€ 7.200,50'],
    [18_000, 'streepje', '€ 180,-'],
    [18_050, 'streepje', '€ 180,50'],
    [370_000_000, 'mln', '€ 3,7 mln.'],
    [950_000_000, 'miljoen', '€ 9,5 miljoen'],
    [-5_000_000, 'bedrag', '−€ 50.000'],
    [0, 'bedrag', '€ 0'],
    [5, 'bedrag', '€ 0,05'],
    // Half a thousandth of a million rounds away from zero; trailing zeros go.
    [150_000, 'mln', '€ 0,002 mln.'],
    [-149_999, 'mln', '−€ 0,001 mln.'],
    [99_999_950_000, 'mln', '€ 1.000 mln.'],
    [99_999_999_999_999, 'bedrag', '€ 999.999.999.999,99'],
  ] as const)('writes %i cents as %s: %s', (value, style, expected) => {
    expect(formatMoney(value as Cents, style)).toBe(
      expected.replace(/ (?=\d)/g, '\u00A0'),
    )
  })

  it('writes what Intl.NumberFormat wrote, in every style (property)', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom(...styles), (value, style) => {
        expect(formatMoney(value as Cents, style)).toBe(
          formatMoneyByIntl(value, style),
        )
      }),
      runs,
    )
  })
})

describe('formatUnits without Intl', () => {
  it.each([
    [1250, '1.250'],
    [-50, '−50'],
    [0, '0'],
    [1_000_000, '1.000.000'],
  ])('writes %i as %s', (value, expected) => {
    expect(formatUnits(value)).toBe(expected)
  })

  it('writes what Intl.NumberFormat wrote (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        expect(formatUnits(value)).toBe(
          (value < 0 ? minusSign : '') + plain.format(Math.abs(value)),
        )
      }),
      runs,
    )
  })
})

/** Doubles of every kind, and short decimals such as 2.675 whose last digit is a 5. */
const doubles = fc.oneof(
  fc.double(),
  fc.double({min: -1e7, max: 1e7}),
  fc
    .tuple(
      fc.integer({min: -1_000_000_000, max: 1_000_000_000}),
      fc.integer({min: 0, max: 7}),
    )
    .map(([value, shift]) => value / 10 ** shift),
  fc.integer({min: -100_000, max: 100_000}).map((value) => value / 1000 + 5e-4),
)

describe('formatDecimal without Intl', () => {
  it.each([
    [1.005, '1,01'],
    [2.675, '2,68'],
    [0.125, '0,13'],
    [0.995, '1'],
    [999.995, '1.000'],
    [1234.5, '1.234,5'],
    [-1234.5, '-1.234,5'],
    [-0, '-0'],
    [-0.001, '-0'],
    [1e-7, '0'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [Number.NaN, 'NaN'],
    [Number.NEGATIVE_INFINITY, '-∞'],
  ])('writes %d with at most 2 decimals as %s', (value, expected) => {
    expect(formatDecimal(value, 2)).toBe(expected)
  })

  it('writes what Intl.NumberFormat wrote, for 0 to 3 decimals (property)', () => {
    const formats = [0, 1, 2, 3].map(upTo)
    fc.assert(
      fc.property(doubles, fc.integer({min: 0, max: 3}), (value, digits) => {
        expect(formatDecimal(value, digits)).toBe(
          formats[digits]?.format(value),
        )
      }),
      runs,
    )
  })

  it('writes the true result of a false sum with it', () => {
    expect(findFalseArithmetic('2,5 x 1.000,5 = 2.400')).toEqual([
      {index: 0, expression: '2,5 x 1.000,5 = 2.400', actual: '2.501,25'},
    ])
  })
})

/** Loaded before the CLI: writes which Intl objects the run made, and where. */
const countIntl = `
import {writeFileSync} from 'node:fs'
const made = []
for (const name of Object.getOwnPropertyNames(Intl)) {
  const Original = Intl[name]
  if (typeof Original !== 'function') continue
  Intl[name] = new Proxy(Original, {
    construct(target, args, newTarget) {
      made.push(name + ' ' + new Error().stack.split('\\n')[2]?.trim())
      return Reflect.construct(target, args, newTarget)
    },
  })
}
process.on('exit', () => writeFileSync(process.env.INTL_MADE, JSON.stringify(made)))
`

describe('raadsstuk check', () => {
  it('starts no Intl formatter, so no ICU start-up (the binary)', async () => {
    const dir = await temporaryDir()
    const preload = join(dir, 'count-intl.mjs')
    const made = join(dir, 'made.json')
    await writeFile(preload, countIntl)
    const result = spawn(['check', 'content'], undefined, {
      ...process.env,
      NODE_OPTIONS: '--import=' + pathToFileURL(preload).href,
      INTL_MADE: made,
    })
    expect(result).toEqual({code: 0, stdout: '', stderr: 'geen problemen\n'})
    expect(JSON.parse(await readFile(made, 'utf8'))).toEqual([])
  })
})
