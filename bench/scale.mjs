#!/usr/bin/env node
// The archive at scale: `npm run bench -- --besluiten 1000` (or alone:
// `node --expose-gc bench/scale.mjs 1000`). Generates N synthetic besluiten
// (copies of the seed) and measures a full build (HTML + PDF) while sampling
// this process's memory every 100 ms, then the no-op rebuild, site index
// included. Memory is flat when the heap after a garbage collection at the
// tenth of the besluiten and at the last differ little: nothing grows with the
// number built. Chromium's own processes are not counted (their pages are
// reused, not one per document).
import {
  cp,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {clearInterval, setInterval} from 'node:timers'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from '../dist/commands/build.js'

const count = Number(process.argv[2] ?? 1000)
if (!Number.isSafeInteger(count) || count < 1)
  throw new Error(
    'Expected a number of besluiten, not `' + process.argv[2] + '`',
  )
const root = fileURLToPath(new URL('..', import.meta.url))
const example = join(
  root,
  'content',
  '2021-07-13-vrijwilligersvergoeding-soesterkwartier',
)
const width = String(count).length

const work = await mkdtemp(join(tmpdir(), 'raadsstuk-scale-'))
const content = join(work, 'content')
const seed = await readFile(join(example, 'besluit.yaml'), 'utf8')
for (let index = 1; index <= count; index++) {
  const folder = join(content, 'besluit-' + String(index).padStart(width, '0'))
  await cp(example, folder, {recursive: true})
  await writeFile(
    join(folder, 'besluit.yaml'),
    seed
      .replace(/^onderwerp: (.*)$/m, `onderwerp: $1 (${index})`)
      .replace('leden: 4', `leden: ${1 + (index % 9)}`),
  )
}

const mib = (bytes) => Math.round(bytes / 1024 / 1024)
/** Heap in use after a full collection (with --expose-gc), else as it is. */
const settledHeap = () => {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed
}

const checkpoint = Math.max(1, Math.round(count / 10))
let peak = {rss: 0, heap: 0}
const sample = () => {
  const {rss, heapUsed} = process.memoryUsage()
  peak = {rss: Math.max(peak.rss, rss), heap: Math.max(peak.heap, heapUsed)}
  return {rss, heapUsed}
}
let early
const sampler = setInterval(sample, 100)
const start = performance.now()
const out = join(work, 'out')
const full = await build({
  contentDir: content,
  outDir: out,
  onProgress: (done) => {
    if (done === checkpoint && !early)
      early = {...sample(), settled: settledHeap()}
  },
})
const fullSeconds = (performance.now() - start) / 1000
clearInterval(sampler)
const late = {...sample(), settled: settledHeap()}
if (full.failed) throw new Error('Expected the synthetic besluiten to build')
early ??= late

const noopStart = performance.now()
const noop = await build({contentDir: content, outDir: out})
const noopSeconds = (performance.now() - noopStart) / 1000
if (!noop.besluiten.every((besluit) => besluit.skipped))
  throw new Error('Expected the no-op rebuild to skip every besluit')
await stat(join(out, 'index.html'))

const documents = full.besluiten.reduce(
  (sum, besluit) =>
    sum + besluit.written.filter((path) => path.endsWith('.pdf')).length,
  0,
)
const rows = [
  [
    'full build (HTML + PDF)',
    fullSeconds.toFixed(1) + ' s',
    ((fullSeconds / documents) * 1000).toFixed(0) + ' ms per PDF',
  ],
  [
    'peak RSS (sampled every 100 ms)',
    mib(peak.rss) + ' MiB',
    'heap ' + mib(peak.heap) + ' MiB',
  ],
  [
    `RSS at besluit ${checkpoint} → ${count}`,
    `${mib(early.rss)} → ${mib(late.rss)} MiB`,
    `${late.rss >= early.rss ? '+' : ''}${mib(late.rss - early.rss)} MiB`,
  ],
  [
    `heap after GC at besluit ${checkpoint} → ${count}`,
    `${mib(early.settled)} → ${mib(late.settled)} MiB`,
    `${late.settled >= early.settled ? '+' : ''}${mib(late.settled - early.settled)} MiB${globalThis.gc ? '' : ' (no --expose-gc: not collected)'}`,
  ],
  [
    'no-op rebuild, site index included',
    noopSeconds.toFixed(3) + ' s',
    noopSeconds < 1 ? 'target < 1 s: met' : 'target < 1 s: NOT met',
  ],
]
console.log(
  `raadsstuk bench at scale: ${count} besluiten, ${documents} PDF's, ${(await readdir(out)).length} entries in out/`,
)
console.log('')
console.log('| run | value | note |')
console.log('| --- | ---: | --- |')
for (const [name, value, note] of rows)
  console.log(`| ${name} | ${value} | ${note} |`)
await rm(work, {recursive: true, force: true})
