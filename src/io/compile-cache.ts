/**
 * V8's code cache for the bundled command line. The bundle (dist/bundle/) is
 * CommonJS; each of its modules is compiled from the bytecode an earlier run
 * left in the cache instead of being parsed and compiled anew, which is a
 * good part of what a short command such as `raadsstuk check` costs.
 *
 * The cache is written when a run ends, so it holds the functions that run
 * compiled as well, not only a module's top level (as the `v8-compile-cache`
 * package does, compiling with `produceCachedData`). Node 22's own
 * `module.enableCompileCache()` is used where Node has it. A cache is kept
 * per module under the content's hash; V8 refuses one made by another
 * version or with other flags, and then it is made again. It lives in the
 * `node_modules/.cache/raadsstuk` that holds (or sits beside) the package,
 * where the code itself lives, never in a folder others can write to;
 * the cache of `check` (`check-cache.ts`) lives there too.
 * `RAADSSTUK_CACHE=0` turns both off; another value names their folder.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import Module, {createRequire} from 'node:module'
import {basename, dirname, join, sep} from 'node:path'
import {Script, constants} from 'node:vm'

/** Node's CommonJS compile step, which the cache takes over for the bundle. */
interface CompilingModule {
  _compile(content: string, filename: string): unknown
}

/** Node ≥ 22.1 has a code cache of its own. */
type WithCompileCache = typeof Module & {
  enableCompileCache?: (directory: string) => unknown
}

/** The file scripts/bundle.mjs writes in the bundle: the hash of its code. */
export const buildIdName = 'build-id'

/**
 * The folder of raadsstuk's caches for the bundle in `folder`:
 * `RAADSSTUK_CACHE` in `env`, or `node_modules/.cache/raadsstuk`;
 * `undefined` when `RAADSSTUK_CACHE=0`.
 */
export function cacheFolder(
  folder: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const setting = env['RAADSSTUK_CACHE']
  if (setting === '0') return undefined
  return setting || defaultCacheFolder(folder)
}

/** The hash of the bundle's code in `folder`; `undefined` where it has none (not bundled). */
export function readBuildId(folder: string): string | undefined {
  try {
    return readFileSync(join(folder, buildIdName), 'utf8').trim() || undefined
  } catch {
    return undefined
  }
}

/**
 * Compile the CommonJS modules in `folder` (the bundle) through the code
 * cache in `cacheFolder`. Call it before they are loaded.
 */
export function enableCompileCache(folder: string, cacheFolder: string): void {
  const native = (Module as WithCompileCache).enableCompileCache
  if (typeof native === 'function') {
    native(join(cacheFolder, 'node'))
    return
  }
  const prototype = Module.prototype as unknown as CompilingModule
  const compile = prototype._compile
  const made: Array<{script: Script; file: string; hash: Buffer}> = []
  const prefix = folder.endsWith(sep) ? folder : folder + sep
  prototype._compile = function (this: Module, content, filename) {
    if (!filename.startsWith(prefix))
      return compile.call(this, content, filename)
    const hash = createHash('sha1').update(content).digest()
    const file = join(cacheFolder, basename(filename) + '.v8')
    const cached = readCache(file, hash)
    const script = new Script(Module.wrap(withoutShebang(content)), {
      filename,
      ...(cached ? {cachedData: cached} : {}),
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    })
    if (!cached || script.cachedDataRejected) made.push({script, file, hash})
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown
    return wrapper.call(
      this.exports,
      this.exports,
      createRequire(filename),
      this,
      filename,
      dirname(filename),
    )
  }
  process.once('exit', () => {
    for (const {script, file, hash} of made) writeCache(file, hash, script)
  })
}

/**
 * `node_modules/.cache/raadsstuk` of the project the package is installed in,
 * or of the package's own folder when it is not installed (a clone).
 */
export function defaultCacheFolder(folder: string): string {
  const parts = folder.split(sep)
  const installed = parts.lastIndexOf('node_modules')
  const modules =
    installed > 0
      ? parts.slice(0, installed + 1).join(sep)
      : join(folder, '..', '..', 'node_modules')
  return join(modules, '.cache', 'raadsstuk')
}

/** The cached code of a module, when it was made from the same content. */
function readCache(file: string, hash: Buffer): Buffer | undefined {
  try {
    const data = readFileSync(file)
    return data.subarray(0, hash.length).equals(hash)
      ? data.subarray(hash.length)
      : undefined
  } catch {
    return undefined
  }
}

/** Write a module's code as this run compiled it; a cache that cannot be written is no loss. */
function writeCache(file: string, hash: Buffer, script: Script): void {
  try {
    mkdirSync(dirname(file), {recursive: true})
    // Written whole, then renamed: a run beside this one reads all or nothing.
    const partial = file + '.' + process.pid
    writeFileSync(partial, Buffer.concat([hash, script.createCachedData()]))
    renameSync(partial, file)
  } catch {
    // No cache: the next run compiles the module as Node would.
  }
}

function withoutShebang(content: string): string {
  return content.startsWith('#!') ? content.replace(/^#!.*/, '') : content
}
