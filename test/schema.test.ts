import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createJsonSchema} from '../src/check/schema.js'
import {defaultRegistry} from '../src/render/document-types.js'
import {createOrganisatieJsonSchema} from '../src/check/organisatie-schema.js'
import {exampleDir, root} from './helpers.js'

const defaultIds = defaultRegistry.types.map((type) => type.id)

describe('JSON Schema for editors', () => {
  it('is committed and current (regenerate with `npm run schema`)', () => {
    const committed = JSON.parse(
      readFileSync(join(root, 'schema', 'raadsstuk.schema.json'), 'utf8'),
    ) as unknown
    expect(committed).toEqual(createJsonSchema({documents: defaultIds}))
  })

  it('is committed and current for organisatie.yaml too', () => {
    const committed = JSON.parse(
      readFileSync(join(root, 'schema', 'organisatie.schema.json'), 'utf8'),
    ) as unknown
    expect(committed).toEqual(createOrganisatieJsonSchema())
  })

  it('is named by the example for the YAML language server', () => {
    const firstLine = readFileSync(
      join(exampleDir, 'besluit.yaml'),
      'utf8',
    ).split('\n')[0]
    expect(firstLine).toBe(
      '# yaml-language-server: $schema=../../schema/raadsstuk.schema.json',
    )
  })

  it('describes fields in Dutch for the editor', () => {
    const schema = createJsonSchema({documents: defaultIds}) as {
      properties: Record<string, {description?: string}>
    }
    expect(schema.properties['datum']?.description).toBe(
      'Datum van behandeling in het college, jjjj-mm-dd.',
    )
  })
})
