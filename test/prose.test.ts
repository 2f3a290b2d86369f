/**
 * The prose stage: prose is checked before and apart from rendering, so
 * `raadsstuk check` finds every prose problem and makes no document.
 */
import {cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import {build} from '../src/commands/build.js'
import {compileBesluit} from '../src/compile.js'
import {loadBesluit} from '../src/io/load.js'
import {loadTemplates} from '../src/io/template-files.js'
import {collectMessages} from '../src/messages/report.js'
import {defaultDocumentTypes} from '../src/render/document-types.js'
import {createRegistry, type DocumentType} from '../src/render/registry.js'
import {createRenderer} from '../src/render/templates.js'
import {exampleDir, exampleName, temporaryDir} from './helpers.js'

/** The default types, each view builder and the renderer watched by a spy. */
function spied() {
  const buildView = vi.fn()
  const types = defaultDocumentTypes.map((type): DocumentType => ({
    ...type,
    buildView: (input, own) => {
      buildView(type.id)
      return type.buildView(input, own)
    },
  }))
  return {buildView, registry: createRegistry(types)}
}

/** The example with raw HTML in a prose field of the collegevoorstel. */
async function exampleWithHtml(): Promise<string> {
  const content = await temporaryDir()
  await cp(exampleDir, join(content, exampleName), {recursive: true})
  const source = join(content, exampleName, 'besluit.yaml')
  const text = await readFile(source, 'utf8')
  await writeFile(
    source,
    text.replace(
      'Voor het maken van een Wijkperspectief',
      'Voor het <b>maken</b> van een Wijkperspectief',
    ),
  )
  return content
}

const lines = (files: Parameters<typeof collectMessages>[0]) =>
  collectMessages(files).map(
    (message) =>
      `${message.line}:${message.column}: ${message.severity}: ${message.message} [${message.rule}]`,
  )

describe('the prose stage', () => {
  it('checks without building a view or rendering a template', async () => {
    const {buildView, registry} = spied()
    const content = await exampleWithHtml()
    const source = await loadBesluit(join(content, exampleName))
    const result = compileBesluit(source, undefined, {registry})
    expect(buildView).not.toHaveBeenCalled()
    expect(result.documents).toEqual([])
    expect(lines(result.files)).toEqual([
      '19:14: error: HTML in tekst is niet toegestaan: `<b>` [raw-html]',
      '19:22: error: HTML in tekst is niet toegestaan: `</b>` [raw-html]',
    ])
  })

  it('builds each view once when documents are made, and renders each template once', async () => {
    const {buildView, registry} = spied()
    const templates = await loadTemplates()
    const renderer = vi.fn(createRenderer(templates))
    const result = compileBesluit(await loadBesluit(exampleDir), renderer, {
      registry,
    })
    expect(buildView.mock.calls).toEqual([
      ['collegevoorstel'],
      ['raadsinformatiebrief'],
    ])
    expect(renderer.mock.calls.map(([layout]) => layout)).toEqual([
      'collegevoorstel',
      'raadsinformatiebrief',
    ])
    expect(result.documents).toHaveLength(2)
  })

  it('is what `check` (build --check-only) runs: the problems, no view, no file', async () => {
    const {buildView, registry} = spied()
    const content = await exampleWithHtml()
    const outDir = await temporaryDir()
    const result = await build({
      contentDir: content,
      outDir,
      checkOnly: true,
      registry,
    })
    expect(buildView).not.toHaveBeenCalled()
    expect(result.failed).toBe(true)
    expect(lines(result.files)).toHaveLength(2)
    expect(result.besluiten.flatMap((besluit) => besluit.written)).toEqual([])
  })

  it('checks a valid besluit without a view either, and finds no problem', async () => {
    const {buildView, registry} = spied()
    const result = await build({
      contentDir: join(exampleDir, '..'),
      outDir: await temporaryDir(),
      checkOnly: true,
      registry,
    })
    expect(buildView).not.toHaveBeenCalled()
    expect(result.failed).toBe(false)
    expect(
      lines(result.files).filter((line) => line.includes('error')),
    ).toEqual([])
  })
})
