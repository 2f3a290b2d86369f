/**
 * The command line's manners: help per command, "bedoelde u …?" for
 * mistyped commands and options, Dutch messages for every mistake, and
 * `new` with the date from the name and a raadsinformatiebrief.
 */
import {readFile, writeFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {commands} from '../src/commands/command-table.js'
import {root, run, spawn, temporaryDir} from './helpers.js'

describe('help', () => {
  it('lists every command with `help` and --help (the binary)', async () => {
    const overview = spawn(['help'])
    expect(overview.code).toBe(0)
    expect(overview.stdout).toMatch(/^Gebruik: raadsstuk <opdracht> \[opties]/)
    for (const name of Object.keys(commands))
      expect(overview.stdout).toMatch(new RegExp('^  ' + name + '\\b', 'm'))
    expect((await run(['--help'])).stdout).toBe(overview.stdout)
  })

  it('gives the help of one command with `help <opdracht>` and `<opdracht> --help`', async () => {
    const help = await run(['help', 'build'])
    expect(help.code).toBe(0)
    expect(help.stdout.split('\n').slice(0, 3)).toEqual([
      'Gebruik: raadsstuk build [map] [opties]',
      '',
      'Maak de documenten van elk besluit in [map] (standaard: content) als HTML en PDF: het collegevoorstel en de raadsinformatiebrief, en bij een voorstel aan de raad ook raadsvoorstel en raadsbesluit (bij een provincie het GS-voorstel, statenvoorstel en statenbesluit).',
    ])
    expect(help.stdout).toContain(
      '  -o, --out <map>          uitvoermap (standaard: out)',
    )
    expect(help.stdout).not.toContain('--port')
    expect((await run(['build', '--help'])).stdout).toBe(help.stdout)
    expect((await run(['diff', '-h'])).stdout).toMatch(
      /\n {6}--exit-code +exitcode 1 als er iets veranderde/,
    )
    expect(await run(['help', 'biuld'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'raadsstuk: onbekende opdracht `biuld`; bedoelde u `build`?\n(`raadsstuk help` noemt de opdrachten)\n',
    })
  })

  it('prints the version (the binary)', async () => {
    const pkg = JSON.parse(
      await readFile(join(root, 'package.json'), 'utf8'),
    ) as {version: string}
    expect(spawn(['--version'])).toEqual({
      code: 0,
      stdout: pkg.version + '\n',
      stderr: '',
    })
  })
})

describe('mistakes on the command line', () => {
  const cases: Array<[string[], string]> = [
    [['biuld'], 'onbekende opdracht `biuld`; bedoelde u `build`?'],
    [['chek', 'content'], 'onbekende opdracht `chek`; bedoelde u `check`?'],
    [
      ['build', '--frce'],
      'onbekende optie `--frce` bij build; bedoelde u `--force`?',
    ],
    [
      ['check', '--stirct'],
      'onbekende optie `--stirct` bij check; bedoelde u `--strict`?',
    ],
    [['check', '--out', 'x'], 'onbekende optie `--out` bij check'],
    [
      ['build', '--out'],
      'optie `--out` heeft een waarde nodig, zoals `--out <map>`',
    ],
    [
      ['build', '--out', '--force'],
      'optie `--out` heeft een waarde nodig, zoals `--out <map>`',
    ],
    [['build', '--force=ja'], 'optie `--force` neemt geen waarde'],
    [['build', 'a', 'b'], 'build neemt hoogstens één map; te veel: b'],
    [['new'], 'new heeft één naam nodig, zoals `2026-03-10-speeltuin-centrum`'],
    [
      ['new', '2026-12-01-proef', '--soort', 'raadsvoorstl', '--gemeente', 'A'],
      'onbekende soort voorstel `raadsvoorstl`; bedoelde u `raadsvoorstel`? kies `collegevoorstel`, `raadsvoorstel`, `statenvoorstel`',
    ],
    [
      ['new', 'voorstellen/2026-12-01-proef', '--gemeente', 'A'],
      'een naam bestaat uit kleine letters, cijfers en streepjes, zoals `2026-03-10-speeltuin-centrum`, niet `voorstellen/2026-12-01-proef`; de map kiest u met `--content <map>`, zoals `raadsstuk new 2026-12-01-proef --content voorstellen`',
    ],
    [
      ['new', '2026-13-45-proef', '--gemeente', 'A'],
      '`2026-13-45` is geen datum; schrijf jjjj-mm-dd, zoals ' +
        new Date().toISOString().slice(0, 10) +
        ' (vooraan de naam, of met --datum)',
    ],
    [['textconv'], 'textconv heeft één bestand nodig'],
    [['diff'], 'diff heeft ten minste een versie nodig, zoals `HEAD~1`'],
  ]
  for (const [args, message] of cases) {
    it(`raadsstuk ${args.join(' ')}: ${message}`, async () => {
      const result = await run(args)
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr.split('\n')[0]).toBe('raadsstuk: ' + message)
      expect(result.stderr).toMatch(/\n\(`raadsstuk help.*` noemt de/)
    })
  }
})

describe('raadsstuk textconv', () => {
  it('says in Dutch that a path does not exist or is not a file, and exits 1', async () => {
    const folder = await temporaryDir()
    const missing = join(folder, 'besluit.yaml')
    expect(await run(['textconv', missing])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'raadsstuk: `' +
        missing +
        '` bestaat niet; geef het pad van een besluit.yaml, zoals git dat doet\n',
    })
    expect(await run(['textconv', folder])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'raadsstuk: `' +
        folder +
        '` is geen bestand; geef het pad van een besluit.yaml, zoals git dat doet\n',
    })
  })
})

describe('raadsstuk new', () => {
  it('starts a besluit with collegevoorstel and RIB, dated from its name, that checks as it is', async () => {
    const content = await temporaryDir('raadsstuk-content-')
    const name = '2026-03-10-speeltuin-centrum'
    const created = await run(
      ['new', name, '--content', content, '--gemeente', 'Amersfoort'],
      content,
    )
    expect(created).toEqual({
      code: 0,
      stdout: name + '/besluit.yaml\n',
      stderr: '',
    })
    const yaml = await readFile(join(content, name, 'besluit.yaml'), 'utf8')
    expect(yaml).toContain('\nonderwerp: Speeltuin centrum\n')
    expect(yaml).toContain('\ngemeente: Amersfoort\n')
    expect(yaml).toContain('\ndatum: 2026-03-10\n')
    expect(yaml).toContain(
      '\nraadsinformatiebrief:\n  titel: Speeltuin centrum\n',
    )
    expect(yaml).toContain('  - id: rib\n    procedureel: true\n')
    expect(await run(['check', content], content)).toEqual({
      code: 0,
      stdout: '',
      stderr: 'geen problemen\n',
    })
    const built = await run(
      ['build', content, '--out', 'uit', '--no-pdf'],
      content,
    )
    expect(built.stdout.split('\n')).toEqual([
      `uit/${name}/collegevoorstel.html`,
      `uit/${name}/raadsinformatiebrief.html`,
      `uit/${name}/besluit.json`,
      '',
    ])
    const again = await run(['new', name, '--content', content], content)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/bestaat al; kies een andere naam\n$/)
  })

  it('takes --datum, and makes no RIB with --zonder-rib', async () => {
    const content = await temporaryDir('raadsstuk-content-')
    const result = await run(
      [
        'new',
        'speeltuin',
        '--datum',
        '2026-04-01',
        '--zonder-rib',
        '--content',
        content,
        '--gemeente',
        'Amersfoort',
      ],
      content,
    )
    expect(result.code).toBe(0)
    const yaml = await readFile(
      join(content, 'speeltuin', 'besluit.yaml'),
      'utf8',
    )
    expect(yaml).toContain('\ndatum: 2026-04-01\n')
    expect(yaml).not.toContain('raadsinformatiebrief:')
    expect(yaml).not.toContain('id: rib')
    expect(await run(['check', content], content)).toEqual({
      code: 0,
      stdout: '',
      stderr: 'geen problemen\n',
    })
    expect(
      await run([
        'new',
        'x',
        '--datum',
        '2026-02-30',
        '--content',
        content,
        '--gemeente',
        'Amersfoort',
      ]),
    ).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'raadsstuk: `2026-02-30` is geen datum; schrijf jjjj-mm-dd, zoals ' +
        new Date().toISOString().slice(0, 10) +
        '\n(`raadsstuk help new` noemt de opties)\n',
    })
  })

  it('writes a $schema line that works where raadsstuk lies inside the project, and a copy beside the content where not', async () => {
    const inside = await run([
      'new',
      '2026-05-01-binnen',
      '--content',
      join(await temporaryDir('raadsstuk-content-'), 'content'),
      '--gemeente',
      'Amersfoort',
    ])
    const insidePath = inside.stdout.trim()
    const insideYaml = await readFile(join(root, insidePath), 'utf8')
    expect(insideYaml.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=' +
        relative(
          join(root, insidePath, '..'),
          join(root, 'schema', 'raadsstuk.schema.json'),
        ),
    )
    const project = await temporaryDir('raadsstuk-project-')
    await run(['new', '2026-05-01-elders', '--gemeente', 'Amersfoort'], project)
    const yaml = await readFile(
      join(project, 'content', '2026-05-01-elders', 'besluit.yaml'),
      'utf8',
    )
    expect(yaml.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../raadsstuk.schema.json',
    )
    expect(
      await readFile(join(project, 'content', 'raadsstuk.schema.json'), 'utf8'),
    ).toBe(
      await readFile(join(root, 'schema', 'raadsstuk.schema.json'), 'utf8'),
    )
  })

  it('refuses without an organisation, saying how to name one', async () => {
    const content = await temporaryDir('raadsstuk-content-')
    expect(
      await run(['new', '2026-03-10-speeltuin', '--content', content], content),
    ).toEqual({
      code: 1,
      stdout: '',
      stderr: `raadsstuk: van welke organisatie is dit besluit? Zet een \`organisatie.yaml\` met \`naam:\` en \`soort:\` in \`${content}\` (zie docs/organisatie.md), of geef de gemeente: \`--gemeente Amersfoort\`\n`,
    })
  })

  it('starts a besluit of the organisation in organisatie.yaml, without naming it again', async () => {
    const content = await temporaryDir('raadsstuk-content-')
    await writeFile(
      join(content, 'organisatie.yaml'),
      'naam: Provincie Flevoland\nsoort: provincie\n',
    )
    const name = '2026-03-10-fietspad-dronten'
    expect((await run(['new', name, '--content', content], content)).code).toBe(
      0,
    )
    const yaml = await readFile(join(content, name, 'besluit.yaml'), 'utf8')
    expect(yaml).not.toMatch(/^gemeente:/m)
    expect(yaml).toContain('# De organisatie staat in organisatie.yaml.')
    expect(await run(['check', content], content)).toEqual({
      code: 0,
      stdout: '',
      stderr: 'geen problemen\n',
    })
  })
})

describe('raadsstuk diff', () => {
  it('says a version written as a path that is not there is a missing folder, not an unknown git revision', async () => {
    const missing = join(await temporaryDir(), 'nope')
    expect(await run(['diff', missing, 'content'])).toMatchObject({
      code: 1,
      stderr:
        'raadsstuk: de map `' +
        missing +
        '` bestaat niet; geef een map met besluiten, of een commit, branch of tag\n',
    })
    expect(await run(['diff', './package.json', 'content'])).toMatchObject({
      code: 1,
      stderr:
        'raadsstuk: `./package.json` is geen map; geef een map met besluiten, of een commit, branch of tag\n',
    })
  })
})

describe('raadsstuk schema', () => {
  it('prints the JSON Schema of organisatie.yaml, and refuses another name', async () => {
    const result = await run(['schema', 'organisatie'])
    expect(result.code).toBe(0)
    const schema = JSON.parse(result.stdout) as {required: string[]}
    expect(schema.required).toEqual(['naam', 'soort'])
    expect(await run(['schema', 'raad'])).toMatchObject({
      code: 2,
      stderr:
        'raadsstuk: schema kent `besluit` en `organisatie`, niet `raad`\n(`raadsstuk help schema` noemt de opties)\n',
    })
  })
})
