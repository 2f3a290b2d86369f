/**
 * `raadsstuk diff` and `textconv` on the province's example: onderdelen
 * named by their number (1b, 1d), argumenten numbered 1.a as the province's
 * documents number them, and the text of every beslispunt with its number.
 */
import {cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {textconv} from '../src/commands/textconv.js'
import {compareVersions} from '../src/diff/compare.js'
import type {BesluitDiff} from '../src/diff/diff.js'
import {formatChangeList} from '../src/diff/change-list.js'
import {formatDiff} from '../src/diff/format.js'
import {root, temporaryDir} from './helpers.js'

const organisation = join(root, 'content', 'provincie-flevoland')
const name = '2026-02-17-uitvoeringsprogramma-fiets'
let before: string

/** A copy of the province's content root with its besluit changed. */
async function version(change: (yaml: string) => string): Promise<string> {
  const folder = await temporaryDir()
  await cp(organisation, folder, {recursive: true})
  const path = join(folder, name, 'besluit.yaml')
  await writeFile(path, change(await readFile(path, 'utf8')))
  return folder
}

async function diffOf(from: string, to: string): Promise<BesluitDiff> {
  const comparison = await compareVersions(from, to, {contentDir: from})
  expect(comparison.diffs).toHaveLength(1)
  return comparison.diffs[0] as BesluitDiff
}

const steps = (changes: BesluitDiff['beslispunten']) =>
  changes.map((change) => [
    change.kind,
    change.key,
    change.from?.number,
    change.to?.number,
  ])

beforeAll(async () => {
  before = await version((yaml) => yaml)
})

describe('raadsstuk diff with onderdelen', () => {
  it('names a changed and an added onderdeel by number, and numbers argumenten 1.a as the province does', async () => {
    const after = await version((yaml) =>
      yaml
        .replace(
          'het programma Veilige oversteken voor fietsers',
          'het programma Veilige kruisingen voor fietsers',
        )
        .replace(
          '          vervoer.\n',
          '          vervoer;\n      - id: deelfietsen\n        tekst: deelfietsen bij de stations Lelystad Centrum en Almere Centrum.\n',
        )
        .replace(
          'argumenten:\n',
          'argumenten:\n  - beslispunt: programma\n    kop: Het programma past in de begroting\n    tekst: De kosten passen binnen het budget voor mobiliteit.\n  - beslispunt: deelfietsen\n    kop: Deelfietsen maken de laatste kilometer korter\n    tekst: Wie met de trein komt, fietst het laatste stuk.\n',
        ),
    )
    const diff = await diffOf(before, after)
    expect(diff.status).toBe('gewijzigd')
    // 1c ends in a semicolon now that 1d follows it.
    expect(steps(diff.beslispunten)).toEqual([
      ['gewijzigd', 'oversteken', '1b', '1b'],
      ['gewijzigd', 'fietsparkeren', '1c', '1c'],
      ['toegevoegd', 'deelfietsen', undefined, '1d'],
    ])
    expect(
      diff.argumenten.map((change) => [
        change.kind,
        change.from?.number,
        change.to?.number,
      ]),
    ).toEqual([
      ['toegevoegd', undefined, '1.a'],
      ['hernummerd', '1.a', '1.b'],
      ['hernummerd', '1.b', '1.c'],
      ['toegevoegd', undefined, '1d.1'],
    ])
    // The documents' text shows nothing the items above do not already say.
    expect(diff.text).toEqual([])
    const list = formatChangeList([diff], {from: 'oud', to: 'nieuw'})
    expect(list).toContain(
      'Beslispunt 1b: „oversteken” wordt vervangen door „kruisingen”.',
    )
    expect(list).toContain(
      'Beslispunt 1d wordt toegevoegd: „deelfietsen bij de stations Lelystad Centrum en Almere Centrum”.',
    )
    expect(list).toContain('Argument 1.a wordt argument 1.b.')
    expect(list).toContain(
      'Argument 1d.1 wordt toegevoegd: „Deelfietsen maken de laatste kilometer korter”.',
    )
    const terminal = formatDiff([diff], {from: 'oud', to: 'nieuw'})
    expect(terminal).toContain(
      'beslispunt 1b gewijzigd: het programma Veilige [-oversteken-]{+kruisingen+} voor fietsers op de provinciale wegen;',
    )
    expect(terminal).toContain('argument 1.b wordt 1.c (hernummerd)')
  })

  it('names a removed onderdeel, its argument and its kanttekening by number', async () => {
    const after = await version((yaml) =>
      yaml
        .replace(/ {6}- id: fietsparkeren\n(?: {8}.*\n)+/, '')
        .replace('          wegen;\n', '          wegen.\n')
        .replace(/ {2}- beslispunt: fietsparkeren\n(?: {4}.*\n)+/g, ''),
    )
    const diff = await diffOf(before, after)
    expect(diff.status).toBe('gewijzigd')
    expect(steps(diff.beslispunten)).toEqual([
      ['gewijzigd', 'oversteken', '1b', '1b'],
      ['verwijderd', 'fietsparkeren', '1c', undefined],
    ])
    expect(steps(diff.argumenten)).toEqual([
      [
        'verwijderd',
        'fietsparkeren: Wie de fiets goed kan stallen, neemt de fiets naar het station',
        '1c.1',
        undefined,
      ],
    ])
    expect(formatChangeList([diff], {from: 'oud', to: 'nieuw'})).toContain(
      'Beslispunt 1c („de aanpak van het fietsparkeren bij de knooppunten van het openbaar vervoer”) vervalt.',
    )
    expect(diff.kanttekeningen.map((change) => change.from?.number)).toEqual([
      '1c.1',
    ])
  })
})

describe('textconv with onderdelen', () => {
  it('keeps the number of every beslispunt and onderdeel, and of a beslispunt of several paragraphs', async () => {
    const text = await textconv(join(organisation, name, 'besluit.yaml'))
    expect(text).toContain(
      [
        '1. Het Uitvoeringsprogramma Fiets Flevoland 2026–2029 vast te stellen, met daarin:',
        '1a. de doorfietsroutes Lelystad–Dronten en Almere–Zeewolde als verbindingen met voorrang;',
        '1b. het programma Veilige oversteken voor fietsers op de provinciale wegen;',
        '1c. de aanpak van het fietsparkeren bij de knooppunten van het openbaar vervoer.',
        '2. Een investeringskrediet van € 6.350.000 beschikbaar te stellen voor de doorfietsroute Lelystad–Dronten.',
      ].join('\n\n'),
    )
    expect(text).toContain(
      '### 1.b Projecten zijn gekozen op verkeersveiligheid en gebruik',
    )
    expect(text).toContain(
      '### 1a.1 Doorfietsroutes verbinden de kernen met de werkgebieden',
    )
    const paragraphs = await textconv(
      join(
        root,
        'test',
        'fixtures',
        'invalid',
        'beslispunt-paragraphs',
        'besluit.yaml',
      ),
    )
    expect(paragraphs).toContain(
      '2. De uitvoering als volgt te regelen: 2a. de werkgroep begint in maart; 2b. de proef wordt na een jaar geëvalueerd.\n\n3. De proef na een jaar te evalueren. De uitkomst met de raad te delen.',
    )
  })
})
