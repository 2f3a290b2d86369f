/**
 * The handleiding (docs/handleiding.md) is the writers' one description of
 * the format: every check the code can report and every command is in it, so
 * a new check or command without its explanation fails here.
 */
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {commands} from '../src/commands/command-table.js'
import {root} from './helpers.js'

async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true, recursive: true})
  return Promise.all(
    entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')),
  )
}

describe('the handleiding', () => {
  it('explains every check the code reports, by its name', async () => {
    const handleiding = await readFile(
      join(root, 'docs', 'handleiding.md'),
      'utf8',
    )
    const rules = new Set(
      (await sources(join(root, 'src'))).flatMap((text) =>
        [...text.matchAll(/ruleId: '([a-z-]+)'/g)].map((match) => match[1]),
      ),
    )
    expect(rules.size).toBeGreaterThan(30)
    const missing = [...rules].filter(
      (rule) => !handleiding.includes('`' + rule + '`'),
    )
    expect(
      missing,
      'add these to "De controles" in docs/handleiding.md',
    ).toEqual([])
  })

  it('names every command, and is Dutch', async () => {
    const handleiding = await readFile(
      join(root, 'docs', 'handleiding.md'),
      'utf8',
    )
    for (const name of Object.keys(commands))
      expect(handleiding).toContain('`raadsstuk ' + name)
    expect(handleiding).toMatch(/^# Handleiding voor schrijvers\n/)
    expect(handleiding).toContain('## De controles en wat ze betekenen')
  })
})
