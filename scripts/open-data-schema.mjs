#!/usr/bin/env node
// Prints the JSON Schema of out/<besluit>/besluit.json (run by `npm run schema`, after `npm run build`).
import {createOpenDataJsonSchema} from '../dist/render/open-data-schema.js'

process.stdout.write(
  JSON.stringify(createOpenDataJsonSchema(), undefined, 2) + '\n',
)
