// Toledo 8217 "weight only" protocol (HARDWARE.md 4b): the host sends `W`, the scale answers
// STX <weight> CR when it has a settled weight, or STX `?` <status byte> CR when it has not. Frames are
// found by their STX, so noise between frames is skipped; a frame that runs past TOLEDO_8217.maxFrame
// bytes without its CR is dropped, which bounds the buffer.
import { type ScaleFrame, type ScaleProtocol } from './types'
import { toKg } from './units'

/** Every detail a first real 8217 scale might contradict, in one place. */
export const TOLEDO_8217 = {
  request: 'W',
  /** UNCONFIRMED: the reply carries no unit; metric Ariva-S set-ups answer in kg. Set 'lb' for US set-ups. */
  unit: 'kg',
  /** UNCONFIRMED: the scale answers a weight only once settled (in motion it sends a status instead). */
  weightMeansStable: true,
  /** The line is 7E1; opened 8N1 by mistake, the parity bit would land in bit 7 of the status byte. */
  statusMask: 0x7f,
  /** Status byte bits, most serious first: the first bit set names the reason shown at the station. */
  statusBits: [
    { bit: 1, reason: 'overload: the load is above the scale capacity' },
    { bit: 2, reason: 'underload: the weight is negative (check the pan and zero the scale)' },
    { bit: 0, reason: 'not ready: the load is still moving' },
    { bit: 3, reason: 'not ready: the scale is outside its zero-capture range (zero it)' },
  ],
  /** UNCONFIRMED: a status with none of the bits above (e.g. only centre-of-zero or net) gives no weight. */
  otherStatus: 'not ready: the scale sent no weight',
  /** Odoo's reply pattern: spaces, digits with a decimal point, an optional N (net). */
  weight: /^\s*(\d+\.?\d*|\.\d+)\s*N?\s*$/,
  maxFrame: 32,
} as const

const STX = 0x02
const CR = 0x0d
const QUERY = 0x3f // '?'

export function createToledo8217Protocol(): ScaleProtocol {
  let pending: Buffer = Buffer.alloc(0)
  return {
    kind: 'toledo8217',
    poll: () => Buffer.from(TOLEDO_8217.request, 'latin1'),
    feed(chunk) {
      const frames: ScaleFrame[] = []
      let bytes = Buffer.concat([pending, chunk])
      for (;;) {
        const stx = bytes.indexOf(STX)
        if (stx < 0) {
          bytes = Buffer.alloc(0)
          break
        }
        bytes = bytes.subarray(stx)
        const end = frameEnd(bytes)
        if (end === 'incomplete') break
        if (end === 'broken') {
          bytes = bytes.subarray(1) // look for the next STX after this one
          continue
        }
        frames.push(...parseToledoFrame(bytes.subarray(0, end)))
        bytes = bytes.subarray(end + 1)
      }
      pending = Buffer.from(bytes)
      return frames
    },
  }
}

/** Index of the CR closing the frame that starts at bytes[0] (an STX). */
function frameEnd(bytes: Buffer): number | 'incomplete' | 'broken' {
  // A status frame is exactly STX ? s CR; s is any byte, even one that looks like CR or STX.
  if (bytes[1] === QUERY) {
    if (bytes.length < 4) return 'incomplete'
    return bytes[3] === CR ? 3 : 'broken'
  }
  // The CR must come within maxFrame bytes; deciding only on bytes already seen keeps any split equivalent.
  for (let i = 1; i < Math.min(bytes.length, TOLEDO_8217.maxFrame); i++) {
    if (bytes[i] === CR) return i
    if (bytes[i] === STX) return 'broken'
  }
  return bytes.length >= TOLEDO_8217.maxFrame ? 'broken' : 'incomplete'
}

/** One frame, STX included, CR excluded. */
export function parseToledoFrame(frame: Buffer): ScaleFrame[] {
  const raw = frame.toString('latin1')
  if (frame[1] === QUERY) {
    const status = (frame[2] as number) & TOLEDO_8217.statusMask
    const found = TOLEDO_8217.statusBits.find(({ bit }) => (status & (1 << bit)) !== 0)
    return [{ type: 'error', reason: found?.reason ?? TOLEDO_8217.otherStatus, raw }]
  }
  const match = TOLEDO_8217.weight.exec(raw.slice(1))
  const kg = match === null ? null : toKg(match[1] as string, TOLEDO_8217.unit)
  if (kg === null) return []
  return [{ type: 'weight', kg, stable: TOLEDO_8217.weightMeansStable, raw }]
}
