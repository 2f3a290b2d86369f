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
 * where the code itself lives; a folder of another user, or one anyone may
 * write to, is not used. The cache of `check` (`check-cache.ts`) lives there
 * too. Modules with a dynamic `import()` (`bundle.json` names them) are
 * compiled by Node as ever.
 * `RAADSSTUK_CACHE=0` turns both off; another value names their folder.
 */
import {createHash} from 'node:crypto'
import {
  accessSync,
  constants as fsConstants,
  mkdirSync,
  readFileSync,
  statSync,
} from 'node:fs'
import Module, {createRequire} from 'node:module'
import {basename, dirname, join, sep} from 'node:path'
import {Script} from 'node:vm'
import {writeCacheFile} from './cache-file.js'

/** Node's CommonJS compile step, which the cache takes over for the bundle. */
interface CompilingModule {
  _compile(content: string, filename: string): unknown
}

/** Node ≥ 22.1 has a code cache of its own. */
type WithCompileCache = typeof Module & {
  enableCompileCache?: (directory: string) => unknown
}

/** What scripts/bundle.mjs writes beside the bundle's modules (`bundle.json`). */
export interface BundleInfo {
  /** The hash of the bundle's code. */
  readonly id: string
  /**
   * Its modules with a dynamic `import()`. Node compiles these itself: in
   * Node 20, a module compiled from a code cache cannot `import()`.
   */
  readonly dynamicImports: readonly string[]
}

/** The file of {@link BundleInfo} in the bundle. */
export const bundleInfoName = 'bundle.json'

/**
 * The folder of raadsstuk's caches for the bundle in `folder`:
 * `RAADSSTUK_CACHE` in `env`, or `node_modules/.cache/raadsstuk`;
 * `undefined` when `RAADSSTUK_CACHE=0`, or when the folder is another
 * user's or everyone's to write to (what it holds could be planted).
 */
export function cacheFolder(
  folder: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const setting = env['RAADSSTUK_CACHE']
  if (setting === '0') return undefined
  const chosen = setting || defaultCacheFolder(folder)
  return isOwnFolder(chosen) ? chosen : undefined
}

/** What the bundle in `folder` says of itself; `undefined` where it says nothing (not bundled). */
export function readBundleInfo(folder: string): BundleInfo | undefined {
  try {
    const info = JSON.parse(
      readFileSync(join(folder, bundleInfoName), 'utf8'),
    ) as Partial<BundleInfo>
    return typeof info.id === 'string' && Array.isArray(info.dynamicImports)
      ? {id: info.id, dynamicImports: info.dynamicImports}
      : undefined
  } catch {
    return undefined
  }
}

/**
 * Compile the CommonJS modules of the bundle in `folder` through the code
 * cache in `cacheFolder` (one {@link cacheFolder} gives: never another user's
 * or everyone's, whose bytecode would run as this user's code). Call it
 * before the modules are loaded.
 */
export function enableCompileCache(
  folder: string,
  cacheFolder: string,
  info: BundleInfo,
): void {
  const native = (Module as WithCompileCache).enableCompileCache
  if (typeof native === 'function') {
    native(join(cacheFolder, 'node'))
    return
  }
  const prototype = Module.prototype as unknown as CompilingModule
  const compile = prototype._compile
  const made: Array<{script: Script; file: string; hash: Buffer}> = []
  const prefix = folder.endsWith(sep) ? folder : folder + sep
  const dynamic = new Set(info.dynamicImports)
  prototype._compile = function (this: Module, content, filename) {
    if (!filename.startsWith(prefix) || dynamic.has(basename(filename)))
      return compile.call(this, content, filename)
    const hash = createHash('sha1').update(content).digest()
    const file = join(cacheFolder, basename(filename) + '.v8')
    const cached = readCache(file, hash)
    const script = new Script(Module.wrap(withoutShebang(content)), {
      filename,
      ...(cached ? {cachedData: cached} : {}),
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
    if (made.length === 0) return
    try {
      mkdirSync(cacheFolder, {recursive: true, mode: 0o700})
      accessSync(cacheFolder, fsConstants.W_OK)
    } catch {
      // No cache to be written here: the code need not be serialised.
      return
    }
    for (const {script, file, hash} of made)
      writeCacheFile(file, Buffer.concat([hash, script.createCachedData()]))
  })
}

/** Whether `folder` is this user's and not everyone's to write to (or is not there yet). */
function isOwnFolder(folder: string): boolean {
  try {
    const {uid, mode} = statSync(folder)
    const own = process.getuid?.() ?? uid
    return uid === own && (mode & 0o002) === 0
  } catch {
    return true
  }
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

function withoutShebang(content: string): string {
  return content.startsWith('#!') ? content.replace(/^#!.*/, '') : content
}
