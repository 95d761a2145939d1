import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createScaleProtocol, MAX_LINE } from '../../../src/devices/scale/protocols'
import { LineFramer } from '../../../src/devices/scale/protocols/lines'
import { bytes, expectAnySplitSame, feedSplit, lineNoise, weights } from './helpers'

// What an MT-SICS terminal under a bagging station sends back to SI polls while a bag is put on the pan.
const BAG_GOES_ON = bytes(
  'S S       0.000 kg\r\n' +
    'S D       4.310 kg\r\n' +
    'S D      12.902 kg\r\n' +
    'S S      12.345 kg\r\n' +
    'S I\r\n' +
    'S S      12.345 kg\r\n',
)

describe('MT-SICS', () => {
  it('polls with SI so a load that is still moving is seen', () => {
    expect(createScaleProtocol('sics').poll()).toEqual(bytes('SI\r\n'))
  })

  it('reads stable and dynamic weights, and says why there is no weight', () => {
    const frames = feedSplit('sics', BAG_GOES_ON)
    expect(weights(frames)).toEqual([
      [0, true],
      [4.31, false],
      [12.902, false],
      [12.345, true],
      'error',
      [12.345, true],
    ])
    expect(frames[3]).toEqual({ type: 'weight', kg: 12.345, stable: true, raw: 'S S      12.345 kg' })
    expect(frames[4]).toMatchObject({
      type: 'error',
      raw: 'S I',
      reason: expect.stringMatching(/^not ready/),
    })
  })

  it.each([
    ['S +', /^overload/],
    ['S -', /^underload/],
    ['S I', /^not ready/],
    ['ES', /command not understood/],
    ['ET', /transmission error/],
    ['EL', /refused/],
  ])('turns %s into a reason a person reads', (line, reason) => {
    expect(feedSplit('sics', bytes(`${line}\r\n`))).toEqual([
      { type: 'error', reason: expect.stringMatching(reason), raw: line },
    ])
  })

  it.each([
    ['S S     1234.5 g', 1.2345],
    ['S S       3.20 lb', 1.451496],
    ['S D      16.00 oz', 0.453592],
    ['S S     0.0125 t', 12.5],
    ['S S      -0.012 kg', -0.012],
    ['S S  -   0.012 kg', -0.012],
    ['S S     +12.000 kg', 12],
  ])('converts %s to kilograms (tare shows negative)', (line, kg) => {
    const [frame] = feedSplit('sics', bytes(`${line}\r\n`))
    expect(frame).toMatchObject({ type: 'weight', raw: line })
    expect(frame?.type === 'weight' && frame.kg).toBeCloseTo(kg, 6)
  })

  it('reports a unit it cannot convert instead of guessing', () => {
    expect(feedSplit('sics', bytes('S S      12.345 ct\r\n'))).toEqual([
      { type: 'error', reason: 'the scale weighs in an unknown unit "ct"', raw: 'S S      12.345 ct' },
    ])
  })

  it('ignores answers to other commands and CR-only or LF-only endings still frame', () => {
    const frames = feedSplit('sics', bytes('I4 A "0123456789"\r\nZ A\r\n\r\nS S 1.000 kg\rS S 2.000 kg\n'))
    expect(weights(frames)).toEqual([
      [1, true],
      [2, true],
    ])
  })

  it('gives the same frames however the bytes are split', () => {
    expect(expectAnySplitSame('sics', BAG_GOES_ON)).toHaveLength(6)
  })

  it('skips line noise before and between frames, and drops a frame damaged by noise inside it', () => {
    const noisy = bytes(
      '\x00\xff\xfeS S       1.000 kg\r\n\x11\x13\xf0S D       1.100 kg\r\nS S   1.2\x0034 kg\r\nS S 1.250 kg\r\n',
    )
    expect(weights(expectAnySplitSame('sics', noisy))).toEqual([
      [1, true],
      [1.1, false],
      [1.25, true],
    ])
  })

  it('any noise between any frames, split anywhere, changes nothing', () => {
    const frame = fc
      .tuple(fc.integer({ min: -99_999, max: 9_999_999 }), fc.boolean())
      .map(([grams, stable]) => ({
        text: `S ${stable ? 'S' : 'D'} ${(grams / 1000).toFixed(3).padStart(10)} kg\r\n`,
        kg: grams / 1000,
        stable,
      }))
    fc.assert(
      fc.property(
        fc.array(fc.tuple(lineNoise, frame), { maxLength: 8 }),
        fc.array(fc.nat(400)),
        (parts, cuts) => {
          const stream = Buffer.concat(parts.flatMap(([noise, f]) => [noise, bytes(f.text)]))
          const frames = feedSplit('sics', stream, cuts)
          expect(weights(frames)).toEqual(parts.map(([, f]) => [f.kg === 0 ? 0 : f.kg, f.stable]))
        },
      ),
    )
  })

  it('holds at most MAX_LINE bytes of garbage without terminators, then reads the next frame', () => {
    const framer = new LineFramer()
    for (let i = 0; i < 1000; i++) framer.push(Buffer.alloc(1024, 'x'))
    expect(framer.buffered).toBeLessThanOrEqual(MAX_LINE)

    const protocol = createScaleProtocol('sics')
    for (let i = 0; i < 1000; i++) expect(protocol.feed(Buffer.alloc(1024, 0xff))).toEqual([])
    // The glitch ends without a terminator; the frame glued to it is still read.
    expect(weights(protocol.feed(bytes('S S       7.500 kg\r\n')))).toEqual([[7.5, true]])
  })

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (data) => {
        createScaleProtocol('sics').feed(Buffer.from(data))
      }),
    )
  })
})
