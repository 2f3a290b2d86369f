/** `--format`: every command's default has a name, `terminal`, and the old `text` says so. */
import {describe, expect, it} from 'vitest'
import {run} from './helpers.js'

describe('--format', () => {
  it('names the default `terminal`: the same report as without --format', async () => {
    const plain = await run(['check', 'content'])
    const named = await run(['check', 'content', '--format', 'terminal'])
    expect(named).toEqual(plain)
    expect(named).toEqual({code: 0, stdout: '', stderr: 'geen problemen\n'})
  })

  it('refuses the old `text`, and says what it is called now', async () => {
    expect(await run(['diff', 'HEAD', '--format', 'text'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'raadsstuk: `--format text` kan niet bij diff (die heet nu `terminal`); kies terminal, tekst, json\n(`raadsstuk help diff` noemt de opties)\n',
    })
  })
})
