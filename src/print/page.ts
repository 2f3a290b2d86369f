/**
 * One page of the printer's browser: opened with nothing but the document
 * and what it carries inside allowed, printed with every wait bounded by a
 * timeout that names its step in Dutch.
 */
import type {Browser, Page} from 'puppeteer-core'

/** A new page of `browser` for printing: print media, and no request beyond the document. */
export async function openPage(
  browser: Browser,
  timeout: number,
): Promise<Page> {
  const page = await browser.newPage()
  page.setDefaultTimeout(timeout)
  await page.emulateMediaType('print')
  // The document and what it carries inside (fonts, logo as data: URLs); nothing else.
  await page.setRequestInterception(true)
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return
    const url = request.url()
    if (url.startsWith('data:') || url === 'about:blank')
      void request.continue().catch(() => undefined)
    else void request.abort('blockedbyclient').catch(() => undefined)
  })
  return page
}

/** Load `html` on `page`, wait for its fonts, and print it with tags and outline; also its headings, for the outline. */
export async function printOn(
  page: Page,
  html: string,
  timeout: number,
): Promise<{pdf: Uint8Array; headings: string[]}> {
  // Puppeteer's own timeouts are a second late: ours name the step in Dutch.
  const late = timeout + 1000
  await within(
    timeout,
    'het laden van het document',
    page.setContent(html, {waitUntil: 'load', timeout: late}),
  )
  // One round trip: wait for the fonts, then read the headings for the outline.
  const headings = await within(
    timeout,
    'het wachten op de lettertypen',
    page.evaluate(async () => {
      await document.fonts.ready
      return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
        (heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim(),
      )
    }),
  )
  const pdf = await within(
    timeout,
    'het maken van de PDF',
    page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      timeout: late,
    }),
  )
  return {pdf, headings}
}

/** What went wrong with the browser, in Dutch where it is one of the known ways. */
export function describeFailure(error: unknown, timeout: number): string {
  const message = String((error as Error)?.message ?? error)
  if (message.startsWith('Chromium ')) return message
  if (/timed? ?out/i.test(message))
    return (
      'Chromium antwoordde niet binnen ' +
      String(timeout / 1000).replace('.', ',') +
      ' s'
    )
  if (/detached|closed|crash/i.test(message)) return 'Chromium is gestopt'
  return message
}

/** `promise`, or a rejection naming `step` once `timeout` ms have passed. */
export function within<T>(
  timeout: number,
  step: string,
  promise: Promise<T>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              'Chromium antwoordde niet binnen ' +
                String(timeout / 1000).replace('.', ',') +
                ' s bij ' +
                step,
            ),
          ),
        timeout,
      )
    }),
  ]).finally(() => clearTimeout(timer))
}
