/**
 * The registry of document types: a type of its own, added through the
 * registry alone (one entry plus its template), is built into HTML and PDF.
 */
import {cp, readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {beforeAll, describe, expect, it} from 'vitest'
import {build} from '../src/commands/build.js'
import {defaultDocumentTypes} from '../src/render/document-types.js'
import {createRegistry, type DocumentType} from '../src/render/registry.js'
import {sectionViews} from '../src/render/section-views.js'
import {
  beslispuntViews,
  buildCommonView,
  type BeslispuntView,
  type CommonView,
  type SectionView,
} from '../src/render/view-model.js'
import {
  exampleDir,
  exampleName,
  normalizeSpace,
  readHtmlText,
  readPdfPages,
  root,
  temporaryDir,
} from './helpers.js'

interface PersberichtView extends CommonView {
  readonly beslispunten: readonly BeslispuntView[]
  readonly sections: readonly SectionView[]
}

const persbericht: DocumentType<PersberichtView> = {
  id: 'persbericht',
  title: 'Persbericht',
  withArticle: 'het persbericht',
  fileName: 'persbericht',
  template: 'persbericht',
  sections: ['aanleiding'],
  proposedBy: 'college',
  decidedBy: undefined,
  subject: (besluit) => 'Nieuws over ' + besluit.onderwerp,
  buildView: (input, type) => ({
    ...buildCommonView(input, type),
    beslispunten: beslispuntViews(input),
    sections: sectionViews(input, type.sections, type),
  }),
}

const template = `<!doctype html>
<html lang="nl">
<head>
{{> head}}
<title>{{documentType}}: {{onderwerp}}</title>
</head>
<body>
<main>
<p class="soort">{{documentType}} van {{organisatie.metLidwoord}}</p>
<h1>{{onderwerp}}</h1>
<p>Het college besloot op {{datum}}:</p>
<ol>{{#each beslispunten}}<li>{{{html}}}</li>{{/each}}</ol>
{{#each sections}}<section><h2>{{heading}}</h2>{{#each parts}}{{{html}}}{{/each}}</section>{{/each}}
</main>
</body>
</html>
`

let folder: string
let written: readonly string[]

beforeAll(async () => {
  const templatesDir = await temporaryDir()
  await cp(join(root, 'templates'), templatesDir, {recursive: true})
  await writeFile(join(templatesDir, 'persbericht.hbs'), template)
  const content = await temporaryDir()
  await cp(exampleDir, join(content, exampleName), {recursive: true})
  // A part only for the new type: `alleen:` takes the registry's ids.
  const source = join(content, exampleName, 'besluit.yaml')
  await writeFile(
    source,
    (await readFile(source, 'utf8')).replace(
      '  aanleiding:\n',
      '  aanleiding:\n    - alleen: persbericht\n      tekst: Dit deel is alleen voor de pers.\n',
    ),
  )
  const outDir = await temporaryDir()
  const result = await build({
    contentDir: content,
    outDir,
    templatesDir,
    registry: createRegistry([...defaultDocumentTypes, persbericht]),
  })
  expect(result.files.flatMap((file) => file.messages.map(String))).toEqual([])
  folder = join(outDir, exampleName)
  written = result.besluiten.flatMap((besluit) => besluit.written)
})

describe('a document type added through the registry', () => {
  it('is made beside the default documents, in HTML and PDF', async () => {
    expect(written.map((path) => path.slice(folder.length + 1))).toEqual([
      'collegevoorstel.html',
      'collegevoorstel.pdf',
      'raadsinformatiebrief.html',
      'raadsinformatiebrief.pdf',
      'persbericht.html',
      'persbericht.pdf',
      'besluit.json',
    ])
    expect((await readdir(folder)).sort()).toContain('persbericht.pdf')
  })

  it('shows its beslispunten and only its own parts of the sections, in HTML', async () => {
    const [text = ''] = await readHtmlText([join(folder, 'persbericht.html')])
    const html = normalizeSpace(text)
    expect(html).toContain(
      'Persbericht van de gemeente Amersfoort Vrijwilligersvergoeding werkgroepleden Wijkperspectief Soesterkwartier Het college besloot op 13 juli 2021:',
    )
    // The placeholder is filled in from the finance data.
    expect(html).toContain('ter hoogte van € 180,- per persoon per maand')
    expect(html).toContain(
      'Aanleiding Dit deel is alleen voor de pers. In januari heeft het college besloten',
    )
    // Parts `alleen` for another document stay out.
    expect(html).not.toContain('heeft de wethouder verzocht')
    expect(html).not.toContain('Beoogd effect')
    expect(
      await readFile(join(folder, 'collegevoorstel.html'), 'utf8'),
    ).not.toContain('alleen voor de pers')
    expect(await readFile(join(folder, 'persbericht.html'), 'utf8')).toContain(
      '<title>Persbericht: Vrijwilligersvergoeding',
    )
  })

  it('prints its text and running header into the PDF', async () => {
    const pages = await readPdfPages(join(folder, 'persbericht.pdf'))
    const marked = normalizeSpace(pages.map((page) => page.marked).join(' '))
    expect(marked).toContain('Het college besloot op 13 juli 2021:')
    expect(marked).toContain('In januari heeft het college besloten')
    expect(pages[0]?.artifact).toContain(
      'Persbericht · Nieuws over Vrijwilligersvergoeding werkgroepleden Wijkperspectief Soesterkwartier · 13 juli 2021',
    )
    const document = await getDocument({
      data: new Uint8Array(await readFile(join(folder, 'persbericht.pdf'))),
      verbosity: 0,
    }).promise
    const {info} = (await document.getMetadata()) as unknown as {
      info: Record<string, string>
    }
    expect(info['Title']).toBe(
      'Persbericht: Nieuws over Vrijwilligersvergoeding werkgroepleden Wijkperspectief Soesterkwartier',
    )
    await document.destroy()
  })

  it('refuses two types with one id', () => {
    expect(() => createRegistry([persbericht, persbericht])).toThrow(
      'Expected unique document type ids, not `persbericht` twice',
    )
  })
})
