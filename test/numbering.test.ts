import {describe, expect, it} from 'vitest'
import {
  letter,
  numberBeslispunten,
  numberRedeneringen,
} from '../src/compute/numbering.js'

const beslispunten = numberBeslispunten({
  beslispunten: [
    {id: 'vergoeding', tekst: 'a'},
    {id: 'planning', tekst: 'b'},
    {id: 'rib', tekst: 'c'},
  ],
})

describe('numbering', () => {
  it('numbers beslispunten 1, 2, 3 in order', () => {
    expect(
      beslispunten.map((beslispunt) => [beslispunt.id, beslispunt.number]),
    ).toEqual([
      ['vergoeding', '1'],
      ['planning', '2'],
      ['rib', '3'],
    ])
  })

  it('numbers redeneringen per beslispunt from their ids', () => {
    const redeneringen = [
      'vergoeding',
      'vergoeding',
      'vergoeding',
      'vergoeding',
      'vergoeding',
      'planning',
      'planning',
    ].map((beslispunt, index) => ({beslispunt, kop: 'kop ' + index}))
    expect(
      numberRedeneringen(beslispunten, redeneringen).map(
        (redenering) => redenering.number,
      ),
    ).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2'])
  })

  it('numbers 1.a, 1.b … in the style of a province, and goes on after z', () => {
    const redeneringen = ['vergoeding', 'vergoeding', 'planning'].map(
      (beslispunt, index) => ({beslispunt, kop: 'kop ' + index}),
    )
    expect(
      numberRedeneringen(beslispunten, redeneringen, '1.a').map(
        (redenering) => redenering.number,
      ),
    ).toEqual(['1.a', '1.b', '2.a'])
    expect([1, 26, 27, 52, 53].map(letter)).toEqual([
      'a',
      'z',
      'aa',
      'az',
      'ba',
    ])
  })

  it('groups redeneringen given out of order under their beslispunt, keeping their order', () => {
    const redeneringen = [
      {beslispunt: 'planning', kop: 'p1'},
      {beslispunt: 'vergoeding', kop: 'v1'},
      {beslispunt: 'planning', kop: 'p2'},
    ]
    expect(
      numberRedeneringen(beslispunten, redeneringen).map((redenering) => [
        redenering.number,
        redenering.heading,
        redenering.index,
      ]),
    ).toEqual([
      ['1.1', 'v1', 1],
      ['2.1', 'p1', 0],
      ['2.2', 'p2', 2],
    ])
  })

  it('leaves out redeneringen for an unknown beslispunt (validation reports them)', () => {
    expect(
      numberRedeneringen(beslispunten, [{beslispunt: 'onbekend', kop: 'x'}]),
    ).toEqual([])
  })

  it('numbers onderdelen 1a, 1b and their redeneringen 1a.1 after the beslispunt’s own, in either style', () => {
    const nested = numberBeslispunten({
      beslispunten: [
        {
          id: 'programma',
          tekst: 'in te stemmen met:',
          onderdelen: [
            {id: 'routes', tekst: 'a'},
            {id: 'oversteken', tekst: 'b'},
          ],
        },
        {id: 'krediet', tekst: 'c'},
      ],
    })
    expect(
      nested.map((beslispunt) => [
        beslispunt.number,
        beslispunt.onderdelen.map((part) => [part.id, part.number, part.path]),
      ]),
    ).toEqual([
      [
        '1',
        [
          ['routes', '1a', ['beslispunten', 0, 'onderdelen', 0]],
          ['oversteken', '1b', ['beslispunten', 0, 'onderdelen', 1]],
        ],
      ],
      ['2', []],
    ])
    const redeneringen = [
      'oversteken',
      'krediet',
      'routes',
      'programma',
      'routes',
    ].map((beslispunt) => ({beslispunt, kop: beslispunt}))
    const numbers = (style: '1.1' | '1.a') =>
      numberRedeneringen(nested, redeneringen, style).map(
        (redenering) => redenering.number + ' ' + redenering.heading,
      )
    expect(numbers('1.1')).toEqual([
      '1.1 programma',
      '1a.1 routes',
      '1a.2 routes',
      '1b.1 oversteken',
      '2.1 krediet',
    ])
    expect(numbers('1.a')).toEqual([
      '1.a programma',
      '1a.1 routes',
      '1a.2 routes',
      '1b.1 oversteken',
      '2.a krediet',
    ])
  })
})
