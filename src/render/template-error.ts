/** The error of a template that asks for a field its view does not have. Pure, without Handlebars. */

/**
 * A template that asks for a field its view does not have (strict mode): in
 * an organisation's own template, a writer's mistake rather than a bug.
 */
export class TemplateFieldError extends Error {
  override name = 'TemplateFieldError'

  /** The error of `layout` as a field error where it is one, else unchanged. */
  static from(layout: string, error: unknown): unknown {
    const match = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/.exec(
      (error as Error)?.message ?? '',
    )
    if (!match) return error
    return new TemplateFieldError(
      'template `' +
        layout +
        '.hbs` (of een partial daarin) gebruikt het veld `' +
        (match[1] ?? '') +
        '`, dat dit document niet heeft (regel ' +
        (match[2] ?? '') +
        ', kolom ' +
        String(Number(match[3] ?? 0) + 1) +
        ')',
      {cause: error},
    )
  }
}
