import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createScaleProtocol, TOLEDO_8217 } from '../../../src/devices/scale/protocols'
import { bytes, expectAnySplitSame, feedSplit, lineNoise, weights } from './helpers'

// Replies of an Ariva-S in 8217 mode to successive W polls while a bag is put on: in motion (status
// 0x41 = bit 6 always set + bit 0 moving), then a settled weight, then a net weight with its N.
const BAG_GOES_ON = bytes('\x02?A\r' + '\x02?A\r' + '\x02012.345\r' + '\x02  12.345N\r')

describe('Toledo 8217', () => {
  it('polls with a bare W', () => {
    expect(createScaleProtocol('toledo8217').poll()).toEqual(bytes('W'))
  })

  it('reads a settled weight as stable kilograms and a moving load as not ready', () => {
    const frames = feedSplit('toledo8217', BAG_GOES_ON)
    expect(frames[0]).toEqual({ type: 'error', reason: 'not ready: the load is still moving', raw: '\x02?A' })
    expect(frames[2]).toEqual({ type: 'weight', kg: 12.345, stable: true, raw: '\x02012.345' })
    expect(weights(frames)).toEqual(['error', 'error', [12.345, true], [12.345, true]])
  })

  it.each([
    [0x41, /moving/],
    [0x42, /^overload/],
    [0x44, /^underload/],
    [0x48, /zero-capture/],
    [0x43, /^overload/], // over capacity outranks motion
    [0x50, /^not ready: the scale sent no weight/], // centre of zero only
    [0xc1, /moving/], // port opened 8N1: the parity bit arrives as bit 7 and is ignored
    [0x0d, /^underload/], // a status byte equal to CR is still read as a status, not as the end
    [0x02, /^overload/], // nor one equal to STX as a new frame
  ])('status byte %i says why there is no weight', (status, reason) => {
    const frames = feedSplit('toledo8217', Buffer.from([0x02, 0x3f, status, 0x0d]))
    expect(frames).toEqual([
      { type: 'error', reason: expect.stringMatching(reason), raw: expect.any(String) },
    ])
  })

  it('keeps its unconfirmed choices in one table', () => {
    expect(TOLEDO_8217).toMatchObject({ request: 'W', unit: 'kg', weightMeansStable: true })
  })

  it('gives the same frames however the bytes are split', () => {
    expect(expectAnySplitSame('toledo8217', BAG_GOES_ON)).toHaveLength(4)
  })

  it('skips noise, a frame cut short by the next STX, a status frame without its CR, and junk digits', () => {
    const noisy = bytes('\xff\x00\x02 1.0\x02 2.500\r\x7f\x02?AX\x02 3.000\r\x02 1.2.x\r\x02 0.750\r')
    expect(weights(expectAnySplitSame('toledo8217', noisy))).toEqual([
      [2.5, true],
      [3, true],
      [0.75, true],
    ])
  })

  it('any noise between any frames, split anywhere, changes nothing', () => {
    const frame = fc
      .integer({ min: 0, max: 999_999 })
      .map((grams) => ({ text: `\x02${(grams / 1000).toFixed(3)}\r`, kg: grams / 1000 }))
    fc.assert(
      fc.property(
        fc.array(fc.tuple(lineNoise, frame), { maxLength: 8 }),
        fc.array(fc.nat(200)),
        (parts, cuts) => {
          const stream = Buffer.concat(parts.flatMap(([noise, f]) => [noise, bytes(f.text)]))
          expect(weights(feedSplit('toledo8217', stream, cuts))).toEqual(parts.map(([, f]) => [f.kg, true]))
        },
      ),
    )
  })

  it('drops a frame that never ends and bounds what it holds', () => {
    const protocol = createScaleProtocol('toledo8217')
    expect(protocol.feed(Buffer.concat([bytes('\x02'), Buffer.alloc(1_000_000, '1')]))).toEqual([])
    for (let i = 0; i < 100; i++) expect(protocol.feed(Buffer.alloc(10_000, 0x55))).toEqual([])
    expect(weights(protocol.feed(bytes('\r\x02 4.200\r')))).toEqual([[4.2, true]])
  })

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (data) => {
        createScaleProtocol('toledo8217').feed(Buffer.from(data))
      }),
    )
  })
})
