/**
 * The command line: in-process through `main()` with the shared Chromium
 * where the process boundary is not what is tested, and the real
 * `raadsstuk` binary, spawned, for exit codes and stderr.
 */
import {cp, readdir, readFile, writeFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {
  buildExample,
  exampleDir,
  exampleName,
  root,
  run,
  spawn,
  temporaryDir,
} from './helpers.js'

/** A copy of the example besluit in a temporary content folder, with `change` applied to its YAML. */
async function brokenCopy(change: (yaml: string) => string): Promise<string> {
  const content = await temporaryDir('raadsstuk-content-')
  const folder = join(content, exampleName)
  await cp(exampleDir, folder, {recursive: true})
  const path = join(folder, 'besluit.yaml')
  await writeFile(path, change(await readFile(path, 'utf8')))
  return content
}

/** `content/` built once by the binary: its run, and the output to build into again. */
let built: {out: string; result: ReturnType<typeof spawn>}

beforeAll(async () => {
  const out = await temporaryDir()
  built = {out, result: spawn(['build', 'content', '--out', out])}
})

/** A copy of the binary's output of `content/`: a folder with earlier output. */
async function earlierOutput(): Promise<string> {
  const out = await temporaryDir()
  await cp(built.out, out, {recursive: true})
  return out
}

describe('raadsstuk build', () => {
  it('builds the four documents of the example and lists them (the binary)', async () => {
    const {out, result} = built
    // Not a terminal: no progress line and no colour, only the summary.
    expect(result.stderr).toMatch(
      /^3 besluiten, \d+ documenten in \d+,\d s; 0 ongewijzigd, 0 fouten\n$/,
    )
    expect(result.code).toBe(0)
    const expected = [
      'collegevoorstel.html',
      'collegevoorstel.pdf',
      'raadsinformatiebrief.html',
      'raadsinformatiebrief.pdf',
    ]
    const listed = result.stdout.trim().split('\n')
    expect(listed.filter((line) => line.includes(exampleName))).toEqual(
      [...expected, 'besluit.json'].map((name) =>
        relative(root, join(out, exampleName, name)),
      ),
    )
    // The two examples of other organisations, three documents each, and open
    // data; Zeewolde's bijlage is copied beside its documents.
    expect(listed).toHaveLength(expected.length + 1 + 14 + 1)
    expect(
      listed.filter(
        (line) =>
          line.endsWith('.pdf') && !/(voorstel|besluit|brief)\.pdf$/.test(line),
      ),
    ).toEqual([
      relative(
        root,
        join(
          out,
          'gemeente-zeewolde/2026-03-10-renovatie-sporthal-de-vonk/quickscan-sporthal-de-vonk.pdf',
        ),
      ),
    ])
    expect((await readdir(join(out, exampleName))).sort()).toEqual([
      '.raadsstuk.json',
      'besluit.json',
      ...expected,
    ])
    const pdf = await readFile(join(out, exampleName, 'collegevoorstel.pdf'))
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    // The binary finishes its PDFs in a worker thread, the sources in place: the same bytes.
    const inPlace = await buildExample()
    for (const name of listed.filter((line) => line.endsWith('.pdf'))) {
      const file = relative(out, join(root, name))
      expect(
        (await readFile(join(out, file))).equals(
          await readFile(join(inPlace.outDir, file)),
        ),
        file,
      ).toBe(true)
    }
  })

  it('stops at a YAML syntax error with its file, line and column, and keeps the earlier output', async () => {
    const out = await earlierOutput()
    const names = [
      'collegevoorstel.html',
      'collegevoorstel.pdf',
      'raadsinformatiebrief.html',
      'raadsinformatiebrief.pdf',
    ]
    const read = () =>
      Promise.all(names.map((name) => readFile(join(out, exampleName, name))))
    const before = await read()
    const content = await brokenCopy((yaml) =>
      yaml.replace('status: vastgesteld', 'status: [vastgesteld'),
    )
    const result = await run(['build', content, '--out', out], content)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')[0]).toBe(
      exampleName +
        '/besluit.yaml:11:1: error: YAML-syntaxfout: een `[ … ]` springt te weinig in of wordt niet gesloten met `]` [yaml-syntax]',
    )
    expect(result.stderr).not.toMatch(/\n\s+at /)
    const after = await read()
    after.forEach((bytes, index) =>
      expect(bytes.equals(before[index] ?? Buffer.alloc(0)), names[index]).toBe(
        true,
      ),
    )
    expect((await readdir(join(out, exampleName))).sort()).toEqual([
      '.raadsstuk.json',
      'besluit.json',
      ...names,
    ])
  })

  it('names a missing required field at its parent', async () => {
    const content = await brokenCopy((yaml) =>
      yaml.replace(/^onderwerp: .*\n/m, ''),
    )
    const out = await temporaryDir()
    const result = await run(['build', content, '--out', out], content)
    expect(result.code).toBe(1)
    expect(result.stderr.replace(/ in \d+,\d s;/, ' in 0,1 s;')).toBe(
      [
        `${exampleName}/besluit.yaml:7:1: error: verplicht veld \`onderwerp\` ontbreekt [missing-field]`,
        '  hint: voeg `onderwerp:` toe: onderwerp van het collegevoorstel (één titel voor voorblad en voorstel).',
        '1 fout',
        '1 besluit, 0 documenten in 0,1 s; 0 ongewijzigd, 1 fout',
        '',
      ].join('\n'),
    )
    expect(await readdir(out)).toEqual([])
  })

  it('refuses an unknown field with a suggestion', async () => {
    const content = await brokenCopy((yaml) =>
      yaml.replace('gemeente: Amersfoort', 'gemeentee: Amersfoort'),
    )
    const result = await run(['check', content], content)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `${exampleName}/besluit.yaml:7:1: error: onbekend veld \`gemeentee\` [unknown-field]\n  hint: bedoelde u \`gemeente\`?\n1 fout\n`,
    )
  })

  it('reports a placeholder typo inside prose at its line and column', async () => {
    const content = await brokenCopy((yaml) =>
      yaml.replace('{{vergoeding.berekening}}.', '{{vergoeding.berekeningg}}.'),
    )
    const result = await run(['check', content], content)
    expect(result.code).toBe(1)
    const yaml = await readFile(join(exampleDir, 'besluit.yaml'), 'utf8')
    const lines = yaml.split('\n')
    const line =
      lines.findIndex((text) => text.includes('{{vergoeding.berekening}}.')) + 1
    const column =
      (lines[line - 1] ?? '').indexOf('{{vergoeding.berekening}}.') + 1
    expect(result.stderr).toContain(
      `${exampleName}/besluit.yaml:${line}:${column}: error: onbekende waarde \`vergoeding.berekeningg\` in \`{{vergoeding.berekeningg}}\` [unknown-placeholder]\n  hint: bedoelde u \`vergoeding.berekening\`?`,
    )
  })

  it('says clearly when Chromium cannot start, and keeps the earlier output', async () => {
    const out = await earlierOutput()
    const before = await readFile(
      join(out, exampleName, 'raadsinformatiebrief.pdf'),
    )
    const result = spawn(['build', 'content', '--out', out, '--force'], root, {
      ...process.env,
      PUPPETEER_EXECUTABLE_PATH: '/geen/chromium',
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'raadsstuk: Chromium start niet (`/geen/chromium`): installeer het (Debian: `apt-get install chromium`) of wijs het aan met PUPPETEER_EXECUTABLE_PATH\n',
    )
    expect(
      (
        await readFile(join(out, exampleName, 'raadsinformatiebrief.pdf'))
      ).equals(before),
    ).toBe(true)
  })
})

describe('raadsstuk check', () => {
  it('finds no problems in the example (the binary)', () => {
    const result = spawn(['check', 'content'])
    expect(result).toEqual({code: 0, stdout: '', stderr: 'geen problemen\n'})
  })

  it('prints the same problems as JSON for tools', async () => {
    const content = await brokenCopy((yaml) =>
      yaml.replace('van: 2021-03', 'van: 2021-13'),
    )
    const result = await run(['check', content, '--format', 'json'], content)
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual([
      {
        file: `${exampleName}/besluit.yaml`,
        line: 223,
        column: 10,
        severity: 'error',
        message:
          '`financien.vergoeding.van`: een maand schrijft u als jjjj-mm met een maand van 01 tot 12, bijvoorbeeld 2021-03',
        hint: 'Eerste maand, bijvoorbeeld 2021-03.',
        rule: 'invalid-value',
      },
    ])
  })

  it('passes warnings, unless --strict makes them fatal', async () => {
    const content = await brokenCopy((yaml) =>
      yaml.replace('    tarief: 180\n', '    tarief: 200\n'),
    )
    const relaxed = await run(['check', content], content)
    expect(relaxed.code).toBe(0)
    expect(relaxed.stderr).toContain(
      'warning: in 2021 is het tarief (€\u00A0200 per maand) hoger dan de onbelaste vrijwilligersvergoeding van €\u00A0180 per maand [vergoedingsgrens]',
    )
    const strict = await run(['check', content, '--strict'], content)
    expect(strict.code).toBe(1)
    expect(strict.stderr.split('\n')[0]).toMatch(
      /:\d+:\d+: warning: in 2021 is het tarief/,
    )
  })

  it('refuses a format the command does not have', async () => {
    const result = await run(['check', 'content', '--format', 'xml'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'raadsstuk: `--format xml` kan niet bij check; kies terminal, json\n(`raadsstuk help check` noemt de opties)\n',
    })
  })

  it('refuses an unknown command with exit code 2 (the binary)', () => {
    const result = spawn(['bouw'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'raadsstuk: onbekende opdracht `bouw`\n(`raadsstuk help` noemt de opdrachten)\n',
    })
  })

  it('says so, without a stack trace, when the content folder does not exist', async () => {
    const result = await run(['build', 'bestaat-niet'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'raadsstuk: de map met besluiten `bestaat-niet` bestaat niet of is geen map\n',
    )
  })
})
