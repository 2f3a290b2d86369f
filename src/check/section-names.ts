/**
 * The names of the shared sections, once: the besluit's `secties` and
 * `koppen` (`schema.ts`) and the organisation's `koppen`
 * (`organisatie-schema.ts`) are made from this list.
 */

/** The sections both documents can have, in the order the documents show them. */
export const sectionNames = [
  'aanleiding',
  'beoogdEffect',
  'duurzaamheid',
  'financien',
  'risicoparagraaf',
  'communicatieboodschap',
  'communicatie',
  'vervolgstappen',
] as const

/** The name of a shared section. */
export type SectionName = (typeof sectionNames)[number]
