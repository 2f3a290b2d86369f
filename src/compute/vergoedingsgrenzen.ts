/**
 * The Belastingdienst's maxima for untaxed volunteer allowances
 * ("onbelaste vrijwilligersvergoeding"), per calendar year. Both hold at once:
 * a single month above the monthly maximum, or a year above the yearly
 * maximum, makes the whole allowance taxable.
 *
 * The figures are data, not code: the package ships them in
 * `data/belastingvrije-vergoedingen.yaml` (read at the edge, in `io/`), and an
 * organisation can add or override years. Pure.
 */
import {z} from 'zod'
import {parseAmount, type Cents} from './money.js'

/** The maxima of one calendar year. */
export interface Vergoedingsgrens {
  readonly perMonth: Cents
  readonly perYear: Cents
}

/** Maxima per calendar year. */
export type Vergoedingsgrenzen = ReadonlyMap<number, Vergoedingsgrens>

/** Where the package keeps its table of vergoedingsgrenzen, relative to the package root (named in messages). */
export const vergoedingsgrenzenFile = 'data/belastingvrije-vergoedingen.yaml'

const euros = z.union([z.number(), z.string()]).transform((value, context) => {
  const cents = parseAmount(String(value))
  if (cents === undefined || cents < 0)
    context.issues.push({
      code: 'custom',
      input: value,
      message: 'verwacht een bedrag in euro’s, niet `' + String(value) + '`',
    })
  return cents ?? (0 as Cents)
})

/** The table as data: `{2021: {perMaand: 180, perJaar: 1800}, …}`. */
export const vergoedingsgrenzenSchema = z.record(
  z.string().regex(/^\d{4}$/, {error: 'een jaar heeft vier cijfers'}),
  z.strictObject({perMaand: euros, perJaar: euros}),
)

/** Turn the data into the table of vergoedingsgrenzen; throws on data that is not a table (a bug in the package's file). */
export function parseVergoedingsgrenzen(data: unknown): Vergoedingsgrenzen {
  const parsed = vergoedingsgrenzenSchema.safeParse(data, {jitless: true})
  if (!parsed.success)
    throw new Error('Expected a table of vergoedingsgrenzen per year', {
      cause: parsed.error,
    })
  return new Map(
    Object.entries(parsed.data)
      .map(
        ([year, grens]) =>
          [
            Number(year),
            {perMonth: grens.perMaand, perYear: grens.perJaar},
          ] as const,
      )
      .sort(([a], [b]) => a - b),
  )
}

/** The package's table with an organisation's years added or replaced. */
export function mergeVergoedingsgrenzen(
  base: Vergoedingsgrenzen,
  override: Vergoedingsgrenzen | undefined,
): Vergoedingsgrenzen {
  if (!override) return base
  return new Map([...base, ...override].sort(([a], [b]) => a - b))
}

/** An organisation's own vergoedingsgrenzen as a table, where it has any. */
export function organisatieVergoedingsgrenzen(
  grenzen: ReadonlyArray<{
    readonly jaar: number
    readonly perMaand: Cents
    readonly perJaar: Cents
  }>,
): Vergoedingsgrenzen | undefined {
  if (grenzen.length === 0) return undefined
  return new Map(
    grenzen.map((grens) => [
      grens.jaar,
      {perMonth: grens.perMaand, perYear: grens.perJaar},
    ]),
  )
}
