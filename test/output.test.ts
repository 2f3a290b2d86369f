/**
 * Writes that stay per besluit: a folder that cannot be written fails only
 * its besluit, with a Dutch message naming it; two runs into one `out/` leave
 * every folder from one run; a lock left by a killed run is taken over.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {chmod, cp, mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../src/commands/build.js'
import {lockName, writeFolder} from '../src/io/output.js'
import {dist, exampleDir, temporaryDir} from './helpers.js'

/** Copies of the example under `names`, with `onderwerp` ending in `mark`. */
async function contentWith(
  names: readonly string[],
  mark = '',
): Promise<string> {
  const content = await temporaryDir()
  for (const name of names) {
    await cp(exampleDir, join(content, name), {recursive: true})
    const path = join(content, name, 'besluit.yaml')
    const source = await readFile(path, 'utf8')
    await writeFile(path, source.replace(/^(onderwerp: .*)$/m, '$1' + mark))
  }
  return content
}

describe('writing the output', () => {
  it('a folder that cannot be written fails only its besluit', async () => {
    const names = ['a-besluit', 'b-besluit', 'c-besluit']
    const content = await contentWith(names)
    const outDir = await temporaryDir()
    // A file where b's folder should be; a read-only file system for c.
    await writeFile(join(outDir, 'b-besluit'), 'geen map')
    await mkdir(join(outDir, 'c-besluit'))
    execFileSync('mount', [
      '-t',
      'tmpfs',
      '-o',
      'ro,size=1m',
      'tmpfs',
      join(outDir, 'c-besluit'),
    ])
    try {
      const result = await build({contentDir: content, outDir, pdf: false})
      expect(result.failed).toBe(true)
      expect(
        result.besluiten.map((besluit) => [
          besluit.name,
          besluit.written.length,
        ]),
      ).toEqual([
        ['a-besluit', 3],
        ['b-besluit', 0],
        ['c-besluit', 0],
      ])
      const messages = result.files.flatMap((file) =>
        file.messages.map((message) => [
          message.ruleId,
          message.reason.replace(outDir, '<out>'),
          message.note,
        ]),
      )
      expect(messages).toEqual([
        [
          'write-failed',
          'uitvoermap `<out>/b-besluit` kan niet worden geschreven: er staat een bestand waar de map moet komen (EEXIST)',
          'verwijder of hernoem dat bestand, of kies een andere uitvoermap met --out',
        ],
        [
          'write-failed',
          'uitvoermap `<out>/c-besluit` kan niet worden geschreven: de schijf is alleen-lezen (EROFS)',
          'kies een uitvoermap op een schrijfbare schijf met --out',
        ],
      ])
      expect(await readdir(join(outDir, 'a-besluit'))).toEqual([
        '.raadsstuk.json',
        'besluit.json',
        'collegevoorstel.html',
        'raadsinformatiebrief.html',
      ])
    } finally {
      execFileSync('umount', [join(outDir, 'c-besluit')])
    }
  })

  it('a full disk and a folder without write rights fail only their besluit, each said in Dutch with a hint', async () => {
    // A real full disk (a tmpfs of 4 kB) and real missing rights: root may write anywhere, so the build runs as `nobody` there.
    const parent = await temporaryDir()
    const content = join(parent, 'content')
    const outDir = join(parent, 'out')
    await cp(
      await contentWith(['a-besluit', 'b-besluit', 'c-besluit']),
      content,
      {
        recursive: true,
      },
    )
    await mkdir(join(outDir, 'b-besluit'), {recursive: true})
    await mkdir(join(outDir, 'c-besluit'), {mode: 0o555})
    await chmod(join(outDir, 'c-besluit'), 0o555)
    await Promise.all([
      chmod(parent, 0o755),
      chmod(content, 0o755),
      chmod(outDir, 0o777),
    ])
    execFileSync('mount', [
      '-t',
      'tmpfs',
      '-o',
      'size=4k,mode=0777',
      'tmpfs',
      join(outDir, 'b-besluit'),
    ])
    try {
      const asRoot = process.getuid?.() === 0
      const result = spawnSync(
        process.execPath,
        [dist('cli.js'), 'build', 'content', '--out', 'out', '--no-pdf'],
        {
          cwd: parent,
          encoding: 'utf8',
          env: {...process.env, NO_COLOR: '1'},
          ...(asRoot ? {uid: 65534, gid: 65534} : {}),
        },
      )
      expect(result.status).toBe(1)
      expect(result.stderr.replace(/ in \d+,\d s;/, ' in … s;')).toBe(
        [
          'content/b-besluit/besluit.yaml:1:1: error: uitvoermap `out/b-besluit` kan niet worden geschreven: de schijf is vol (ENOSPC) [write-failed]',
          '  hint: maak ruimte vrij en bouw opnieuw; de eerdere uitvoer van dit besluit is bewaard',
          'content/c-besluit/besluit.yaml:1:1: error: uitvoermap `out/c-besluit` kan niet worden geschreven: geen schrijfrechten (EACCES) [write-failed]',
          '  hint: geef schrijfrechten op de map, of kies een andere uitvoermap met --out',
          '2 fouten',
          '3 besluiten, 3 documenten in … s; 0 ongewijzigd, 2 fouten',
          '',
        ].join('\n'),
      )
      expect(await readdir(join(outDir, 'a-besluit'))).toEqual([
        '.raadsstuk.json',
        'besluit.json',
        'collegevoorstel.html',
        'raadsinformatiebrief.html',
      ])
      expect(await readdir(join(outDir, 'b-besluit'))).toEqual([])
      expect(await readdir(join(outDir, 'c-besluit'))).toEqual([])
    } finally {
      execFileSync('umount', [join(outDir, 'b-besluit')])
    }
  })

  it('a content folder that cannot be read is said in Dutch with a hint, and exits 1', async () => {
    const parent = await temporaryDir()
    const content = join(parent, 'content')
    await cp(await contentWith(['a-besluit']), content, {recursive: true})
    await chmod(parent, 0o755)
    await chmod(content, 0o000)
    try {
      // Root may read anywhere, so the check runs as `nobody` there.
      const asRoot = process.getuid?.() === 0
      const result = spawnSync(
        process.execPath,
        [dist('cli.js'), 'check', 'content'],
        {
          cwd: parent,
          encoding: 'utf8',
          ...(asRoot ? {uid: 65534, gid: 65534} : {}),
        },
      )
      expect(result.stderr).toBe(
        'raadsstuk: de map `' +
          content +
          '` kan niet worden gelezen: geen leesrechten (EACCES); geef leesrechten op de map of kies een andere map met besluiten\n',
      )
      expect(result.status).toBe(1)
    } finally {
      await chmod(content, 0o755)
    }
  })

  it('two builds at once into one folder leave every folder from one run', async () => {
    const names = ['a-besluit', 'b-besluit', 'c-besluit', 'd-besluit']
    const [first, second] = [
      await contentWith(names, ' (eerste run)'),
      await contentWith(names, ' (tweede run)'),
    ]
    const outDir = await temporaryDir()
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(
        [first, second].map((contentDir) =>
          build({contentDir, outDir, pdf: false, force: true}),
        ),
      )
      expect(results.map((result) => result.failed)).toEqual([false, false])
      for (const name of names) {
        const files = await readdir(join(outDir, name))
        expect(files).toEqual([
          '.raadsstuk.json',
          'besluit.json',
          'collegevoorstel.html',
          'raadsinformatiebrief.html',
        ])
        const runs = await Promise.all(
          [
            'besluit.json',
            'collegevoorstel.html',
            'raadsinformatiebrief.html',
          ].map(
            async (file) =>
              /\((eerste|tweede) run\)/.exec(
                await readFile(join(outDir, name, file), 'utf8'),
              )?.[1],
          ),
        )
        expect(runs[0]).toBeDefined()
        expect(runs).toEqual([runs[0], runs[0], runs[0]])
      }
    }
  })

  it('waits for a lock that is held, says who holds it, and takes over one left by a killed run', async () => {
    const folder = join(await temporaryDir(), 'besluit')
    await mkdir(folder)
    // A run of this machine that no longer exists.
    const gone = JSON.stringify({
      pid: 2 ** 22 + 1,
      host: (await import('node:os')).hostname(),
      token: 'x',
    })
    await writeFile(join(folder, lockName), gone)
    await writeFolder(folder, [['a.html', 'a']], ['.stamp', 's'])
    expect((await readdir(folder)).sort()).toEqual(['.stamp', 'a.html'])
    // A run that lives (this very process, from another build).
    const living = JSON.stringify({pid: 1, host: 'elders', token: 'y'})
    await writeFile(join(folder, lockName), living)
    await expect(
      writeFolder(folder, [['a.html', 'b']], ['.stamp', 's'], {wait: 200}),
    ).rejects.toThrow(
      'uitvoermap `' +
        folder +
        '` wordt geschreven door een andere run van raadsstuk (proces 1 op elders)',
    )
    expect(await readFile(join(folder, 'a.html'), 'utf8')).toBe('a')
  })
})
