// Feeding helpers shared by the scale protocol tests: the same bytes, cut into chunks in different places.
import fc from 'fast-check'
import { expect } from 'vitest'
import {
  createScaleProtocol,
  type ScaleFrame,
  type ScaleProtocolKind,
} from '../../../src/devices/scale/protocols'

export const bytes = (text: string): Buffer => Buffer.from(text, 'latin1')

/** Feeds `stream` cut at `cuts` (positions, any order, duplicates allowed) to a fresh protocol. */
export function feedSplit(kind: ScaleProtocolKind, stream: Buffer, cuts: number[] = []): ScaleFrame[] {
  const protocol = createScaleProtocol(kind)
  const points = [...new Set(cuts.map((cut) => Math.min(Math.max(cut, 0), stream.length)))].sort(
    (a, b) => a - b,
  )
  const frames: ScaleFrame[] = []
  let start = 0
  for (const point of [...points, stream.length]) {
    frames.push(...protocol.feed(stream.subarray(start, point)))
    start = point
  }
  return frames
}

/** Every single cut position, byte by byte, and random multi-cuts all give the frames of one whole feed. */
export function expectAnySplitSame(kind: ScaleProtocolKind, stream: Buffer): ScaleFrame[] {
  const whole = feedSplit(kind, stream)
  for (let cut = 0; cut <= stream.length; cut++) expect(feedSplit(kind, stream, [cut])).toEqual(whole)
  const everyByte = Array.from({ length: stream.length }, (_, i) => i)
  expect(feedSplit(kind, stream, everyByte)).toEqual(whole)
  fc.assert(
    fc.property(fc.array(fc.nat({ max: stream.length }), { maxLength: 30 }), (cuts) => {
      expect(feedSplit(kind, stream, cuts)).toEqual(whole)
    }),
    { numRuns: 300 },
  )
  return whole
}

/** Bytes a noisy RS-232 line produces between frames: control bytes and high bytes, no CR or LF. */
export const lineNoise = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x00, max: 0x09 }),
      fc.integer({ min: 0x0e, max: 0x1f }),
      fc.integer({ min: 0x7f, max: 0xff }),
    ),
    { maxLength: 12 },
  )
  .map((noise) => Buffer.from(noise))

export const weights = (frames: ScaleFrame[]) =>
  frames.map((frame) => (frame.type === 'weight' ? [frame.kg, frame.stable] : frame.type))
