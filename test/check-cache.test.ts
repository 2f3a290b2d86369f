/**
 * The cache of `raadsstuk check` (src/io/check-cache.ts): a besluit that did
 * not change is not checked again, its messages come from what the last run
 * found; a changed one, other code, or a RIB number taken by another besluit
 * are checked afresh. A message changed in the cache by hand shows which.
 */
import {access, cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkCacheName, openCheckCache} from '../src/io/check-cache.js'
import {storedProseFile} from '../src/io/prose-cache.js'
import {main} from '../src/commands/main.js'
import {exampleDir, root, temporaryDir} from './helpers.js'

const seed = '2021-07-13-vrijwilligersvergoeding-soesterkwartier'
const zeewolde = join(
  'gemeente-zeewolde',
  '2026-03-10-renovatie-sporthal-de-vonk',
  'besluit.yaml',
)

/** `raadsstuk check` of `cwd`'s content/, with the cache in `folder` for the code `code`. */
async function check(cwd: string, folder?: string, code = 'code-1') {
  let stderr = ''
  const exit = await main(['check', 'content'], {
    cwd,
    stdout: {write: () => true},
    stderr: {write: (text: string) => (stderr += text)},
    ...(folder ? {cache: {folder, code}} : {}),
  })
  return {exit, stderr}
}

async function edit(file: string, from: string, to: string) {
  const text = await readFile(file, 'utf8')
  expect(text).toContain(from)
  await writeFile(file, text.replace(from, to))
}

/** The examples with an error in each: the seed, Zeewolde's besluit, Flevoland's organisatie.yaml. */
async function faultyContent(): Promise<string> {
  const project = await temporaryDir()
  await cp(join(root, 'content'), join(project, 'content'), {recursive: true})
  const content = join(project, 'content')
  await edit(
    join(content, seed, 'besluit.yaml'),
    'datum: 2021-07-13',
    'datum: 2021-13-13',
  )
  await edit(join(content, zeewolde), 'onderwerp:', 'onderwerpp: x\nonderwerp:')
  const organisatie = join(content, 'provincie-flevoland', 'organisatie.yaml')
  await writeFile(
    organisatie,
    (await readFile(organisatie, 'utf8')) + '  kleur: rood\n',
  )
  return project
}

describe('the cache of check', () => {
  it('gives an unchanged besluit what the last run found, and checks a changed one again', async () => {
    const project = await faultyContent()
    const folder = await temporaryDir()
    const first = await check(project, folder)
    expect(first.exit).toBe(1)
    expect(first.stderr).toContain('`datum`: deze datum bestaat niet')
    expect(first.stderr).toContain('onbekend veld `onderwerpp`')
    expect(first.stderr).toContain('YAML-syntaxfout')
    expect(first.stderr).toMatch(/\n3 fouten\n$/)
    // Nothing cached yet gives the same report as no cache at all.
    expect(await check(project)).toEqual(first)

    // What the cache says is what the second run reports.
    const file = join(folder, checkCacheName)
    const cached = await readFile(file, 'utf8')
    expect(cached).toContain('onbekend veld `onderwerpp`')
    await writeFile(
      file,
      cached.replace('onbekend veld `onderwerpp`', 'uit de cache'),
    )
    const second = await check(project, folder)
    expect(second).toEqual({
      exit: 1,
      stderr: first.stderr.replace(
        'onbekend veld `onderwerpp`',
        'uit de cache',
      ),
    })
    // The organisation's file is checked afresh, and reported once.
    expect(second.stderr.split('YAML-syntaxfout').length).toBe(2)

    // Other code: the cache is not used.
    expect(await check(project, folder, 'code-2')).toEqual(first)

    // Zeewolde's besluit repaired: checked again; the seed's error still from the cache.
    await writeFile(file, cached.replace('deze datum bestaat niet', 'bewaard'))
    await edit(join(project, 'content', zeewolde), 'onderwerpp: x\n', '')
    const third = await check(project, folder)
    expect(third.stderr).not.toContain('onderwerpp')
    expect(third.stderr).toContain('`datum`: bewaard')
    expect(third.stderr).toMatch(/\n2 fouten\n$/)
    expect(third.stderr.replace('bewaard', 'deze datum bestaat niet')).toBe(
      (await check(project)).stderr,
    )
  })

  it('numbers the raadsinformatiebrieven afresh: a number another besluit takes is found in a besluit from the cache', async () => {
    const project = await temporaryDir()
    const content = join(project, 'content')
    for (const name of ['2021-07-13-a', '2021-07-14-b']) {
      await cp(exampleDir, join(content, name), {recursive: true})
      const file = join(content, name, 'besluit.yaml')
      await writeFile(
        file,
        (await readFile(file, 'utf8')) +
          'publicatie:\n  ribNummer: ' +
          (name.endsWith('a') ? '2021-001' : '2021-002') +
          '\n',
      )
    }
    const folder = await temporaryDir()
    expect(await check(project, folder)).toEqual({
      exit: 0,
      stderr: 'geen problemen\n',
    })
    await edit(
      join(content, '2021-07-14-b', 'besluit.yaml'),
      'ribNummer: 2021-002',
      'ribNummer: 2021-001',
    )
    const taken = await check(project, folder)
    expect(taken.exit).toBe(1)
    expect(taken.stderr).toContain(
      'content/2021-07-13-a/besluit.yaml:248:14: error: RIB-nummer 2021-001 is ook gegeven aan `2021-07-14-b` [rib-number-taken]',
    )
    expect(taken.stderr).toContain(
      'content/2021-07-14-b/besluit.yaml:248:14: error: RIB-nummer 2021-001 is ook gegeven aan `2021-07-13-a` [rib-number-taken]',
    )
    expect(taken).toEqual(await check(project))
  })

  it('reports the same for a besluit checked from another folder, and the organisation of a besluit with errors', async () => {
    const project = await temporaryDir()
    const organisatie = join(project, 'content', 'org')
    await cp(
      join(root, 'content', 'gemeente-zeewolde', 'organisatie.yaml'),
      join(organisatie, 'organisatie.yaml'),
    )
    for (const name of ['2021-07-13-a', '2021-07-14-b']) {
      await cp(exampleDir, join(organisatie, name), {recursive: true})
      const file = join(organisatie, name, 'besluit.yaml')
      await writeFile(
        file,
        (await readFile(file, 'utf8')) + 'publicatie:\n  ribNummer: 2021-001\n',
      )
    }
    await cp(
      join(root, 'content', 'provincie-flevoland'),
      join(project, 'content', 'flevoland'),
      {recursive: true},
    )
    const flevoland = join(project, 'content', 'flevoland')
    await writeFile(
      join(flevoland, 'organisatie.yaml'),
      (await readFile(join(flevoland, 'organisatie.yaml'), 'utf8')) +
        '  kleur: rood\n',
    )
    await edit(
      join(flevoland, '2026-02-17-uitvoeringsprogramma-fiets', 'besluit.yaml'),
      'onderwerp:',
      'onderwerpp: x\nonderwerp:',
    )
    const folder = await temporaryDir()
    const whole = await check(project, folder)
    expect(whole.stderr.match(/\[rib-number-taken\]/g)?.length).toBe(2)
    expect(whole.stderr).toContain('YAML-syntaxfout')
    expect(whole.stderr).toContain('onbekend veld `onderwerpp`')
    expect(whole.stderr).toMatch(/\n4 fouten, 2 waarschuwingen\n$/)
    expect(await check(project, folder)).toEqual(whole)
    // The same besluiten as `content/org` (named `2021-07-13-a`, not `org/2021-07-13-a`).
    const part = async (cache?: string) => {
      let stderr = ''
      const exit = await main(['check', 'content/org'], {
        cwd: project,
        stdout: {write: () => true},
        stderr: {write: (text: string) => (stderr += text)},
        ...(cache ? {cache: {folder: cache, code: 'code-1'}} : {}),
      })
      return {exit, stderr}
    }
    const fresh = await part()
    expect(fresh.exit).toBe(1)
    expect(fresh.stderr.match(/\[rib-number-taken\]/g)?.length).toBe(2)
    expect(await part(folder)).toEqual(fresh)
  })

  it('keeps the besluiten of the latest runs, and their parsed prose with them; a malformed file is no cache', async () => {
    const folder = await temporaryDir()
    const exists = (path: string) =>
      access(path).then(
        () => true,
        () => false,
      )
    const besluit = (name: string) => ({
      name,
      file: {path: '/' + name + '/besluit.yaml'},
    })
    const checked = (key: string) => ({key, claim: null, messages: {}})
    const first = await openCheckCache(folder, 'code', 2)
    for (const name of ['a', 'b']) {
      first.set(besluit(name), checked('1'))
      const prose = first.prose(besluit(name).file.path)
      prose.set('tekst', {type: 'root', children: []})
      prose.save()
      expect(
        await exists(storedProseFile(folder, besluit(name).file.path)),
      ).toBe(true)
    }
    await first.save()
    const second = await openCheckCache(folder, 'code', 2)
    // b is used again, c is new: a, of the oldest run, goes.
    expect(second.get(besluit('b'), '1')).toEqual({...checked('1'), name: 'b'})
    // The same file under another name (another content folder): not the same besluit.
    expect(
      second.get({name: 'org/b', file: besluit('b').file}, '1'),
    ).toBeUndefined()
    second.set(besluit('c'), checked('2'))
    await second.save()
    const third = await openCheckCache(folder, 'code', 2)
    expect(third.get(besluit('a'), '1')).toBeUndefined()
    expect(third.get(besluit('b'), '1')).toEqual({...checked('1'), name: 'b'})
    expect(third.get(besluit('c'), '2')).toEqual({...checked('2'), name: 'c'})
    expect(third.get(besluit('c'), '3')).toBeUndefined()
    expect(await exists(storedProseFile(folder, '/a/besluit.yaml'))).toBe(false)
    expect(await exists(storedProseFile(folder, '/b/besluit.yaml'))).toBe(true)

    // Other code: the parsed prose goes too.
    await openCheckCache(folder, 'andere code', 2)
    expect(await exists(storedProseFile(folder, '/b/besluit.yaml'))).toBe(false)

    // Whatever is in the file, a check runs.
    const file = join(folder, checkCacheName)
    for (const text of [
      '{"code":"code","besluiten":null}',
      '{"code":"code","besluiten":{"/b/besluit.yaml":{"key":"1","name":"b","claim":null,"messages":{"besluit.yaml":[{"line":1}]}}}}',
      '[1,2',
    ]) {
      await writeFile(file, text)
      const cache = await openCheckCache(folder, 'code', 2)
      expect(cache.get(besluit('b'), '1')).toBeUndefined()
    }
  })
})
