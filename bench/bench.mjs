#!/usr/bin/env node
// Benchmark: `npm run bench [-- N [runs]]`, or at scale `npm run bench --
// --besluiten 1000` (bench/scale.mjs: full build, memory, no-op). Generates N synthetic besluiten (default
// 100, each the size of the seed) in a temporary folder and measures, in one
// run on this machine: a full build (HTML + PDF), an HTML-only build, a no-op
// rebuild, per-document cold baselines (md-to-pdf run once per document, and a
// bare Node process with a browser per document; sampled and extrapolated), and a
// bare puppeteer script printing the same HTML on one warm browser. Prints a table
// and ratios.
import {execFileSync} from 'node:child_process'
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from '../dist/commands/build.js'
import {findBrowser, launchArgs, launchBrowser} from '../dist/print/pdf.js'

const scale = process.argv.indexOf('--besluiten')
if (scale >= 0) {
  // A run of its own, with a collectable heap, so the memory it reports is the build's.
  execFileSync(
    process.execPath,
    [
      '--expose-gc',
      fileURLToPath(new URL('scale.mjs', import.meta.url)),
      process.argv[scale + 1] ?? '1000',
    ],
    {stdio: 'inherit'},
  )
  process.exit(0)
}

const count = Number(process.argv[2] ?? 100)
const coldSample = Math.min(10, count * 2)
const root = fileURLToPath(new URL('..', import.meta.url))
const example = join(
  root,
  'content',
  '2021-07-13-vrijwilligersvergoeding-soesterkwartier',
)

const work = await mkdtemp(join(tmpdir(), 'raadsstuk-bench-'))
const content = join(work, 'content')
for (let index = 1; index <= count; index++) {
  const folder = join(content, 'besluit-' + String(index).padStart(3, '0'))
  await cp(example, folder, {recursive: true})
  const source = join(folder, 'besluit.yaml')
  const yaml = (await readFile(source, 'utf8'))
    .replace(/^onderwerp: (.*)$/m, `onderwerp: $1 (${index})`)
    .replace('leden: 4', `leden: ${1 + (index % 9)}`)
  await writeFile(source, yaml)
}

const time = async (run) => {
  const start = performance.now()
  const result = await run()
  return {seconds: (performance.now() - start) / 1000, result}
}

const out = join(work, 'out')
const documents = count * 2
const full = await time(() => build({contentDir: content, outDir: out}))
if (full.result.failed)
  throw new Error('Expected the synthetic besluiten to build')
const htmlOnly = await time(() =>
  build({contentDir: content, outDir: join(work, 'out-html'), pdf: false}),
)
const noop = await time(() => build({contentDir: content, outDir: out}))
if (!noop.result.besluiten.every((besluit) => besluit.skipped))
  throw new Error('Expected the no-op rebuild to skip every besluit')

const htmlFiles = []
// Only the besluiten' folders: the site level sits beside them.
const besluitFolders = (await readdir(out))
  .filter((name) => name.startsWith('besluit-'))
  .sort()
for (const folder of besluitFolders) {
  for (const name of ['collegevoorstel.html', 'raadsinformatiebrief.html'])
    htmlFiles.push(await readFile(join(out, folder, name), 'utf8'))
}
const executablePath = findBrowser()

// Bare puppeteer: one warm browser, one reused page, the same HTML, no post-processing.
const bare = await time(async () => {
  const browser = await launchBrowser()
  const page = await browser.newPage()
  for (const html of htmlFiles) {
    await page.setContent(html, {waitUntil: 'load'})
    await page.pdf({preferCSSPageSize: true, printBackground: true})
  }
  await browser.close()
})

// Cold baseline: a process and a browser per document, as a per-file converter (md-to-pdf) does.
const coldDir = join(work, 'cold')
await mkdir(coldDir)
const cold = await time(async () => {
  for (const [index, html] of htmlFiles.slice(0, coldSample).entries()) {
    const input = join(coldDir, index + '.html')
    await writeFile(input, html)
    execFileSync(process.execPath, [
      join(root, 'bench', 'print-one.mjs'),
      input,
      join(coldDir, index + '.pdf'),
    ])
  }
})
const coldTotal = (cold.seconds / coldSample) * documents

// md-to-pdf, the per-file converter the issue measured (about 1.9 s per document), run once per
// document on the same HTML (unindented, so that its Markdown parser passes it through as HTML).
const converter = join(root, 'node_modules', '.bin', 'md-to-pdf')
const launchOptions = JSON.stringify({
  headless: true,
  args: launchArgs,
  ...(executablePath ? {executablePath} : {}),
})
const mdToPdf = await time(async () => {
  for (const [index, html] of htmlFiles.slice(0, coldSample).entries()) {
    const input = join(coldDir, index + '.md')
    await writeFile(input, html.replace(/^[ \t]+/gm, ''))
    execFileSync(converter, [input, '--launch-options', launchOptions], {
      stdio: 'ignore',
    })
  }
})
const mdToPdfTotal = (mdToPdf.seconds / coldSample) * documents

const perDocument = (seconds) =>
  ((seconds / documents) * 1000).toFixed(1) + ' ms'
const rows = [
  ['full build (HTML + PDF)', full.seconds, perDocument(full.seconds)],
  ['HTML-only build', htmlOnly.seconds, perDocument(htmlOnly.seconds)],
  ['no-op rebuild', noop.seconds, perDocument(noop.seconds)],
  ['bare puppeteer, one warm browser', bare.seconds, perDocument(bare.seconds)],
  [
    `cold baseline, a process and browser per document (${coldSample} sampled)`,
    coldTotal,
    perDocument(coldTotal),
  ],
  [
    `md-to-pdf per document (${coldSample} sampled)`,
    mdToPdfTotal,
    perDocument(mdToPdfTotal),
  ],
]
console.log(
  `raadsstuk bench: ${count} besluiten, ${documents} documents, ${besluitFolders.length} output folders`,
)
console.log('')
console.log('| run | total | per document |')
console.log('| --- | ---: | ---: |')
for (const [name, seconds, each] of rows)
  console.log(`| ${name} | ${seconds.toFixed(2)} s | ${each} |`)
console.log('')
console.log(
  `full build vs md-to-pdf per document: ${(mdToPdfTotal / full.seconds).toFixed(1)}× faster (target ≥ 20×)`,
)
console.log(
  `full build vs the bare cold baseline: ${(coldTotal / full.seconds).toFixed(1)}× faster`,
)
console.log(
  `full build vs bare warm print: ${(full.seconds / bare.seconds).toFixed(2)}× its time (target ≤ 1.3×)`,
)
console.log(
  `no-op rebuild: ${noop.seconds.toFixed(3)} s (target < 0.3 s); HTML-only: ${htmlOnly.seconds.toFixed(2)} s (target < 3 s)`,
)
console.log(
  `peak memory of the build process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
)
await rm(work, {recursive: true, force: true})

// The writer's loop (npm start, --version, check, one besluit cold, preview), a table of its own.
console.log('')
execFileSync(
  process.execPath,
  [join(root, 'bench', 'edit-loop.mjs'), process.argv[3] ?? '5'],
  {stdio: 'inherit'},
)
