import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createScaleProtocol } from '../../../src/devices/scale/protocols'
import { bytes, expectAnySplitSame, feedSplit, lineNoise, weights } from './helpers'

// A CAS scale in continuous mode prints a line several times a second; a bag is put on, settles, then
// someone leans on the pan.
const BAG_GOES_ON = bytes(
  'ST,GS,+  0.000kg\r\n' +
    'US,GS,+  6.120kg\r\n' +
    'US,GS,+ 11.480kg\r\n' +
    'ST,GS,+ 11.500kg\r\n' +
    'ST,GS,+ 11.500kg\r\n' +
    'OL,GS,+ 99.999kg\r\n',
)

describe('CAS continuous output', () => {
  it('needs no poll: the scale talks on its own', () => {
    expect(createScaleProtocol('cas').poll()).toBeNull()
  })

  it('reads stable and unstable weights and reports overload', () => {
    const frames = feedSplit('cas', BAG_GOES_ON)
    expect(weights(frames)).toEqual([
      [0, true],
      [6.12, false],
      [11.48, false],
      [11.5, true],
      [11.5, true],
      'error',
    ])
    expect(frames[3]).toEqual({ type: 'weight', kg: 11.5, stable: true, raw: 'ST,GS,+ 11.500kg' })
    expect(frames[5]).toEqual({
      type: 'error',
      reason: 'overload: the load is above the scale capacity',
      raw: 'OL,GS,+ 99.999kg',
    })
  })

  it.each([
    ['ST,NT,-  0.020kg', -0.02],
    ['ST,GS,+  1500 g', 1.5],
    ['US,GS,+  3.20lb', 1.451496],
    ['ST,GS,+ 16.0 oz', 0.453592],
    ['ST,GS,01,+  2.250kg', 2.25], // models that add a device number field
    ['ST,GS,  1.234kg', 1.234],
  ])('converts %s to kilograms', (line, kg) => {
    const [frame] = feedSplit('cas', bytes(`${line}\r\n`))
    expect(frame?.type === 'weight' && frame.kg).toBeCloseTo(kg, 6)
  })

  it('reports a unit it cannot convert instead of guessing', () => {
    expect(feedSplit('cas', bytes('ST,GS,+  1.500ct\r\n'))).toEqual([
      { type: 'error', reason: 'the scale weighs in an unknown unit "ct"', raw: 'ST,GS,+  1.500ct' },
    ])
  })

  it('reads STX-framed lines and ignores lines that are not readings', () => {
    expect(weights(feedSplit('cas', bytes('\x02ST,GS,+  1.500kg\r\nHELLO\r\nXX,GS,+ 1.0kg\r\n')))).toEqual([
      [1.5, true],
    ])
  })

  it('gives the same frames however the bytes are split', () => {
    expect(expectAnySplitSame('cas', BAG_GOES_ON)).toHaveLength(6)
  })

  it('skips noise before and between lines and drops a line damaged by noise', () => {
    const noisy = bytes('\x00\xffST,GS,+  1.000kg\r\n\x13ST,GS,+  1.\x0010kg\r\nUS,GS,+  1.020kg\r\n')
    expect(weights(expectAnySplitSame('cas', noisy))).toEqual([
      [1, true],
      [1.02, false],
    ])
  })

  it('any noise between any lines, split anywhere, changes nothing', () => {
    const line = fc.tuple(fc.integer({ min: -9_999, max: 99_999 }), fc.boolean()).map(([grams, stable]) => ({
      text: `${stable ? 'ST' : 'US'},GS,${grams < 0 ? '-' : '+'}${(Math.abs(grams) / 1000).toFixed(3).padStart(7)}kg\r\n`,
      kg: grams / 1000,
      stable,
    }))
    fc.assert(
      fc.property(
        fc.array(fc.tuple(lineNoise, line), { maxLength: 8 }),
        fc.array(fc.nat(300)),
        (parts, cuts) => {
          const stream = Buffer.concat(parts.flatMap(([noise, l]) => [noise, bytes(l.text)]))
          expect(weights(feedSplit('cas', stream, cuts))).toEqual(
            parts.map(([, l]) => [l.kg === 0 ? 0 : l.kg, l.stable]),
          )
        },
      ),
    )
  })

  it('survives a long stream of garbage without line ends', () => {
    const protocol = createScaleProtocol('cas')
    for (let i = 0; i < 1000; i++) expect(protocol.feed(Buffer.alloc(1024, 0xaa))).toEqual([])
    expect(weights(protocol.feed(bytes('ST,GS,+  2.000kg\r\n')))).toEqual([[2, true]])
  })
})
