// Compiles src/ to dist/ when, and only when, something it is made from
// changed since the last compile: the newest modification time under src/
// and of the tsconfig files against dist/.built. Nothing changed costs a few
// milliseconds instead of a TypeScript start (about 3 s). After tsc, the
// command line is bundled into dist/bundle/ (scripts/bundle.mjs).
import {execFileSync} from 'node:child_process'
import {
  existsSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const stamp = join(root, 'dist', '.built')
const buildInfo = join(
  root,
  'node_modules',
  '.cache',
  'raadsstuk',
  'dist.tsbuildinfo',
)

function newest(path) {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return Math.max(
    info.mtimeMs,
    ...readdirSync(path).map((name) => newest(join(path, name))),
  )
}

function builtAt() {
  try {
    return statSync(stamp).mtimeMs
  } catch {
    return -Infinity
  }
}

/** Whether dist/ is older than src/ or the compiler settings. */
export function distStale() {
  const sources = Math.max(
    newest(join(root, 'src')),
    newest(join(root, 'tsconfig.json')),
    newest(join(root, 'tsconfig.build.json')),
  )
  return sources >= builtAt() || !existsSync(join(root, 'dist', 'bundle'))
}

/** Compile dist/ if it is stale; returns whether it compiled. */
export function ensureDist() {
  if (!distStale()) return false
  const started = Date.now()
  // Incremental: only what changed is checked again. Without the stamp dist/
  // may be gone, so the compiler's record of it goes too.
  if (builtAt() === -Infinity) rmSync(buildInfo, {force: true})
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      'tsconfig.build.json',
      '--incremental',
      '--tsBuildInfoFile',
      buildInfo,
    ],
    {cwd: root, stdio: 'inherit'},
  )
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], {
    cwd: root,
    stdio: 'inherit',
  })
  // The stamp carries the time the compile started: a save during it counts.
  writeFileSync(stamp, new Date(started).toISOString() + '\n')
  utimesSync(stamp, started / 1000, started / 1000)
  return true
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureDist()
