/**
 * The checks of a valid besluit against itself, its folder and its
 * organisation, after the schema: references, publicatie,
 * begrotingswijziging, beslispunten, kopvelden, eigen secties and bijlagen.
 * Pure: each returns problems with a path, which compile places at once.
 */
import type {BesluitSource} from '../compile.js'
import type {Problem} from '../messages/problem.js'
import {checkBegrotingswijziging} from './begrotingswijziging.js'
import {checkBeslispuntParagraphs, checkBeslispunten} from './beslispunten.js'
import {checkBijlagen} from './bijlagen.js'
import {checkEigenSecties} from './eigen-secties.js'
import {checkKopvelden} from './kopvelden.js'
import type {Organisatie} from './organisatie.js'
import {checkPublicatie} from './publicatie.js'
import {checkReferences} from './references.js'
import type {Besluit} from './schema.js'

/** Options of {@link checkBesluit}. */
export interface Options {
  /** Check the header fields against the organisation's (a besluit without an organisation of its own has none to check). */
  readonly kopvelden: boolean
  /** The files the build writes beside the bijlagen, which no bijlage may be named. */
  readonly outputNames: readonly string[]
}

/** Every problem of a valid besluit beyond its schema. */
export function checkBesluit(
  besluit: Besluit,
  organisatie: Organisatie,
  source: BesluitSource,
  options: Options,
): Problem[] {
  return [
    ...(options.kopvelden ? checkKopvelden(besluit, organisatie) : []),
    ...checkReferences(
      besluit,
      source.proseFiles,
      source.assets ?? new Map(),
      source.refused,
    ),
    ...checkPublicatie(besluit),
    ...checkBegrotingswijziging(besluit),
    ...checkBeslispunten(besluit),
    ...checkBeslispuntParagraphs(besluit),
    ...checkEigenSecties(besluit),
    // A version from git or a textconv has no folder to look in.
    ...(source.entries
      ? checkBijlagen(besluit, source.entries, options.outputNames)
      : []),
  ]
}
