/**
 * I/O for `diff`: the besluiten of a version, read from a folder or from a
 * git revision (through git itself, without checking anything out).
 */
import {execFile} from 'node:child_process'
import {stat} from 'node:fs/promises'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {promisify} from 'node:util'
import type {VFile} from 'vfile'
import {besluitFileName, loadBesluiten} from './load.js'
import {maxSourceBytes, readSourceFrom} from './source-file.js'
import {loadVergoedingsgrenzen} from './vergoedingsgrenzen.js'
import type {BesluitSource, OrganisatieSourceFiles} from '../compile.js'
import {organisatieFileName} from '../check/organisatie.js'

const run = promisify(execFile)

/** The besluiten of one version, with a label for reports. */
export interface Version {
  readonly label: string
  readonly besluiten: readonly BesluitSource[]
}

/**
 * Load a version: `undefined` is the working tree, an existing folder is read
 * as it is, anything else is a git revision of `contentDir`.
 */
export async function loadVersion(
  spec: string | undefined,
  contentDir: string,
): Promise<Version> {
  if (spec === undefined)
    return {label: 'werkmap', besluiten: await loadBesluiten(contentDir)}
  const info = await stat(spec).catch(() => undefined)
  if (info?.isDirectory())
    return {label: spec, besluiten: await loadBesluiten(spec)}
  // No git revision starts with `/`, `./` or `../`: such a version is a folder.
  if (isAbsolute(spec) || /^\.\.?[\\/]/.test(spec))
    throw new Error(
      (info
        ? '`' + spec + '` is geen map'
        : 'de map `' + spec + '` bestaat niet') +
        '; geef een map met besluiten, of een commit, branch of tag',
    )
  return {label: spec, besluiten: await loadRevision(spec, contentDir)}
}

async function loadRevision(
  revision: string,
  contentDir: string,
): Promise<BesluitSource[]> {
  const absolute = resolve(contentDir)
  const git = (args: string[], options: {maxBuffer?: number} = {}) =>
    run('git', args, {
      cwd: absolute,
      encoding: 'utf8',
      maxBuffer: options.maxBuffer ?? 16 * 1024 * 1024,
    })
  const top = await git(['rev-parse', '--show-toplevel']).then(
    (result) => result.stdout.trim(),
    () => {
      throw new Error(
        '`' +
          contentDir +
          '` staat niet in een git-repository, dus revisie `' +
          revision +
          '` is niet te lezen',
      )
    },
  )
  await git(['rev-parse', '--verify', '--quiet', revision + '^{commit}']).catch(
    () => {
      throw new Error(
        'onbekende git-revisie `' +
          revision +
          '`: geef een commit, branch of tag, of een map',
      )
    },
  )
  const prefix = relative(top, absolute).split(sep).join('/')
  const listed = await git([
    'ls-tree',
    '-r',
    '-l',
    '--full-tree',
    revision,
    '--',
    prefix === '' ? '.' : prefix,
  ])
  const entries = listed.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [meta = '', path = ''] = line.split('\t')
      return {path, size: Number(meta.trim().split(/\s+/)[3])}
    })
  const folders = entries
    .filter((entry) => entry.path.endsWith('/' + besluitFileName))
    .map((entry) => dirname(entry.path))
  const blob = async (path: string) =>
    (
      await run('git', ['show', revision + ':' + path], {
        cwd: absolute,
        encoding: 'buffer',
        maxBuffer: 16 * 1024 * 1024,
      })
    ).stdout
  // One organisation file per folder, shared by its besluiten (its messages once).
  const organisaties = new Map<string, Promise<OrganisatieSourceFiles>>()
  const organisatieOf = (
    folder: string,
  ): Promise<OrganisatieSourceFiles> | undefined => {
    const path = (folder === '.' ? '' : folder + '/') + organisatieFileName
    const entry = entries.find((item) => item.path === path)
    if (!entry) return undefined
    let loaded = organisaties.get(path)
    if (!loaded) {
      loaded = (async () => {
        const assets = new Map<string, Uint8Array>()
        for (const item of entries.filter(
          (candidate) =>
            dirname(candidate.path) === dirname(path) &&
            /\.(?:svg|png)$/.test(candidate.path) &&
            candidate.size <= maxSourceBytes,
        ))
          assets.set(item.path.split('/').at(-1) ?? '', await blob(item.path))
        return {
          file: await readSourceFrom(
            join(top, path),
            async () => entry.size,
            () => blob(path),
          ),
          assets,
        }
      })()
      organisaties.set(path, loaded)
    }
    return loaded
  }
  const besluiten: BesluitSource[] = []
  for (const folder of folders.sort()) {
    const read = (path: string, size: number): Promise<VFile> =>
      readSourceFrom(
        join(top, path),
        async () => size,
        () => blob(path),
      )
    const inFolder = entries.filter((entry) => dirname(entry.path) === folder)
    const yaml = inFolder.find((entry) =>
      entry.path.endsWith('/' + besluitFileName),
    )
    const proseFiles = new Map<string, VFile>()
    for (const entry of inFolder.filter((item) => item.path.endsWith('.md'))) {
      proseFiles.set(
        entry.path.slice(folder.length + 1),
        await read(entry.path, entry.size),
      )
    }
    const assets = new Map<string, Uint8Array>()
    for (const entry of inFolder.filter(
      (item) => /\.(?:svg|png)$/.test(item.path) && item.size <= maxSourceBytes,
    )) {
      assets.set(entry.path.slice(folder.length + 1), await blob(entry.path))
    }
    const organisatie = await organisatieOf(dirname(folder))
    besluiten.push({
      name: prefix === '' ? folder : folder.slice(prefix.length + 1) || folder,
      file: await read(yaml?.path ?? '', yaml?.size ?? 0),
      proseFiles,
      assets,
      vergoedingsgrenzen: await loadVergoedingsgrenzen(),
      ...(organisatie ? {organisatie} : {}),
    })
  }
  return besluiten
}

/** Whether `spec` names a version: an existing folder, or a git revision of `contentDir`'s repository. */
export async function isVersion(
  spec: string,
  contentDir: string,
): Promise<boolean> {
  if (
    await stat(spec).then(
      (info) => info.isDirectory(),
      () => false,
    )
  )
    return true
  return run('git', ['rev-parse', '--verify', '--quiet', spec + '^{commit}'], {
    cwd: resolve(contentDir),
  }).then(
    () => true,
    () => false,
  )
}
