/**
 * `raadsstuk diff` and the textconv driver on a temporary git repository with
 * a series of commits to the example besluit.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {textconv} from '../src/commands/textconv.js'
import {compareVersions} from '../src/diff/compare.js'
import type {BesluitDiff} from '../src/diff/diff.js'
import {
  dist,
  exampleDir,
  exampleName,
  openBrowser,
  run,
  temporaryDir,
} from './helpers.js'

let repo: string
let yamlPath: string
const commits: Record<string, string> = {}
const git = (...args: string[]) =>
  execFileSync('git', args, {cwd: repo, encoding: 'utf8'}).trim()

async function commit(
  name: string,
  change: (yaml: string) => string,
): Promise<void> {
  await writeFile(yamlPath, change(await readFile(yamlPath, 'utf8')))
  git('commit', '-qam', name)
  commits[name] = git('rev-parse', 'HEAD')
}

beforeAll(async () => {
  repo = await temporaryDir('raadsstuk-repo-')
  await cp(exampleDir, join(repo, 'content', exampleName), {recursive: true})
  yamlPath = join(repo, 'content', exampleName, 'besluit.yaml')
  git('init', '-q')
  git('config', 'user.email', 'test@example.org')
  git('config', 'user.name', 'test')
  git('add', '-A')
  git('commit', '-qm', 'base')
  commits['base'] = git('rev-parse', 'HEAD')
  await commit('lid', (yaml) =>
    yaml.replace('    leden: 4\n', '    leden: 5\n'),
  )
  await commit('reworded', (yaml) =>
    yaml.replace('Bij wijze van experiment een', 'Bij wijze van proef een'),
  )
  await commit('inserted', (yaml) =>
    yaml.replace(
      '  - beslispunt: vergoeding\n    kop: Een vrijwilligersvergoeding staat niet in verhouding tot een inkomen',
      '  - beslispunt: vergoeding\n    kop: De vergoeding is belast als de grens wordt overschreden\n    tekst: |\n      Daarom houden we de grens van de Belastingdienst aan.\n  - beslispunt: vergoeding\n    kop: Een vrijwilligersvergoeding staat niet in verhouding tot een inkomen',
    ),
  )
  await commit('date', (yaml) =>
    yaml.replace('datum: 2021-07-13', 'datum: 2021-07-20'),
  )
  await commit('invalid', (yaml) =>
    yaml.replace('    van: 2021-03\n', '    van: 2021-13\n'),
  )
})

async function diffOf(from: string, to: string): Promise<BesluitDiff> {
  const comparison = await compareVersions(
    commits[from] ?? from,
    commits[to] ?? to,
    {contentDir: join(repo, 'content'), cwd: repo},
  )
  expect(comparison.diffs).toHaveLength(1)
  return comparison.diffs[0] as BesluitDiff
}

const plain = (text: string | undefined) => text?.replace(/\u00A0/g, ' ')

/**
 * `raadsstuk diff …` in this process, in the repository. main() resolves the
 * default content folder against the process's folder, not `cwd`, so it is
 * named.
 */
const diffInRepo = (...args: string[]) =>
  run(['diff', ...args, '--content', join(repo, 'content')], repo)

describe('raadsstuk diff', () => {
  it('names every amount a new lid changes, with its cause, and the generated sentence', async () => {
    const diff = await diffOf('base', 'lid')
    expect(diff.status).toBe('gewijzigd')
    expect(
      diff.financien.map((value) => [
        value.name,
        plain(value.from),
        plain(value.to),
        plain(value.difference),
        value.causes,
      ]),
    ).toEqual([
      ['vergoeding.leden', '4', '5', undefined, []],
      [
        'vergoeding.persoonsmaanden',
        '40',
        '50',
        undefined,
        ['het aantal leden 4 → 5 wordt'],
      ],
      [
        'vergoeding.totaal',
        '€ 7.200',
        '€ 9.000',
        '+€ 1.800',
        ['het aantal leden 4 → 5 wordt'],
      ],
      [
        'vergoeding.totaal.2021',
        '€ 7.200',
        '€ 9.000',
        '+€ 1.800',
        ['het aantal leden 4 → 5 wordt'],
      ],
      [
        'tabel.baten.2021',
        '€ 7.200',
        '€ 9.000',
        '+€ 1.800',
        ['het aantal leden 4 → 5 wordt'],
      ],
      [
        'tabel.baten.totaal',
        '€ 7.200',
        '€ 9.000',
        '+€ 1.800',
        ['het aantal leden 4 → 5 wordt'],
      ],
      [
        'tabel.lasten.2021',
        '€ 7.200',
        '€ 9.000',
        '+€ 1.800',
        ['het aantal leden 4 → 5 wordt'],
      ],
      [
        'tabel.lasten.totaal',
        '€ 7.200',
        '€ 9.000',
        '+€ 1.800',
        ['het aantal leden 4 → 5 wordt'],
      ],
    ])
    const sentence = diff.text.find(
      (change) => change.document === 'collegevoorstel',
    )
    expect(plain(sentence?.to)).toContain(
      '5 personen x 10 maanden x € 180,- = € 9.000.',
    )
    expect(
      sentence?.words.filter((part) => part.added).map((part) => part.value),
    ).toEqual(['vijf', '5', '9.000'])
    expect(diff.beslispunten).toEqual([])
    expect(diff.checks.new).toEqual([])
  })

  it('shows a reworded beslispunt at word level, and as was/wordt', async () => {
    const diff = await diffOf('lid', 'reworded')
    expect(
      diff.beslispunten.map((change) => [
        change.kind,
        change.key,
        change.from?.number,
        change.to?.number,
      ]),
    ).toEqual([['gewijzigd', 'vergoeding', '1', '1']])
    const words = diff.beslispunten[0]?.words ?? []
    expect(
      words.filter((part) => part.removed).map((part) => part.value),
    ).toEqual(['experiment'])
    expect(
      words.filter((part) => part.added).map((part) => part.value),
    ).toEqual(['proef'])
    const cli = await diffInRepo(
      commits['lid'] ?? '',
      commits['reworded'] ?? '',
      '--format',
      'tekst',
    )
    expect(cli.code).toBe(0)
    expect(cli.stdout).toContain(
      '1. Beslispunt 1: „experiment” wordt vervangen door „proef”.',
    )
  })

  it('says a kanttekening inserted in the middle renumbers the next one, without calling it changed', async () => {
    const diff = await diffOf('reworded', 'inserted')
    expect(
      diff.kanttekeningen.map((change) => [
        change.kind,
        change.from?.number,
        change.to?.number,
      ]),
    ).toEqual([
      ['toegevoegd', undefined, '1.2'],
      ['hernummerd', '1.2', '1.3'],
    ])
    expect(diff.argumenten).toEqual([])
  })

  it('reports a changed date', async () => {
    const diff = await diffOf('inserted', 'date')
    expect(
      diff.metadata.map((field) => [field.field, field.from, field.to]),
    ).toEqual([['datum', '2021-07-13', '2021-07-20']])
  })

  it('reports a version that does not validate, with its positions, instead of crashing', async () => {
    const diff = await diffOf('date', 'invalid')
    expect(diff.status).toBe('ongeldig')
    expect(diff.invalid.from).toEqual([])
    expect(
      diff.invalid.to.map(
        (message) =>
          `${message.file}:${message.line}:${message.column}: ${message.message}`,
      ),
    ).toEqual([
      `content/${exampleName}/besluit.yaml:227:10: \`financien.vergoeding.van\`: een maand schrijft u als jjjj-mm met een maand van 01 tot 12, bijvoorbeeld 2021-03`,
    ])
  })

  it('compares with the working tree by default, without touching it', async () => {
    const before = await readFile(yamlPath, 'utf8')
    await writeFile(
      yamlPath,
      before
        .replace('status: vastgesteld', 'status: concept')
        .replace('    van: 2021-13\n', '    van: 2021-03\n'),
    )
    const status = git('status', '--porcelain')
    const comparison = await compareVersions(commits['date'] ?? '', undefined, {
      contentDir: join(repo, 'content'),
    })
    expect(comparison.labels).toEqual({from: commits['date'], to: 'werkmap'})
    expect(
      comparison.diffs[0]?.metadata.map((field) => [
        field.field,
        field.from,
        field.to,
      ]),
    ).toEqual([['status', 'vastgesteld', 'concept']])
    expect(git('status', '--porcelain')).toBe(status)
    expect(git('rev-parse', 'HEAD')).toBe(commits['invalid'])
    await writeFile(yamlPath, before)
  })

  it('compares two folders, and names the input behind a changed total', async () => {
    const [a, b] = [await temporaryDir(), await temporaryDir()]
    await cp(exampleDir, join(a, exampleName), {recursive: true})
    await cp(exampleDir, join(b, exampleName), {recursive: true})
    const source = join(b, exampleName, 'besluit.yaml')
    await writeFile(
      source,
      (await readFile(source, 'utf8')).replace(
        '    tarief: 180\n',
        '    tarief: 170\n',
      ),
    )
    const comparison = await compareVersions(a, b, {contentDir: a})
    const total = comparison.diffs[0]?.financien.find(
      (value) => value.name === 'vergoeding.totaal',
    )
    expect([
      plain(total?.from),
      plain(total?.to),
      total?.causes.map(plain),
    ]).toEqual(['€ 7.200', '€ 6.800', ['het tarief € 180 → € 170 wordt']])
    expect(
      comparison.diffs[0]?.beslispunten.map((change) => change.kind),
    ).toEqual(['gewijzigd'])
  })

  it('writes a redline whose inserted and deleted words are ins and del elements (checked in Chromium)', async () => {
    const out = await temporaryDir()
    const cli = await diffInRepo(
      commits['base'] ?? '',
      commits['reworded'] ?? '',
      '--html',
      out,
    )
    expect(cli.code).toBe(0)
    const browser = await openBrowser()
    try {
      const page = await browser.newPage()
      await page.setContent(
        await readFile(
          join(out, exampleName + '-collegevoorstel.html'),
          'utf8',
        ),
        {waitUntil: 'load'},
      )
      const texts = (selector: string) =>
        page.$$eval(selector, (nodes) =>
          nodes.map((node) =>
            (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
          ),
        )
      expect(await texts('ins')).toContain('[ingevoegd:] proef')
      expect(await texts('del')).toContain('[verwijderd:] experiment')
      expect(await texts('del')).toContain('[verwijderd:] 7.200')
      expect(await texts('ins')).toContain('[ingevoegd:] 9.000')
      expect(await page.$$('.gewijzigd')).not.toHaveLength(0)
      expect((await texts('pre.samenvatting'))[0]).toContain(
        'beslispunt 1 gewijzigd',
      )
    } finally {
      await browser.close()
    }
  })
})

describe('raadsstuk diff --exit-code', () => {
  it('exits 1 when a besluit changed and 0 when none did, as git diff --exit-code does', async () => {
    const [base, lid] = [commits['base'] ?? '', commits['lid'] ?? '']
    // The binary's exit status once; main() returns it, for the other cases.
    const changed = spawnSync(
      process.execPath,
      [dist('cli.js'), 'diff', base, lid, '--exit-code'],
      {cwd: repo, encoding: 'utf8'},
    )
    expect(changed.status).toBe(1)
    expect(changed.stderr).toBe('')
    expect(changed.stdout).toContain(': gewijzigd')
    expect(await diffInRepo(base, lid, '--exit-code')).toEqual({
      code: 1,
      stdout: changed.stdout,
      stderr: '',
    })
    expect((await diffInRepo(base, lid)).code).toBe(0)
    const same = await diffInRepo(lid, lid, '--exit-code')
    expect(same.stdout).toContain(': ongewijzigd')
    expect(same.code).toBe(0)
  })

  it('gives tools the changes as JSON under the besluit’s own keys, the amounts under `financien`', async () => {
    const [base, lid] = [commits['base'] ?? '', commits['lid'] ?? '']
    const {code, stdout} = await diffInRepo(base, lid, '--format', 'json')
    expect(code).toBe(0)
    const [diff] = JSON.parse(stdout) as Array<Record<string, unknown>>
    expect(Object.keys(diff ?? {})).toEqual([
      'name',
      'status',
      'invalid',
      'metadata',
      'beslispunten',
      'argumenten',
      'kanttekeningen',
      'financien',
      'text',
      'checks',
    ])
    expect(diff?.['financien']).toContainEqual(
      expect.objectContaining({name: 'vergoeding.totaal'}),
    )
  })
})

describe('git textconv driver', () => {
  it('shows prose from a file the same way in place and as git’s temporary copy', async () => {
    const away = join(await temporaryDir(), 'besluit.yaml')
    await writeFile(away, await readFile(join(exampleDir, 'besluit.yaml')))
    const [inPlace, copy] = await Promise.all([
      textconv(join(exampleDir, 'besluit.yaml')),
      textconv(away),
    ])
    expect(inPlace).toContain('(tekst in werkwijze.md)')
    expect(inPlace).toContain('Totaal lasten')
    expect(copy).toBe(inPlace)
  })

  it('makes git diff show the rendered text with computed amounts', () => {
    git(
      'config',
      'diff.raadsstuk.textconv',
      `"${process.execPath}" "${dist('cli.js')}" textconv`,
    )
    const output = execFileSync(
      'git',
      [
        '-c',
        'core.attributesFile=' + join(repo, '.git', 'attributes-test'),
        'diff',
        commits['base'] ?? '',
        commits['lid'] ?? '',
      ],
      {
        cwd: repo,
        encoding: 'utf8',
        env: {...process.env, GIT_CONFIG_NOSYSTEM: '1'},
      },
    )
    expect(output).toContain('leden: 5')
    const attributes = join(repo, '.gitattributes')
    execFileSync('sh', [
      '-c',
      `echo 'besluit.yaml diff=raadsstuk' > '${attributes}'`,
    ])
    const rendered = git(
      'diff',
      commits['base'] ?? '',
      commits['lid'] ?? '',
    ).replace(/\u00A0/g, ' ')
    expect(rendered).toContain('-Totaal lasten | € 7.200')
    expect(rendered).toContain('+Totaal lasten | € 9.000')
    expect(rendered).toContain(
      '+De vrijwilligersvergoeding wordt gedekt vanuit de ontvangen provinciale subsidie Vitale Wijken. Er zijn vijf werkgroepleden',
    )
    expect(rendered).not.toContain('leden: 5')
  })
})
