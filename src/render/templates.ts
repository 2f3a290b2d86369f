/**
 * Documents from Handlebars templates and a view-model. Pure: the templates
 * come in as strings; a private Handlebars in strict mode fails on a missing field.
 */
import Handlebars from 'handlebars'
import {escapeCssString, withoutControls} from './escape.js'
import {TemplateFieldError} from './template-error.js'

/** The templates, partials and stylesheet, as text. */
export interface TemplateSet {
  /** One template per document type, by name (`collegevoorstel`, `raadsinformatiebrief`). */
  readonly layouts: Readonly<Record<string, string>>
  readonly partials: Readonly<Record<string, string>>
  readonly css: string
}

/** Renders a document type with a view. */
export type Renderer = (layout: string, view: object) => string

/**
 * Renderers of the last template sets, by their text: the preview and a
 * build after an edit compile the same templates once, not on every save.
 */
const recent = new Map<string, Renderer>()
const recentLimit = 8
const bySet = new WeakMap<TemplateSet, Renderer>()

/** Compile a template set once into a renderer (or reuse the one made of the same text). */
export function createRenderer(templates: TemplateSet): Renderer {
  // The same set again (a build asks once per besluit): no need to read its text.
  const same = bySet.get(templates)
  if (same) return same
  const key = JSON.stringify([
    templates.layouts,
    templates.partials,
    templates.css,
  ])
  const known = recent.get(key)
  if (known) {
    bySet.set(templates, known)
    return known
  }
  const renderer = compileRenderer(templates)
  recent.set(key, renderer)
  bySet.set(templates, renderer)
  if (recent.size > recentLimit) recent.delete(recent.keys().next().value!)
  return renderer
}

function compileRenderer(templates: TemplateSet): Renderer {
  const handlebars = Handlebars.create()
  handlebars.registerHelper(
    'cssString',
    (value: unknown) =>
      new handlebars.SafeString(escapeCssString(String(value))),
  )
  for (const [name, partial] of Object.entries(templates.partials)) {
    handlebars.registerPartial(
      name,
      handlebars.compile(partial, {strict: true}),
    )
  }
  const compiled = new Map(
    Object.entries(templates.layouts).map(([name, source]) => [
      name,
      handlebars.compile(source, {strict: true}),
    ]),
  )
  return (layout, view) => {
    const template = compiled.get(layout)
    if (!template)
      throw new Error(
        'Expected a template `' +
          layout +
          '.hbs`, found: ' +
          [...compiled.keys()].join(', '),
      )
    try {
      // Handlebars escapes `{{…}}` for text and quoted attributes; controls go first.
      return template({...withoutControls(view), css: templates.css})
    } catch (error) {
      throw TemplateFieldError.from(layout, error)
    }
  }
}

/** Where a template's text is not valid Handlebars, and why, in Dutch. */
export interface TemplateError {
  readonly line: number
  readonly column: number
  readonly reason: string
}

/** The first syntax error of a template's text, or `undefined` when it compiles. */
export function findTemplateError(text: string): TemplateError | undefined {
  try {
    Handlebars.parse(text)
    return undefined
  } catch (error) {
    const {message, lineNumber, column} = error as {
      message: string
      lineNumber?: number
      column?: number
    }
    const mismatch = /^(\S+) doesn't match (\S+)/.exec(message)
    if (mismatch)
      return {
        line: lineNumber ?? 1,
        column: (column ?? 0) + 1,
        reason:
          '`{{/' +
          (mismatch[2] ?? '') +
          '}}` sluit `{{#' +
          (mismatch[1] ?? '') +
          '}}` niet',
      }
    const line = /line (\d+)/.exec(message)?.[1]
    const got = /got '([A-Z_]+)'/.exec(message)?.[1]
    return {
      line: line ? Number(line) : 1,
      column: 1,
      reason:
        got === 'EOF'
          ? 'de template houdt op midden in een `{{…}}` of een blok'
          : got === 'INVALID'
            ? 'deze regel is geen geldige Handlebars: een `{{…}}` is niet goed gesloten'
            : 'deze regel is geen geldige Handlebars',
    }
  }
}
