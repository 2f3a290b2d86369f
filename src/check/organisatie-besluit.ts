/**
 * Which organisation a besluit speaks for: the `organisatie.yaml` of its
 * content root, a besluit's own `organisatie:` (over the file, or instead of
 * it), or, as before organisations existed, `gemeente: <naam>`. Pure: the
 * problems go out with a path into the besluit.
 */
import type {VFile} from 'vfile'
import type {Problem} from '../messages/problem.js'
import {
  bodyProblems,
  organisatieFileName,
  readOrganisatie,
  type Organisatie,
} from './organisatie.js'
import {
  gemeenteOrganisatie,
  resolveOrganisatie,
} from './organisatie-defaults.js'
import type {Besluit} from './schema.js'

/** The organisation of a besluit and the problems in the besluit about it. */
export interface OrganisatieOf {
  /** `undefined` when there is none or its file has errors. */
  readonly organisatie: Organisatie | undefined
  readonly problems: readonly Problem[]
}

/** The organisation of a besluit; without one, a problem says why (or its file has the messages). */
export function organisatieOf(
  besluit: Besluit,
  organisatieSource:
    | {
        readonly file: VFile
        readonly assets: ReadonlyMap<string, Uint8Array>
      }
    | undefined,
): OrganisatieOf {
  const fromFile = organisatieSource
    ? readOrganisatie(organisatieSource.file, organisatieSource.assets)
    : undefined
  // The file's own messages stop the besluit; they are reported on the file.
  if (organisatieSource && !fromFile)
    return {organisatie: undefined, problems: []}
  const override = besluit.organisatie ?? {}
  const of = (
    resolve: () => Organisatie,
    soort: Parameters<typeof bodyProblems>[2],
    before: readonly Problem[] = [],
  ): OrganisatieOf => {
    const bodies = bodyProblems(['organisatie'], override, soort)
    return {
      organisatie: bodies.length === 0 ? resolve() : undefined,
      problems: [...before, ...bodies],
    }
  }
  if (fromFile)
    return of(
      () => resolveOrganisatie(fromFile, override),
      override.soort ?? fromFile.soort,
      besluit.gemeente === undefined ? [] : [gemeenteUnused],
    )
  if (override.naam !== undefined && override.soort !== undefined) {
    const {naam, soort} = override
    return of(() => resolveOrganisatie({...override, naam, soort}, {}), soort)
  }
  const gemeente = besluit.gemeente
  if (gemeente !== undefined) {
    if (besluit.organisatie === undefined)
      return {organisatie: gemeenteOrganisatie(gemeente), problems: []}
    return of(
      () =>
        resolveOrganisatie(
          {
            naam: 'Gemeente ' + gemeente,
            soort: 'gemeente',
            korteNaam: gemeente,
          },
          override,
        ),
      'gemeente',
    )
  }
  const partial = besluit.organisatie !== undefined
  return {
    organisatie: undefined,
    problems: [
      {
        path: partial ? ['organisatie'] : [],
        reason: partial
          ? '`organisatie` heeft `naam` en `soort` nodig als er geen `' +
            organisatieFileName +
            '` is'
          : 'verplicht veld `gemeente` ontbreekt',
        ruleId: 'missing-field',
        hint:
          'zet een `' +
          organisatieFileName +
          '` met `naam:` en `soort:` in de map met besluiten, of noem hier `gemeente: <naam>`',
      },
    ],
  }
}

const gemeenteUnused: Problem = {
  path: [],
  key: 'gemeente',
  reason:
    '`gemeente` wordt niet gebruikt: de organisatie staat in `' +
    organisatieFileName +
    '`',
  ruleId: 'gemeente-unused',
  hint: 'laat `gemeente:` weg, of zet wat dit besluit anders heeft onder `organisatie:`',
  warning: true,
}
