/**
 * The template files: raadsstuk's own `templates/` folder, or another, read
 * as strings, with the font inlined as `@font-face` rules.
 */
import {readdir, readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {TemplateSet} from '../render/templates.js'

/** The templates that ship with raadsstuk. */
export const defaultTemplatesDir = fileURLToPath(
  new URL('../../templates/', import.meta.url),
)

const require = createRequire(import.meta.url)

/** The faces of Source Sans 3 (SIL Open Font License) that the documents use. */
const fontFaces = [
  {weight: 400, style: 'normal'},
  {weight: 400, style: 'italic'},
  {weight: 600, style: 'normal'},
  {weight: 700, style: 'normal'},
] as const

/**
 * `@font-face` rules with the font files inlined, so that HTML and PDF use the
 * project's own font whatever the machine has installed.
 */
export async function loadFontCss(): Promise<string> {
  const rules = await Promise.all(
    fontFaces.map(async ({weight, style}) => {
      const path = require.resolve(
        `@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-${style}.woff2`,
      )
      const data = (await readFile(path)).toString('base64')
      return `@font-face { font-family: 'Source Sans 3'; font-style: ${style}; font-weight: ${weight}; font-display: block; src: url(data:font/woff2;base64,${data}) format('woff2'); }`
    }),
  )
  return rules.join('\n')
}

/** Read `*.hbs` layouts, `partials/*.hbs` and `style.css` from a templates folder, with the fonts. */
export async function loadTemplates(
  dir: string = defaultTemplatesDir,
): Promise<TemplateSet> {
  const read = async (folder: string) => {
    const names = (await readdir(folder))
      .filter((name) => name.endsWith('.hbs'))
      .sort()
    return Object.fromEntries(
      await Promise.all(
        names.map(
          async (name) =>
            [
              name.slice(0, -4),
              await readFile(join(folder, name), 'utf8'),
            ] as const,
        ),
      ),
    )
  }
  return {
    layouts: await read(dir),
    partials: await read(join(dir, 'partials')).catch(() => ({})),
    css:
      (await loadFontCss()) +
      '\n' +
      (await readFile(join(dir, 'style.css'), 'utf8')),
  }
}
