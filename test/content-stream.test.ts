/**
 * The content-stream scan that marks page furniture as artifacts: what it
 * wraps, what it leaves (tagged content, clips), and the tokens that could
 * fool it (strings with parentheses and operator names, hex, dictionaries).
 */
import {describe, expect, it} from 'vitest'
import {
  findUnmarkedContent,
  wrapAsArtifacts,
} from '../src/print/content-stream.js'

function mark(content: string): string {
  const bytes = new TextEncoder().encode(content)
  return new TextDecoder().decode(
    wrapAsArtifacts(bytes, findUnmarkedContent(bytes)),
  )
}

describe('findUnmarkedContent', () => {
  it('wraps Chromium’s margin boxes, one sequence inside their q … Q, and leaves the tagged content', () => {
    const page = [
      '.24 0 0 -.24 0 841.9 cm',
      'q',
      '/G3 gs',
      'BT',
      '/F4 11.33 Tf',
      '1 0 0 -1 83 71 Tm',
      '<0013> Tj',
      '6.4 0 Td <001C> Tj',
      'ET',
      'BT',
      '/F4 11.33 Tf',
      '<002B> Tj',
      'ET',
      'Q',
      'q',
      '259 284 1984 2940 re',
      'W* n',
      '/P <</MCID 0 >>BDC',
      'BT',
      '<0008> Tj',
      'ET',
      'EMC',
      'Q',
    ].join('\n')
    expect(mark(page)).toBe(
      page
        .replace('BT\n/F4', '/Artifact BMC\nBT\n/F4')
        .replace('<002B> Tj\nET\n', '<002B> Tj\nET\nEMC\n\n'),
    )
  })

  it('wraps painted paths, images and shadings outside marked content, not a clip alone', () => {
    expect(mark('0 0 10 10 re f\n0 0 5 5 re W n\n/Im1 Do\n/Sh1 sh')).toBe(
      '/Artifact BMC\n0 0 10 10 re f\n0 0 5 5 re W n\n/Im1 Do\n/Sh1 sh\nEMC\n',
    )
    expect(mark('0 0 5 5 re W n')).toBe('0 0 5 5 re W n')
  })

  it('does not reach across q, Q or marked content', () => {
    expect(mark('BT (a) Tj ET q BT (b) Tj ET Q')).toBe(
      '/Artifact BMC\nBT (a) Tj ET\nEMC\n q /Artifact BMC\nBT (b) Tj ET\nEMC\n Q',
    )
  })

  it('reads strings with parentheses, escapes and operator names as operands', () => {
    const content =
      'BT (x \\( BDC (EMC) ET) Tj ET /Span <</Alt (\\)) >> BDC BT <45 4D 43> Tj ET EMC'
    expect(mark(content)).toBe(
      '/Artifact BMC\nBT (x \\( BDC (EMC) ET) Tj ET\nEMC\n /Span <</Alt (\\)) >> BDC BT <45 4D 43> Tj ET EMC',
    )
  })

  it('leaves text objects that show nothing, or are partly tagged', () => {
    expect(
      findUnmarkedContent(new TextEncoder().encode('BT /F1 12 Tf ET')),
    ).toEqual([])
    expect(
      findUnmarkedContent(
        new TextEncoder().encode('BT (a) Tj /P <</MCID 1>> BDC (b) Tj EMC ET'),
      ),
    ).toEqual([])
  })

  it('takes an inline image whole, whatever its data holds', () => {
    expect(mark('BI /W 1 /H 1 ID \u0001EMC ET\u0002 EI\n(c) Tj')).toBe(
      '/Artifact BMC\nBI /W 1 /H 1 ID \u0001EMC ET\u0002 EI\nEMC\n\n(c) Tj',
    )
  })
})
