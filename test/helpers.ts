/** Shared test helpers: build into a temporary folder, read text from PDF and HTML. */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {cp, mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {createRequire} from 'node:module'
import puppeteer, {
  type Browser,
  type BrowserContext,
  type Page,
} from 'puppeteer-core'
import {inject} from 'vitest'
import {build, type BuildResult} from '../src/commands/build.js'
import {main} from '../src/commands/main.js'
import {createPrinter, type Printer} from '../src/print/pdf.js'

/** The repository root. */
export const root = fileURLToPath(new URL('..', import.meta.url))
/** The example besluit. */
export const exampleName = '2021-07-13-vrijwilligersvergoeding-soesterkwartier'
export const exampleDir = join(root, 'content', exampleName)

let connection: Promise<Browser> | undefined
let printer: Promise<Printer> | undefined

/**
 * The one Chromium of the test run (started in test/global-setup.ts),
 * connected once per worker: the test files of a worker share this module
 * (vitest.config.ts), and so the connection and the printer's pages.
 */
function sharedBrowser(): Promise<Browser> {
  connection ??= puppeteer.connect({
    browserWSEndpoint: inject('browserWSEndpoint'),
  })
  return connection
}

/** A browser context of its own in the shared Chromium; `close()` closes its pages. */
export async function openBrowser(): Promise<BrowserContext> {
  return (await sharedBrowser()).createBrowserContext()
}

/** A printer on the shared Chromium, for `build({printer})`. */
export function sharedPrinter(): Promise<Printer> {
  printer ??= sharedBrowser().then((browser) => createPrinter({browser}))
  return printer
}

/**
 * A path in `dist/`, once it is compiled: the global setup compiles it beside
 * the tests when `src/` changed (test/global-setup.ts), so a test that runs
 * the built code waits here for the file that says it is ready.
 */
export function dist(...path: string[]): string {
  const ready = inject('distReady')
  const sleep = new Int32Array(new SharedArrayBuffer(4))
  for (let waited = 0; !existsSync(ready); waited += 50) {
    if (waited > 180_000) throw new Error('dist/ is not compiled after 180 s')
    Atomics.wait(sleep, 0, 0, 50)
  }
  const outcome = readFileSync(ready, 'utf8')
  if (outcome !== 'ok') throw new Error('dist/ did not compile: ' + outcome)
  return join(root, 'dist', ...path)
}

/** The built binary in a process of its own. */
export function spawn(
  args: readonly string[],
  cwd = root,
  env: NodeJS.ProcessEnv = process.env,
) {
  const result = spawnSync(process.execPath, [dist('cli.js'), ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** The command line in this process, printing in the shared Chromium. */
export async function run(args: readonly string[], cwd = root) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    cwd,
    stdout: {write: (text: string) => (stdout += text)},
    stderr: {write: (text: string) => (stderr += text)},
    printer: await sharedPrinter(),
  })
  return {code, stdout, stderr}
}

/** A fresh temporary folder. */
export function temporaryDir(prefix = 'raadsstuk-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

let example: Promise<{outDir: string; result: BuildResult}> | undefined

/**
 * `content/` built with PDFs into a folder of the caller's own. The build
 * runs once per worker (the test files of a worker share this module, see
 * vitest.config.ts) and each call gets a copy of it, to read or to change;
 * `fresh` builds anew, to compare two builds.
 */
export async function buildExample(
  options: {fresh?: boolean} = {},
): Promise<{outDir: string; result: BuildResult}> {
  const built = async () => {
    const outDir = await temporaryDir()
    const result = await build({
      contentDir: join(root, 'content'),
      outDir,
      printer: await sharedPrinter(),
    })
    return {outDir, result}
  }
  if (options.fresh) return built()
  example ??= built()
  const {outDir: original, result} = await example
  const outDir = await temporaryDir()
  await cp(original, outDir, {recursive: true})
  return {outDir, result}
}

/**
 * The text of each page of a PDF: `marked`, inside tagged marked content (the
 * structure, in reading order); `artifact`, inside `/Artifact` marked content
 * (the running header and footer); and `unmarked`, outside any marked content.
 */
export async function readPdfPages(
  path: string,
): Promise<Array<{marked: string; artifact: string; unmarked: string}>> {
  const document = await getDocument({
    data: new Uint8Array(await readFile(path)),
    verbosity: 0,
  }).promise
  const pages = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (
      await document.getPage(number)
    ).getTextContent({includeMarkedContent: true})
    // pdf.js gives each begin its tag (`Artifact`, `P`, …), though its types do not say so.
    const tags: Array<string | null | undefined> = []
    let marked = ''
    let artifact = ''
    let unmarked = ''
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'endMarkedContent') tags.pop()
        else tags.push((item as {tag?: string | null}).tag)
      } else if (tags.includes('Artifact')) artifact += item.str + ' '
      else if (tags.length > 0) marked += item.str + (item.hasEOL ? '\n' : '')
      else unmarked += item.str + ' '
    }
    pages.push({
      marked,
      artifact: normalizeSpace(artifact),
      unmarked: normalizeSpace(unmarked),
    })
  }
  await document.destroy()
  return pages
}

/** Text of a PDF in reading order (its tagged content), with its page count. */
export async function readPdf(
  path: string,
): Promise<{text: string; pages: number}> {
  const pages = await readPdfPages(path)
  return {
    text: pages.map((page) => page.marked).join('\n'),
    pages: pages.length,
  }
}

/** The text a reader sees in an HTML page (Chromium's `innerText`). */
export async function readHtmlText(
  paths: readonly string[],
): Promise<string[]> {
  const browser = await openBrowser()
  try {
    const page = await browser.newPage()
    const texts: string[] = []
    for (const path of paths) {
      await page.setContent(await readFile(path, 'utf8'), {waitUntil: 'load'})
      texts.push(await page.evaluate(() => document.body.innerText))
    }
    return texts
  } finally {
    await browser.close()
  }
}

/** Collapse white space (no-break spaces included) into single spaces. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/g, ' ').trim()
}

/**
 * What axe-core finds on the page that is open (WCAG 2.1 A/AA and best
 * practice), as `rule (number of nodes)`. The page must bypass its own
 * Content-Security-Policy: axe goes in as a script.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const axe = await readFile(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  )
  await page.addScriptTag({content: axe})
  return page.evaluate(async () => {
    const runner = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{violations: Array<{id: string; nodes: unknown[]}>}>
        }
      }
    ).axe
    const result = await runner.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    })
    return result.violations.map(
      (violation) => violation.id + ' (' + violation.nodes.length + ')',
    )
  })
}
