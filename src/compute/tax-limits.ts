/**
 * The Belastingdienst's maxima for untaxed volunteer allowances
 * ("onbelaste vrijwilligersvergoeding"), per calendar year. Both hold at once:
 * a single month above the monthly maximum, or a year above the yearly
 * maximum, makes the whole allowance taxable.
 *
 * Source: Belastingdienst, "Vrijwilligersvergoeding" (belastingdienst.nl,
 * Belastingdienst > Zakelijk > Personeel en loon > Vrijwilligers), the amounts
 * as published for each year. To add a year, add a line below with the
 * amounts in cents; a year that is missing is reported, never guessed.
 */
import {toCents, type Cents} from './money.js'

/** The maxima of one calendar year. */
export interface TaxFreeLimit {
  readonly perMonth: Cents
  readonly perYear: Cents
}

const euros = (amount: number) => toCents(amount * 100)

/** Maxima per calendar year. */
export const taxFreeLimits: ReadonlyMap<number, TaxFreeLimit> = new Map([
  [2021, {perMonth: euros(180), perYear: euros(1800)}],
  [2022, {perMonth: euros(180), perYear: euros(1800)}],
  [2023, {perMonth: euros(190), perYear: euros(1900)}],
  [2024, {perMonth: euros(210), perYear: euros(2100)}],
  [2025, {perMonth: euros(210), perYear: euros(2100)}],
])
