/**
 * Publication metadata across besluiten: RIB numbers given once and kept,
 * a sent RIB that stays sent, and an `out/` that holds only the besluiten
 * that exist.
 */
import {cp, mkdir, readdir, readFile, rename, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build, stampName} from '../src/commands/build.js'
import {assignRibNumbers} from '../src/check/rib-register.js'
import {formatReport} from '../src/messages/report.js'
import {exampleDir, exampleName, temporaryDir} from './helpers.js'

/** A content folder with copies of the example, each changed by its function. */
async function contentWith(
  besluiten: Record<string, (yaml: string) => string>,
): Promise<string> {
  const content = await temporaryDir()
  for (const [name, change] of Object.entries(besluiten)) {
    await cp(exampleDir, join(content, name), {recursive: true})
    await edit(content, name, change)
  }
  return content
}

async function edit(
  content: string,
  name: string,
  change: (yaml: string) => string,
): Promise<void> {
  const path = join(content, name, 'besluit.yaml')
  await writeFile(path, change(await readFile(path, 'utf8')))
}

const sent =
  (nummer: string, date = '2021-07-15') =>
  (yaml: string) =>
    yaml.replace(
      'status: vastgesteld',
      `status: verzonden\npublicatie:\n  ribNummer: "${nummer}"\n  verzonden: ${date}\n  registratienummer: "6545591"`,
    )
const dated = (date: string) => (yaml: string) =>
  yaml.replace('datum: 2021-07-13', 'datum: ' + date)

const numbers = (result: Awaited<ReturnType<typeof build>>) =>
  Object.fromEntries(
    result.records.map((record) => [record.name, record.ribNummer]),
  )

describe('RIB numbers', () => {
  it('gives a RIB without a number the next of its year, in the order of the college dates', async () => {
    const content = await contentWith({
      'b-juli': (yaml) => yaml,
      'a-september': dated('2021-09-01'),
      'c-sent': sent('2021-007'),
      'd-2022': dated('2022-01-11'),
    })
    const outDir = await temporaryDir()
    const result = await build({contentDir: content, outDir, pdf: false})
    expect(result.failed).toBe(false)
    expect(numbers(result)).toEqual({
      'b-juli': '2021-008',
      'a-september': '2021-009',
      'c-sent': '2021-007',
      'd-2022': '2022-001',
    })
    // A number once given stays: an earlier besluit added later gets the next one.
    await cp(exampleDir, join(content, 'e-januari'), {recursive: true})
    await edit(content, 'e-januari', dated('2021-01-05'))
    const again = await build({contentDir: content, outDir, pdf: false})
    expect(numbers(again)).toMatchObject({
      'b-juli': '2021-008',
      'a-september': '2021-009',
      'e-januari': '2021-010',
    })
    expect(
      again.besluiten.filter((besluit) => !besluit.skipped).map((b) => b.name),
    ).toEqual(['e-januari'])
  })

  it('refuses one number for two besluiten, at both, and writes neither', async () => {
    const content = await contentWith({
      eerste: sent('2021-007'),
      tweede: sent('2021-007', '2021-07-20'),
    })
    const outDir = await temporaryDir()
    const result = await build({contentDir: content, outDir, pdf: false})
    expect(result.failed).toBe(true)
    expect(formatReport(result.files, {cwd: content})).toBe(
      [
        'eerste/besluit.yaml:12:14: error: RIB-nummer 2021-007 is ook gegeven aan `tweede` [rib-number-taken]',
        '  hint: elk RIB-nummer hoort bij één raadsinformatiebrief; laat `ribNummer` weg bij een RIB die nog niet verzonden is, dan krijgt die het volgende vrije nummer',
        'tweede/besluit.yaml:12:14: error: RIB-nummer 2021-007 is ook gegeven aan `eerste` [rib-number-taken]',
        '  hint: elk RIB-nummer hoort bij één raadsinformatiebrief; laat `ribNummer` weg bij een RIB die nog niet verzonden is, dan krijgt die het volgende vrije nummer',
        '2 fouten',
        '',
      ].join('\n'),
    )
    expect(await readdir(outDir)).toEqual([])
  })

  it('keeps a sent RIB sent and numbered, and the earlier output with it', async () => {
    const content = await contentWith({[exampleName]: sent('2021-008')})
    const outDir = await temporaryDir()
    expect(
      (await build({contentDir: content, outDir, pdf: false})).failed,
    ).toBe(false)
    const html = join(outDir, exampleName, 'raadsinformatiebrief.html')
    const before = await readFile(html, 'utf8')
    await edit(content, exampleName, (yaml) =>
      yaml
        .replace('status: verzonden', 'status: vastgesteld')
        .replace('Stand van zaken', 'Stand'),
    )
    const back = await build({contentDir: content, outDir, pdf: false})
    expect(back.failed).toBe(true)
    expect(formatReport(back.files, {cwd: content})).toBe(
      [
        `${exampleName}/besluit.yaml:10:9: error: de status gaat terug van \`verzonden\` naar \`vastgesteld\`: deze raadsinformatiebrief is al aan de raad verzonden [status-after-sent]`,
        '  hint: een verzonden RIB blijft verzonden; stuur een correctie als nieuwe RIB (ging de verzending niet door, verwijder dan de map van dit besluit in out/)',
        '1 fout',
        '',
      ].join('\n'),
    )
    expect(await readFile(html, 'utf8')).toBe(before)
    await edit(content, exampleName, (yaml) =>
      yaml
        .replace('status: vastgesteld', 'status: verzonden')
        .replace('"2021-008"', '"2021-009"'),
    )
    const renumbered = await build({contentDir: content, outDir, pdf: false})
    expect(formatReport(renumbered.files, {cwd: content})).toContain(
      'error: deze raadsinformatiebrief is verzonden als RIB 2021-008 en krijgt geen ander nummer (2021-009) [sent-rib-renumbered]',
    )
    expect(await readFile(html, 'utf8')).toBe(before)
  })

  it('assigns numbers as a pure function, a taken number skipped', () => {
    const register = assignRibNumbers([
      {
        name: 'a',
        datum: '2021-03-01',
        hasRib: true,
        status: 'concept',
        ribNummer: undefined,
      },
      {
        name: 'b',
        datum: '2021-02-01',
        hasRib: true,
        status: 'verzonden',
        ribNummer: '2021-004',
      },
      {
        name: 'c',
        datum: '2021-04-01',
        hasRib: false,
        status: 'concept',
        ribNummer: undefined,
      },
      {
        name: 'd',
        datum: '2021-05-01',
        hasRib: true,
        status: 'concept',
        ribNummer: undefined,
        previous: {ribNummer: '2021-002'},
      },
    ])
    expect(Object.fromEntries(register.numbers)).toEqual({
      a: '2021-005',
      b: '2021-004',
      d: '2021-002',
    })
    expect(register.problems).toEqual([])
  })
})

describe('tidy output', () => {
  it('removes the folder of a renamed besluit and leaves what it did not write', async () => {
    const content = await contentWith({[exampleName]: (yaml) => yaml})
    const outDir = await temporaryDir()
    await build({contentDir: content, outDir, pdf: false})
    await mkdir(join(outDir, 'eigen-map'))
    await writeFile(join(outDir, 'eigen-map', 'notitie.txt'), 'van mij\n')
    const renamed = '2021-07-13-vergoeding-werkgroep'
    await rename(join(content, exampleName), join(content, renamed))
    const result = await build({contentDir: content, outDir, pdf: false})
    expect(result.failed).toBe(false)
    const folders = (await readdir(outDir, {withFileTypes: true}))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
    expect(folders).toEqual([renamed, 'besluitenlijst', 'eigen-map', 'jaar'])
    expect(await readdir(join(outDir, renamed))).toContain(stampName)
    expect(
      await readFile(join(outDir, 'eigen-map', 'notitie.txt'), 'utf8'),
    ).toBe('van mij\n')
  })
})
