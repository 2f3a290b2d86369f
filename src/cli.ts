#!/usr/bin/env node
/**
 * The `raadsstuk` command: build, check, schema. Sets `process.exitCode`, never exits.
 */
import {readFileSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname, join, relative} from 'node:path'
import {parseArgs} from 'node:util'
import {build} from './commands/build.js'
import {compareVersions} from './diff/compare.js'
import {formatChangeList, formatDiff} from './diff/format.js'
import {startPreview} from './commands/preview.js'
import {scaffoldBesluit} from './commands/new.js'
import {textconv} from './commands/textconv.js'
import {isVersion} from './io/versions.js'
import {collectMessages, formatReport} from './messages/report.js'
import {createJsonSchema} from './check/schema.js'
import {defaultRegistry} from './render/document-types.js'

const usage = `Gebruik: raadsstuk <opdracht> [opties]

Opdrachten:
  build [map]    Maak collegevoorstel en raadsinformatiebrief (HTML en PDF) van elk besluit in [map] (standaard: content)
  check [map]    Controleer de besluiten zonder iets te maken
  new <naam>     Begin een nieuw besluit: <map>/<naam>/besluit.yaml (map: --content, standaard content)
  preview [map]  Bekijk de besluiten in de browser; elke wijziging wordt meteen opnieuw gemaakt
  diff <van> [<naar>] [besluit…]
                 Wat er veranderde tussen twee versies (git-revisies of mappen; <naar> standaard: de werkmap)
  textconv <bestand>
                 De tekst van een besluit, voor git diff (zie README)
  schema         Schrijf het JSON Schema van besluit.yaml naar stdout

Opties:
  -o, --out <map>      Uitvoermap voor build (standaard: out)
      --templates <map> Eigen templates (standaard: die van raadsstuk)
      --no-pdf         Alleen HTML maken
      --force          Ook besluiten opnieuw maken die niet veranderd zijn
      --strict         build/check: waarschuwingen tellen als fouten (exitcode 1)
      --format <vorm>  check: text of json; diff: text, json of tekst (standaard: text)
      --html <map>     diff: schrijf een redline per document naar <map>
      --port <nummer>  preview: de poort op 127.0.0.1 (standaard: 4321)
      --content <map>  diff, new: de map met besluiten (standaard: content)
  -h, --help           Deze hulp
  -v, --version        Versie
`

/** Run the CLI with `argv` (without node and the script). */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: {type: 'string', short: 'o'},
        templates: {type: 'string'},
        pdf: {type: 'boolean', default: true},
        'no-pdf': {type: 'boolean'},
        force: {type: 'boolean'},
        strict: {type: 'boolean'},
        format: {type: 'string', default: 'text'},
        html: {type: 'string'},
        port: {type: 'string'},
        content: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
      },
    })
  } catch (error) {
    process.stderr.write(
      'raadsstuk: ' + (error as Error).message + '\n\n' + usage,
    )
    return 2
  }
  const {values, positionals} = parsed
  const [command, contentDir = 'content', ...rest] = positionals
  if (values.version) {
    const pkg = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as {version: string}
    process.stdout.write(pkg.version + '\n')
    return 0
  }
  if (values.help || command === undefined) {
    process.stdout.write(usage)
    return values.help ? 0 : 2
  }
  const formats: Record<string, readonly string[]> = {
    build: ['text', 'json'],
    check: ['text', 'json'],
    diff: ['text', 'json', 'tekst'],
  }
  const allowed = formats[command]
  if (
    values.format !== undefined &&
    allowed &&
    !allowed.includes(values.format)
  ) {
    process.stderr.write(
      'raadsstuk: `--format ' +
        values.format +
        '` kan niet bij ' +
        command +
        '; kies ' +
        allowed.join(', ') +
        '\n',
    )
    return 2
  }
  if (command === 'diff') return runDiff(positionals.slice(1), values)
  if (command === 'new') {
    if (positionals.length !== 2) {
      process.stderr.write(
        'raadsstuk: new heeft één naam nodig, zoals `2026-03-10-speeltuin-centrum`\n\n' +
          usage,
      )
      return 2
    }
    const path = await scaffoldBesluit(contentDir, {
      contentDir: values.content ?? 'content',
    })
    process.stdout.write(relative(process.cwd(), path) + '\n')
    return 0
  }
  if (command === 'preview') return runPreview(contentDir, values)
  if (command === 'textconv') {
    if (positionals.length !== 2) {
      process.stderr.write(
        'raadsstuk: textconv heeft één bestand nodig\n\n' + usage,
      )
      return 2
    }
    process.stdout.write(await textconv(contentDir))
    return 0
  }
  if (rest.length > 0) {
    process.stderr.write(
      'raadsstuk: te veel argumenten: ' + rest.join(' ') + '\n\n' + usage,
    )
    return 2
  }
  switch (command) {
    case 'schema':
      process.stdout.write(
        JSON.stringify(
          createJsonSchema({
            documents: defaultRegistry.types.map((type) => type.id),
          }),
          undefined,
          2,
        ) + '\n',
      )
      return 0
    case 'build':
    case 'check':
      return runBuild(command, contentDir, values)
    default:
      process.stderr.write(
        'raadsstuk: onbekende opdracht `' + command + '`\n\n' + usage,
      )
      return 2
  }
}

async function runBuild(
  command: 'build' | 'check',
  contentDir: string,
  values: {
    out?: string | undefined
    templates?: string | undefined
    pdf?: boolean | undefined
    'no-pdf'?: boolean | undefined
    force?: boolean | undefined
    strict?: boolean | undefined
    format?: string | undefined
  },
): Promise<number> {
  const cwd = process.cwd()
  const result = await build({
    contentDir,
    checkOnly: command === 'check',
    pdf: values.pdf !== false && !values['no-pdf'],
    force: values.force === true,
    ...(values.out ? {outDir: values.out} : {}),
    ...(values.templates ? {templatesDir: values.templates} : {}),
  })
  if (values.format === 'json') {
    process.stdout.write(
      JSON.stringify(collectMessages(result.files, {cwd}), undefined, 2) + '\n',
    )
  } else {
    const problems = result.files.some((file) => file.messages.length > 0)
    if (problems || command === 'check')
      process.stderr.write(formatReport(result.files, {cwd}))
    for (const besluit of result.besluiten) {
      for (const path of besluit.written)
        process.stdout.write(relative(cwd, path) + '\n')
    }
    const unchanged = result.besluiten.filter(
      (besluit) => besluit.skipped,
    ).length
    if (unchanged > 0) {
      process.stderr.write(
        unchanged +
          (unchanged === 1 ? ' besluit' : ' besluiten') +
          ' ongewijzigd (--force maakt alles opnieuw)\n',
      )
    }
    if (result.besluiten.length === 0)
      process.stderr.write(
        'raadsstuk: geen besluiten (besluit.yaml) gevonden in `' +
          contentDir +
          '`\n',
      )
  }
  const warned =
    values.strict === true &&
    result.files.some((file) => file.messages.length > 0)
  return result.failed || warned || result.besluiten.length === 0 ? 1 : 0
}

async function runPreview(
  contentDir: string,
  values: {
    out?: string | undefined
    port?: string | undefined
    pdf?: boolean | undefined
    'no-pdf'?: boolean | undefined
  },
): Promise<number> {
  const preview = await startPreview({
    contentDir,
    ...(values.out ? {outDir: values.out} : {}),
    ...(values.port ? {port: Number(values.port)} : {}),
  })
  process.stderr.write(
    'raadsstuk preview: ' + preview.url + ' (Ctrl-C stopt)\n',
  )
  await new Promise<void>((done) => process.once('SIGINT', () => done()))
  await preview.close()
  return 0
}

async function runDiff(
  args: readonly string[],
  values: {
    format?: string | undefined
    html?: string | undefined
    content?: string | undefined
  },
): Promise<number> {
  const [from, ...others] = args
  if (from === undefined) {
    process.stderr.write(
      'raadsstuk: diff heeft ten minste een versie nodig, zoals `HEAD~1`\n\n' +
        usage,
    )
    return 2
  }
  const contentDir = values.content ?? 'content'
  const [candidate, ...names] = others
  const to =
    candidate !== undefined && (await isVersion(candidate, contentDir))
      ? candidate
      : undefined
  const besluiten =
    to === undefined && candidate !== undefined ? [candidate, ...names] : names
  const comparison = await compareVersions(from, to, {
    contentDir,
    besluiten,
    cwd: process.cwd(),
  })
  if (values.html) {
    for (const [key, html] of comparison.redlines) {
      const path = join(values.html, key.replace('/', '-') + '.html')
      await mkdir(dirname(path), {recursive: true})
      await writeFile(path, html)
      process.stderr.write(relative(process.cwd(), path) + '\n')
    }
  }
  if (values.format === 'json')
    process.stdout.write(JSON.stringify(comparison.diffs, undefined, 2) + '\n')
  else if (values.format === 'tekst')
    process.stdout.write(formatChangeList(comparison.diffs, comparison.labels))
  else process.stdout.write(formatDiff(comparison.diffs, comparison.labels))
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write('raadsstuk: ' + message + '\n')
    if (process.env['DEBUG'] && error instanceof Error)
      process.stderr.write(String(error.stack) + '\n')
    process.exitCode = 1
  },
)
