/**
 * The beslispunten and their onderdelen: one id each across both, the
 * beslispunt every argument and kanttekening names, an argument for each,
 * and one paragraph each. Pure: returns the problems, each with a path into
 * the source (and for a paragraph, the point in its text).
 */
import type {Problem} from '../messages/problem.js'
import {didYouMean} from '../messages/suggest.js'
import {letter} from '../compute/numbering.js'
import type {Besluit} from './schema.js'

/** A beslispunt or onderdeel with its number, place and whether it needs no argument. */
interface ListedBeslispunt {
  readonly id: string
  readonly tekst: string
  readonly number: string
  readonly path: readonly PropertyKey[]
  readonly what: 'beslispunt' | 'onderdeel'
  readonly procedureel: boolean
  /** The id of its beslispunt, for an onderdeel. */
  readonly parent: string | undefined
  readonly hasOnderdelen: boolean
}

/** Check the ids and references of the beslispunten and onderdelen of a valid besluit. */
export function checkBeslispunten(besluit: Besluit): Problem[] {
  const problems: Problem[] = []
  const beslispunten = listBeslispunten(besluit)
  const ids = new Map<string, ListedBeslispunt['what']>()
  for (const beslispunt of beslispunten) {
    const first = ids.get(beslispunt.id)
    if (first)
      problems.push({
        path: [...beslispunt.path, 'id'],
        reason:
          'dubbel id `' +
          beslispunt.id +
          '`: er is al een ' +
          first +
          ' met dit id',
        ruleId: 'duplicate-id',
        hint:
          first === 'beslispunt' && beslispunt.what === 'beslispunt'
            ? 'geef elk beslispunt een eigen id'
            : 'geef elk beslispunt en elk onderdeel een eigen id',
      })
    else ids.set(beslispunt.id, beslispunt.what)
  }
  const known = new Set(ids.keys())
  const unknown = checkRedeneringTargets(besluit, known, problems)
  // With a misspelt reference, "no argument" would only repeat that mistake.
  if (!unknown) checkArguments(besluit, beslispunten, problems)
  return problems
}

/**
 * Each beslispunt or onderdeel of several paragraphs, or with a list in its
 * text, at the point in its text where the next paragraph or item starts.
 */
export function checkBeslispuntParagraphs(besluit: Besluit): Problem[] {
  return listBeslispunten(besluit).flatMap(
    (beslispunt) => checkParagraphs(beslispunt) ?? [],
  )
}

function listBeslispunten(besluit: Besluit): ListedBeslispunt[] {
  return besluit.beslispunten.flatMap((beslispunt, index) => {
    const number = String(index + 1)
    const path = ['beslispunten', index]
    const onderdelen = beslispunt.onderdelen ?? []
    return [
      {
        id: beslispunt.id,
        tekst: beslispunt.tekst,
        number,
        path,
        what: 'beslispunt' as const,
        procedureel: beslispunt.procedureel ?? false,
        parent: undefined,
        hasOnderdelen: onderdelen.length > 0,
      },
      ...onderdelen.map((part, partIndex) => ({
        id: part.id,
        tekst: part.tekst,
        number: number + letter(partIndex + 1),
        path: [...path, 'onderdelen', partIndex],
        what: 'onderdeel' as const,
        procedureel:
          (beslispunt.procedureel ?? false) || (part.procedureel ?? false),
        parent: beslispunt.id,
        hasOnderdelen: false,
      })),
    ]
  })
}

/** Report redeneringen that name no beslispunt or onderdeel; whether there were any. */
function checkRedeneringTargets(
  besluit: Besluit,
  ids: ReadonlySet<string>,
  problems: Problem[],
): boolean {
  let unknown = false
  for (const key of ['argumenten', 'kanttekeningen'] as const) {
    besluit[key].forEach((redenering, index) => {
      if (ids.has(redenering.beslispunt)) return
      unknown = true
      problems.push({
        path: [key, index, 'beslispunt'],
        reason:
          'onbekend beslispunt `' +
          redenering.beslispunt +
          '` in ' +
          key +
          '[' +
          (index + 1) +
          ']',
        ruleId: 'unknown-beslispunt',
        hint:
          didYouMean(redenering.beslispunt, ids) ??
          'bekende beslispunten: ' +
            [...ids].map((id) => '`' + id + '`').join(', '),
      })
    })
  }
  return unknown
}

/**
 * A beslispunt needs an argument, unless it is procedureel. A beslispunt
 * with onderdelen is argued as a whole or per onderdeel: then each onderdeel
 * without an argument of its own or of its beslispunt is named.
 */
function checkArguments(
  besluit: Besluit,
  beslispunten: readonly ListedBeslispunt[],
  problems: Problem[],
): void {
  const argued = new Set(
    besluit.argumenten.map((argument) => argument.beslispunt),
  )
  for (const beslispunt of beslispunten) {
    if (
      beslispunt.procedureel ||
      beslispunt.hasOnderdelen ||
      argued.has(beslispunt.id)
    )
      continue
    if (beslispunt.parent !== undefined && argued.has(beslispunt.parent))
      continue
    problems.push({
      path: [...beslispunt.path, 'id'],
      reason:
        beslispunt.what +
        ' ' +
        beslispunt.number +
        ' (`' +
        beslispunt.id +
        '`) heeft geen argument',
      ruleId: 'beslispunt-without-argument',
      hint:
        'voeg onder `argumenten` een argument toe met `beslispunt: ' +
        beslispunt.id +
        '`' +
        (beslispunt.parent === undefined
          ? ''
          : ' (of voor het hele beslispunt `beslispunt: ' +
            beslispunt.parent +
            '`)') +
        ', of zet `procedureel: true` bij een procedureel ' +
        beslispunt.what,
      warning: true,
    })
  }
}

/** A line that opens an onderdeel or list item: `3a.`, `b)`, `2.`, `-`, `•`. */
const markedLine = /^([ \t]*)((?:\d+[a-z]?|[a-z])[.)]|[-*+•])[ \t]/

/** A beslispunt is one paragraph: more, or onderdelen written into its text, is a warning at the place. */
function checkParagraphs(beslispunt: ListedBeslispunt): Problem | undefined {
  const lines = beslispunt.tekst.split('\n')
  let blank = false
  for (const [index, line] of lines.entries()) {
    const mark = index > 0 ? markedLine.exec(line) : null
    const paragraph = blank && line.trim() !== ''
    blank = line.trim() === ''
    if (!mark && !paragraph) continue
    const column = (mark?.[1] ?? /^[ \t]*/.exec(line)?.[0] ?? '').length + 1
    const name =
      beslispunt.what + ' ' + beslispunt.number + ' (`' + beslispunt.id + '`)'
    return {
      path: [...beslispunt.path, 'tekst'],
      at: {line: index + 1, column},
      reason: mark
        ? name + ' heeft een opsomming in de tekst (`' + mark[2] + '`)'
        : name + ' heeft meer dan één alinea',
      ruleId: 'beslispunt-paragraphs',
      hint:
        beslispunt.what === 'beslispunt'
          ? 'schrijf een beslispunt als één alinea; zet onderdelen onder `onderdelen:`, elk met een eigen `id` en `tekst`, dan worden ze genummerd ' +
            beslispunt.number +
            'a, ' +
            beslispunt.number +
            'b …'
          : 'schrijf een onderdeel als één alinea; maak van een volgend stuk een eigen onderdeel',
      warning: true,
    }
  }
  return undefined
}
