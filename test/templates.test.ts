/**
 * House style by override: an organisation replaces single templates,
 * partials or the stylesheet by files of the same name in `templates/`
 * beside its `organisatie.yaml`, and `--templates` does the same over it;
 * build, check and textconv find them the one way. An override that does
 * not compile is an error at its file and line, and nothing is written for
 * the besluiten it serves. Running header, PDF title and file names stay the
 * document type's.
 */
import {cp, mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {PDFDocument} from 'pdf-lib'
import {beforeAll, describe, expect, it} from 'vitest'
import {build, type BuildResult} from '../src/commands/build.js'
import {textconv} from '../src/commands/textconv.js'
import {formatReport} from '../src/messages/report.js'
import {
  exampleName,
  normalizeSpace,
  readPdfPages,
  root,
  run,
  sharedPrinter,
  temporaryDir,
} from './helpers.js'

const flevoland = '2026-02-17-uitvoeringsprogramma-fiets'

/** The default partial with a word of the province's own before each number. */
const redenering = (
  await readFile(join(root, 'templates', 'partials', 'redenering.hbs'), 'utf8')
).replace('<h3>', '<h3><span class="soort">Argument</span> ')

/** A content folder: the seed beside a copy of Flevoland with its own templates. */
async function contentWithOverrides(): Promise<string> {
  const content = await temporaryDir('raadsstuk-content-')
  await cp(join(root, 'content', exampleName), join(content, exampleName), {
    recursive: true,
  })
  const province = join(content, 'provincie-flevoland')
  await cp(join(root, 'content', 'provincie-flevoland'), province, {
    recursive: true,
  })
  await mkdir(join(province, 'templates', 'partials'), {recursive: true})
  await writeFile(
    join(province, 'templates', 'partials', 'redenering.hbs'),
    redenering,
  )
  const style = await readFile(join(root, 'templates', 'style.css'), 'utf8')
  await writeFile(
    join(province, 'templates', 'style.css'),
    style + '\n.soort { font-variant: small-caps; color: #1d6e3a; }\n',
  )
  // A layout that drops the document type from its heading.
  const layout = await readFile(
    join(root, 'templates', 'raadsvoorstel.hbs'),
    'utf8',
  )
  await writeFile(
    join(province, 'templates', 'raadsvoorstel.hbs'),
    layout.replace('<span class="documentsoort">{{documentType}}</span> ', ''),
  )
  return content
}

describe('an organisation’s templates', () => {
  let content: string
  let outDir: string
  let result: BuildResult
  const out = (name: string) =>
    join(outDir, 'provincie-flevoland', flevoland, name)

  beforeAll(async () => {
    content = await contentWithOverrides()
    outDir = await temporaryDir()
    result = await build({
      contentDir: content,
      outDir,
      printer: await sharedPrinter(),
    })
  })

  it('override the partial and the stylesheet of its own documents only', async () => {
    expect(formatReport(result.files)).toBe('geen problemen\n')
    const voorstel = await readFile(out('statenvoorstel.html'), 'utf8')
    expect(voorstel).toContain(
      '<h3><span class="soort">Argument</span> <span class="nummer">1.a</span>',
    )
    expect(voorstel).toContain('.soort { font-variant: small-caps;')
    // The other layouts of the province use the partial too; the seed does not.
    expect(await readFile(out('gs-voorstel.html'), 'utf8')).toContain(
      'class="soort">Argument</span>',
    )
    const seed = await readFile(
      join(outDir, exampleName, 'collegevoorstel.html'),
      'utf8',
    )
    expect(seed).not.toContain('class="soort"')
    expect(seed).not.toContain('.soort {')
  })

  it('keep the file names, the PDF title and the running header of the document type', async () => {
    expect(
      (await readdir(join(outDir, 'provincie-flevoland', flevoland)))
        .filter((name) => !name.startsWith('.'))
        .sort(),
    ).toEqual([
      'besluit.json',
      'gs-voorstel.html',
      'gs-voorstel.pdf',
      'statenbesluit.html',
      'statenbesluit.pdf',
      'statenvoorstel.html',
      'statenvoorstel.pdf',
    ])
    const pdf = await PDFDocument.load(
      await readFile(out('statenvoorstel.pdf')),
    )
    expect(pdf.getTitle()).toBe(
      'Statenvoorstel: Uitvoeringsprogramma Fiets Flevoland 2026–2029',
    )
    const [first] = await readPdfPages(out('statenvoorstel.pdf'))
    expect(first?.artifact).toContain('Statenvoorstel · Uitvoeringsprogramma')
    // The overridden layout's heading is the subject alone.
    expect(normalizeSpace(first?.marked ?? '')).toMatch(
      /^Provincie Flevoland Uitvoeringsprogramma Fiets/,
    )
  })

  it('are used by textconv', async () => {
    const text = await textconv(
      join(content, 'provincie-flevoland', flevoland, 'besluit.yaml'),
    )
    expect(text).toContain('Argument 1.a')
  })

  it('are overridden in turn by --templates, one file at a time', async () => {
    const extra = await temporaryDir()
    await mkdir(join(extra, 'partials'))
    await writeFile(
      join(extra, 'partials', 'redenering.hbs'),
      redenering.replace('Argument', 'Punt'),
    )
    const built = await run(
      ['build', content, '--out', 'uit', '--no-pdf', '--templates', extra],
      content,
    )
    expect(built.code).toBe(0)
    const seed = await readFile(
      join(content, 'uit', exampleName, 'collegevoorstel.html'),
      'utf8',
    )
    expect(seed).toContain('<span class="soort">Punt</span>')
    // Everything else is still raadsstuk's: the voorblad, the tables.
    expect(seed).toContain('class="voorblad"')
  })
})

describe('an override that does not compile', () => {
  it('is an error at its file and line, in check and build, and nothing is written for its besluiten', async () => {
    const content = await contentWithOverrides()
    await writeFile(
      join(content, 'provincie-flevoland', 'templates', 'raadsbesluit.hbs'),
      '<main>\n  {{#each beslispunten}}\n  <p>{{html}}</p>\n  {{/if}}\n</main>\n',
    )
    const report = [
      'provincie-flevoland/templates/raadsbesluit.hbs:2:6: error: `{{/if}}` sluit `{{#each}}` niet [template-syntax]',
      '  hint: elke `{{#…}}` sluit met `{{/…}}` en elke `{{` met `}}`; vergelijk met `templates/raadsbesluit.hbs` van raadsstuk',
      '1 fout',
      '',
    ].join('\n')
    const checked = await build({contentDir: content, checkOnly: true})
    expect(formatReport(checked.files, {cwd: content})).toBe(report)
    const outDir = await temporaryDir()
    const result = await build({contentDir: content, outDir, pdf: false})
    expect(formatReport(result.files, {cwd: content})).toBe(report)
    expect(result.failed).toBe(true)
    expect(
      result.besluiten.map((besluit) => [besluit.name, besluit.written.length]),
    ).toEqual([
      [exampleName, 3],
      ['provincie-flevoland/' + flevoland, 0],
    ])
  })
})

describe('an override that asks for a field the document does not have', () => {
  it('is an error naming the template and the field, not an internal error, and nothing is written', async () => {
    const content = await contentWithOverrides()
    await writeFile(
      join(
        content,
        'provincie-flevoland',
        'templates',
        'partials',
        'redenering.hbs',
      ),
      redenering.replace('{{heading}}', '{{heading}} {{gedeputeerde}}'),
    )
    const outDir = await temporaryDir()
    const result = await build({contentDir: content, outDir, pdf: false})
    expect(formatReport(result.files, {cwd: content})).toBe(
      [
        'provincie-flevoland/2026-02-17-uitvoeringsprogramma-fiets/besluit.yaml:1:1: error: template `collegevoorstel.hbs` (of een partial daarin) gebruikt het veld `gedeputeerde`, dat dit document niet heeft (regel 2, kolom 96) [template-field]',
        '  hint: controleer de eigen templates in `templates/` naast `organisatie.yaml` (of in `--templates`): een template gebruikt alleen de velden die de template van raadsstuk met dezelfde naam ook gebruikt',
        '1 fout',
        '',
      ].join('\n'),
    )
    expect(
      result.besluiten.map((besluit) => [besluit.name, besluit.written.length]),
    ).toEqual([
      [exampleName, 3],
      ['provincie-flevoland/' + flevoland, 0],
    ])
  })
})

describe('a broken template under --templates', () => {
  it('is reported once by check, though every organisation uses it', async () => {
    const content = await contentWithOverrides()
    const extra = await temporaryDir()
    await writeFile(
      join(extra, 'raadsbesluit.hbs'),
      '<main>\n{{#if}\n</main>\n',
    )
    const checked = await run(
      ['check', content, '--templates', extra, '--format', 'json'],
      content,
    )
    expect(checked.code).toBe(1)
    const messages = (
      JSON.parse(checked.stdout) as Array<{
        file: string
        line: number
        rule: string
      }>
    ).map((message) => [
      message.file.endsWith('raadsbesluit.hbs'),
      message.rule,
      message.line,
    ])
    expect(messages).toEqual([[true, 'template-syntax', 2]])
  })
})
