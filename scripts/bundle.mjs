// Bundles the command line in dist/ (compiled by tsc) into a few files in
// dist/bundle/, dependencies included: Node then reads and links a handful
// of modules at start instead of some 450 small ones (zod, unified,
// micromark, yaml, pdf-lib's CommonJS tree), which was about half of what
// `raadsstuk check` cost. What a command does not need stays in chunks of
// its own, loaded when it runs (printing, rendering, the preview). dist/cli.js
// becomes a two-line start of the bundle; the library (dist/index.js and the
// rest of dist/) stays as tsc wrote it. The bundle lives one folder deep,
// as tsc's modules do, so their paths relative to the package
// (`../../templates/`) hold.
//
// The bundle is CommonJS (dist/bundle/package.json says so): Node loads
// CommonJS without the ES module loader's asynchronous steps, and a CommonJS
// module can be compiled from V8's code cache (src/io/compile-cache.ts), so a
// second `raadsstuk check` need not parse and compile the same code again.
import {createHash} from 'node:crypto'
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')
const out = join(dist, 'bundle')

/** Bundle dist/cli.js, dist/commands/main.js and the PDF worker into dist/bundle/. */
export async function bundleDist() {
  const {build} = await import('rolldown')
  rmSync(out, {recursive: true, force: true})
  await build({
    // From the sources (tsc has checked them): dist/cli.js is the start below.
    input: {
      cli: join(root, 'src', 'cli.ts'),
      main: join(root, 'src', 'commands', 'main.ts'),
      // finisher.ts starts it as `./finish-worker.js` beside itself.
      'finish-worker': join(root, 'src', 'print', 'finish-worker.ts'),
    },
    platform: 'node',
    resolve: {
      // The sources import each other as `.js`, as Node runs them.
      extensionAlias: {'.js': ['.ts', '.js']},
      // pdf-lib's `module` build is one ES module tree; its `main` is CommonJS.
      mainFields: ['module', 'main'],
    },
    // puppeteer-core's launcher (for the tests' WebSocket browser) loads
    // optional modules by name: it stays a package.
    external: [/^node:/, 'puppeteer-core'],
    logLevel: 'warn',
    output: {
      dir: out,
      format: 'cjs',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      sourcemap: false,
    },
  })
  mkdirSync(out, {recursive: true})
  writeFileSync(
    join(out, 'package.json'),
    JSON.stringify({type: 'commonjs'}) + '\n',
  )
  // What the command line needs to know of its bundle (src/io/compile-cache.ts):
  // the code's identity (what `check` found with other code is not reused),
  // and the modules with a dynamic `import()`, which Node compiles itself.
  const {parseSync} = await import('rolldown/utils')
  const hash = createHash('sha256')
  const dynamicImports = []
  for (const name of readdirSync(out).sort()) {
    const code = readFileSync(join(out, name))
    hash.update(name + '\0').update(code)
    if (name.endsWith('.js') && hasImportCall(parseSync(name, String(code))))
      dynamicImports.push(name)
  }
  writeFileSync(
    join(out, 'bundle.json'),
    JSON.stringify({id: hash.digest('hex'), dynamicImports}, undefined, 2) +
      '\n',
  )
  writeFileSync(
    join(dist, 'cli.js'),
    '#!/usr/bin/env node\n' +
      '// The command line, bundled as CommonJS (scripts/bundle.mjs).\n' +
      "import {createRequire} from 'node:module'\n" +
      "createRequire(import.meta.url)('./bundle/cli.js')\n",
  )
  rmSync(join(dist, 'cli.js.map'), {force: true})
}

/** Whether a parsed module has an `import(…)` expression anywhere. */
function hasImportCall({program}) {
  const pending = [program]
  while (pending.length > 0) {
    const node = pending.pop()
    if (node?.type === 'ImportExpression') return true
    for (const value of Object.values(node ?? {}))
      if (value && typeof value === 'object')
        pending.push(...(Array.isArray(value) ? value : [value]))
  }
  return false
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleDist()
