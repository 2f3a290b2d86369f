/**
 * The code cache of the bundled command line (src/io/compile-cache.ts): a
 * run leaves the bytecode of the modules it loaded, the next run uses it
 * unchanged, and a cache that does not fit (other content, damaged) is never
 * used but made again, with the same outcome of the command either way.
 */
import {spawnSync} from 'node:child_process'
import {
  chmod,
  mkdir,
  readdir,
  readFile,
  stat,
  writeFile,
} from 'node:fs/promises'
import Module from 'node:module'
import {join, sep} from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkCacheName} from '../src/io/check-cache.js'
import {defaultCacheFolder} from '../src/io/compile-cache.js'

/** Node ≥ 22.1 keeps the code cache itself; the cache here is for Node 20. */
const native = 'enableCompileCache' in Module
import {dist, root, spawn, temporaryDir} from './helpers.js'

/** `raadsstuk check content` with the code cache in `folder`. */
function check(folder: string) {
  return spawn(['check', 'content'], undefined, {
    ...process.env,
    RAADSSTUK_CACHE: folder,
  })
}

const mtimes = async (folder: string) =>
  Object.fromEntries(
    await Promise.all(
      (await readdir(folder)).map(
        async (name) =>
          [name, (await stat(join(folder, name))).mtimeMs] as const,
      ),
    ),
  )

describe.skipIf(native)('the code cache (Node 20)', () => {
  it('is left by a run, used as it is by the next, and made again where it does not fit', async () => {
    const folder = await temporaryDir()
    const first = check(folder)
    expect(first).toEqual({code: 0, stdout: '', stderr: 'geen problemen\n'})
    const names = await readdir(folder)
    // The command line's own module and the checks' code, each with a cache.
    expect(names).toContain('main.js.v8')
    expect(names.some((name) => /^compile-.+\.js\.v8$/.test(name))).toBe(true)
    // Beside them only what `check` found and parsed (test/check-cache.test.ts).
    expect(names.filter((name) => !name.endsWith('.js.v8'))).toEqual([
      checkCacheName,
      'prose',
    ])
    const made = await mtimes(folder)

    // Used, not made again: no file changes.
    expect(check(folder)).toEqual(first)
    expect(await mtimes(folder)).toEqual(made)

    // The right content hash, but bytes V8 refuses: made again.
    const main = join(folder, 'main.js.v8')
    const good = await readFile(main)
    const damaged = Buffer.concat([
      good.subarray(0, 20),
      Buffer.from('geen bytecode'.repeat(40)),
    ])
    await writeFile(main, damaged)
    expect(check(folder)).toEqual(first)
    expect((await readFile(main)).subarray(0, 20)).toEqual(good.subarray(0, 20))
    expect((await readFile(main)).equals(damaged)).toBe(false)

    // A cache of other content (another version of the module): made again.
    const other = Buffer.concat([Buffer.alloc(20), good.subarray(20)])
    await writeFile(main, other)
    expect(check(folder)).toEqual(first)
    expect((await readFile(main)).subarray(0, 20)).toEqual(good.subarray(0, 20))
  })

  it('is off with RAADSSTUK_CACHE=0: Node compiles the modules itself', async () => {
    const folder = await temporaryDir()
    const log = join(folder, 'compile.txt')
    // Says at exit whether Node's own compile step was still in place.
    const recorder = join(folder, 'recorder.cjs')
    await writeFile(
      recorder,
      `const Module = require('node:module'); const own = Module.prototype._compile
process.once('exit', () => require('node:fs').writeFileSync(${JSON.stringify(log)}, String(Module.prototype._compile === own)))`,
    )
    const run = (setting: string) =>
      spawnSync(
        process.execPath,
        ['--require', recorder, dist('cli.js'), '--version'],
        {
          cwd: root,
          encoding: 'utf8',
          env: {...process.env, RAADSSTUK_CACHE: setting},
        },
      )
    expect(run('0').stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
    expect(await readFile(log, 'utf8')).toBe('true')
    expect(run(join(folder, 'cache')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
    expect(await readFile(log, 'utf8')).toBe('false')
  })

  it('leaves a module with `import()` to Node, which runs it from a cache no more', async () => {
    // A bundle of two modules, one of which imports dynamically.
    const bundle = join(await temporaryDir(), 'bundle')
    await mkdir(bundle)
    await writeFile(join(bundle, 'package.json'), '{"type":"commonjs"}')
    await writeFile(
      join(bundle, 'laden.js'),
      "module.exports = () => import('node:path').then((path) => path.sep)",
    )
    const start = join(bundle, 'start.mjs')
    await writeFile(
      start,
      `import {enableCompileCache} from ${JSON.stringify(dist('io', 'compile-cache.js'))}
import {createRequire} from 'node:module'
enableCompileCache(${JSON.stringify(bundle)}, process.argv[2], {id: 'x', dynamicImports: ['laden.js']})
const require = createRequire(import.meta.url)
const pad = require('./pad.js')
require('./laden.js')().then((sep) => console.log(pad(sep)))`,
    )
    await writeFile(
      join(bundle, 'pad.js'),
      "module.exports = (text) => '[' + text + ']'",
    )
    const cache = join(bundle, 'cache')
    const run = () =>
      spawnSync(process.execPath, [start, cache], {encoding: 'utf8'})
    for (let time = 0; time < 3; time++)
      expect(run()).toMatchObject({status: 0, stdout: '[' + sep + ']\n'})
    // The other module is cached; the one with `import()` is not.
    expect((await readdir(cache)).sort()).toEqual(['pad.js.v8'])
  })

  it('is not read from a folder others may write to', async () => {
    const folder = join(await temporaryDir(), 'cache')
    await mkdir(folder)
    const first = check(folder)
    expect(first.code).toBe(0)
    expect((await readdir(folder)).some((name) => name.endsWith('.v8'))).toBe(
      true,
    )
    // Anyone may write to it now: planted bytecode would run, a planted
    // check.json hide errors. Not used, not written.
    await chmod(folder, 0o777)
    const cached = join(folder, checkCacheName)
    const planted = JSON.parse(await readFile(cached, 'utf8'))
    for (const besluit of Object.values(planted.besluiten) as Array<{
      messages: Record<string, unknown[]>
    }>)
      besluit.messages['besluit.yaml'] = [
        {reason: 'geplant', line: 1, column: 1},
      ]
    await writeFile(cached, JSON.stringify(planted))
    const made = await mtimes(folder)
    const main = join(folder, 'main.js.v8')
    await writeFile(main, Buffer.alloc(64))
    expect(check(folder)).toEqual(first)
    expect((await readFile(main)).equals(Buffer.alloc(64))).toBe(true)
    expect(Object.keys(await mtimes(folder)).sort()).toEqual(
      Object.keys(made).sort(),
    )
  })
})

describe('the caches’ folder', () => {
  it('lives in the node_modules that holds the package, or beside a clone', () => {
    expect(
      defaultCacheFolder(
        ['', 'project', 'node_modules', 'raadsstuk', 'dist', 'bundle'].join(
          sep,
        ),
      ),
    ).toBe(['', 'project', 'node_modules', '.cache', 'raadsstuk'].join(sep))
    expect(
      defaultCacheFolder(['', 'work', 'raadsstuk', 'dist', 'bundle'].join(sep)),
    ).toBe(
      ['', 'work', 'raadsstuk', 'node_modules', '.cache', 'raadsstuk'].join(
        sep,
      ),
    )
  })
})

describe('the bundle', () => {
  it('names the modules with an `import()` for Node to compile itself', async () => {
    const info = JSON.parse(
      await readFile(dist('bundle', 'bundle.json'), 'utf8'),
    )
    expect(info.id).toMatch(/^[0-9a-f]{64}$/)
    const names = (await readdir(dist('bundle'))).filter((name) =>
      name.endsWith('.js'),
    )
    const puppeteer = []
    for (const name of names)
      if (
        (await readFile(dist('bundle', name), 'utf8')).includes(
          'import("puppeteer-core")',
        )
      )
        puppeteer.push(name)
    expect(puppeteer.length).toBe(1)
    expect(info.dynamicImports).toEqual(expect.arrayContaining(puppeteer))
    // The checks' code (with `import('mdast')` in its comments only) is cached.
    expect(
      info.dynamicImports.some((name: string) => name.startsWith('compile-')),
    ).toBe(false)
  })
})
