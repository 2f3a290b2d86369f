#!/usr/bin/env node
// The writer's loop, measured: `node bench/edit-loop.mjs [runs]` (also the
// second table of `npm run bench`). In a copy of the project (its own
// content/ and out/, the same node_modules), each row is the best of `runs`
// (default 5) wall-clock times, beside `node -e 0` in the same run:
// `npm start` with nothing changed and after an edit to one besluit,
// `raadsstuk --version`, `raadsstuk check` of content/ (nothing changed,
// after an edit, and without its caches), one besluit (the
// seed, in a content folder of its own) and all of content/ built cold (a
// fresh out/), and how long `preview` takes from a save to the rebuilt HTML.
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {cp, mkdtemp, readFile, rm, stat, symlink} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {setTimeout as sleep} from 'node:timers/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const runs = Number(process.argv[2] ?? 5)
const root = fileURLToPath(new URL('..', import.meta.url))
const name = '2021-07-13-vrijwilligersvergoeding-soesterkwartier'

const project = await mkdtemp(join(tmpdir(), 'raadsstuk-loop-'))
for (const entry of [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'src',
  'scripts',
  'templates',
  'schema',
  'data',
  'content',
  'dist',
]) {
  const from = join(root, entry)
  if (await stat(from).catch(() => undefined))
    await cp(from, join(project, entry), {
      recursive: true,
      preserveTimestamps: true,
    })
}
await symlink(join(root, 'node_modules'), join(project, 'node_modules'))
const source = join(project, 'content', name, 'besluit.yaml')
const original = await readFile(source, 'utf8')

// Wall-clock time, and where GNU time is there the CPU time (user + system)
// of the command and its children, Chromium included, which a busy machine
// inflates far less than the wall clock.
const gnuTime = await stat('/usr/bin/time').then(
  () => '/usr/bin/time',
  () => undefined,
)
const timesFile = join(project, '.times')
const seconds = (command, args, env = process.env) => {
  const started = performance.now()
  if (gnuTime)
    execFileSync(gnuTime, ['-o', timesFile, '-f', '%U %S', command, ...args], {
      cwd: project,
      stdio: 'ignore',
      env,
    })
  else execFileSync(command, args, {cwd: project, stdio: 'ignore', env})
  const wall = (performance.now() - started) / 1000
  const [user = NaN, system = NaN] = gnuTime
    ? readFileSync(timesFile, 'utf8').trim().split(/\s+/).map(Number)
    : []
  return {wall, cpu: user + system}
}
/** The fastest of `runs` runs, by wall clock and by CPU. */
const best = (measure) => {
  const all = Array.from({length: runs}, (_, run) => measure(run))
  return {
    wall: Math.min(...all.map((one) => one.wall)),
    cpu: Math.min(...all.map((one) => one.cpu)),
    slowest: Math.max(...all.map((one) => one.wall)),
  }
}
let edits = 0
const edit = () =>
  writeFileSync(
    source,
    original.replace(
      'portefeuillehouders:',
      `# bewerking ${++edits}\nportefeuillehouders:`,
    ),
  )
const cli = join(project, 'dist', 'cli.js')

// The first start compiles dist/ if needed and builds everything.
seconds('npm', ['start'])
const node = best(() => seconds(process.execPath, ['-e', '0']))
const unchanged = best(() => seconds('npm', ['start']))
const afterEdit = best(() => {
  edit()
  return seconds('npm', ['start'])
})
const version = best(() => seconds(process.execPath, [cli, '--version']))
// `check` as a writer runs it: with its caches (the code cache and what the
// last check found), before and after an edit to the seed; and without
// them, as the first run after an install.
const checkArgs = [cli, 'check', 'content']
const check = best(() => seconds(process.execPath, checkArgs))
const checkAfterEdit = best(() => {
  edit()
  return seconds(process.execPath, checkArgs)
})
const checkUncached = best(() =>
  seconds(process.execPath, checkArgs, {...process.env, RAADSSTUK_CACHE: '0'}),
)
const coldAll = best((run) =>
  seconds(process.execPath, [
    cli,
    'build',
    'content',
    '--out',
    join(project, 'cold-' + run),
  ]),
)
const alone = join(project, 'one-besluit')
await cp(join(project, 'content', name), join(alone, name), {recursive: true})
const cold = best((run) =>
  seconds(process.execPath, [
    cli,
    'build',
    alone,
    '--out',
    join(project, 'cold-one-' + run),
  ]),
)

// preview, in this process: from writing the source to the rebuilt HTML.
const {startPreview} = await import(join(project, 'dist/commands/preview.js'))
let built
const preview = await startPreview({
  contentDir: join(project, 'content'),
  outDir: join(project, 'preview'),
  port: 0,
  onBuild: (report, result) => built?.(result),
})
await preview.ready
const saves = []
for (let run = 0; run < runs; run++) {
  const done = new Promise((resolve) => (built = resolve))
  await sleep(300)
  const started = performance.now()
  edit()
  const result = await done
  const html = await readFile(
    join(project, 'preview', name, 'collegevoorstel.html'),
    'utf8',
  )
  if (result.failed || !result.besluiten[0]?.written.length || !html)
    throw new Error('preview did not rebuild the edited besluit')
  saves.push((performance.now() - started) / 1000)
}
await preview.close()

const ms = (value) =>
  Number.isNaN(value) ? '–' : (value * 1000).toFixed(0) + ' ms'
const savesWall = {
  wall: Math.min(...saves),
  cpu: NaN,
  slowest: Math.max(...saves),
}
const rows = [
  ['`node -e 0` (the floor)', node, ''],
  [
    '`npm start`, nothing changed',
    unchanged,
    `${ms(unchanged.wall - node.wall)} more than node (target ≤ 1 s more)`,
  ],
  ['`npm start` after an edit to one besluit', afterEdit, 'target ≤ 2 s'],
  ['`raadsstuk --version`', version, 'target ≤ 0.3 s'],
  [
    '`raadsstuk check` (the three examples), nothing changed',
    check,
    'target ≤ 0.3 s',
  ],
  [
    '`raadsstuk check` after an edit to one besluit (the seed)',
    checkAfterEdit,
    'target ≤ 0.3 s',
  ],
  [
    '`raadsstuk check` without its caches (`RAADSSTUK_CACHE=0`, as a first run)',
    checkUncached,
    '',
  ],
  ['one besluit built cold (HTML + PDF)', cold, 'target ≤ 1.5 s'],
  ['the three examples built cold (HTML + PDF)', coldAll, ''],
  [
    '`preview`: save → HTML rebuilt',
    savesWall,
    'includes the 25 ms the preview waits for more saves (target ≤ 200 ms)',
  ],
]
console.log(`raadsstuk edit loop: best of ${runs} runs`)
console.log('')
console.log('| step | wall (best) | wall (slowest) | CPU (best) | |')
console.log('| --- | ---: | ---: | ---: | --- |')
for (const [label, value, note] of rows)
  console.log(
    `| ${label} | ${ms(value.wall)} | ${ms(value.slowest)} | ${ms(value.cpu)} | ${note} |`,
  )
await rm(project, {recursive: true, force: true})
