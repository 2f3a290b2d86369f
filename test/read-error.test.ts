/** Read errors in Dutch, one wording for textconv and the loader. */
import {describe, expect, it} from 'vitest'
import {describeReadError} from '../src/io/read-error.js'

describe('describeReadError', () => {
  it.each([
    ['ENOENT', 'bestaat niet'],
    ['ENOTDIR', 'bestaat niet'],
    ['EACCES', 'kan niet worden gelezen: geen leesrechten (EACCES)'],
    ['EPERM', 'kan niet worden gelezen: geen leesrechten (EPERM)'],
    ['EIO', 'kan niet worden gelezen (EIO)'],
  ])('says %s as `%s`', (code, expected) => {
    const error = Object.assign(new Error(code + ': English text'), {code})
    expect(describeReadError(error)).toBe(expected)
  })

  it('says no English of an error without a code', () => {
    expect(describeReadError(new Error('something'))).toBe(
      'kan niet worden gelezen',
    )
  })
})
