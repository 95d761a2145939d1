// Mettler Toledo MT-SICS level 0 (HARDWARE.md 4a). We poll with SI rather than S: S blocks until the
// scale settles (or times out with `S I`), which would hide a load that is still swinging; SI answers at
// once and marks a moving load `S D`, so the screen shows the live weight and only `S S` counts.
import { LineFramer, printableTail } from './lines'
import { type ScaleFrame, type ScaleProtocol } from './types'
import { toKg } from './units'

const POLL = Buffer.from('SI\r\n', 'latin1')

/** Answers that carry no weight, in the words shown at the station. */
const SICS_STATUS: Readonly<Record<string, string>> = {
  'S I': 'not ready: the scale is busy and cannot weigh now',
  'S +': 'overload: the load is above the scale capacity',
  'S -': 'underload: the weight is below zero range (check the pan and zero the scale)',
  ES: 'command not understood by the scale (syntax error)',
  ET: 'transmission error between station and scale (check baud rate and cable)',
  EL: 'the scale refused the command (logical error)',
}

export function createSicsProtocol(): ScaleProtocol {
  const framer = new LineFramer()
  return {
    kind: 'sics',
    poll: () => Buffer.from(POLL),
    feed: (chunk) => framer.push(chunk).flatMap((line) => parseSicsLine(printableTail(line))),
  }
}

/** One SICS response line (without CR LF) → zero or one frame; lines of other commands are ignored. */
export function parseSicsLine(raw: string): ScaleFrame[] {
  const tokens = raw.trim().split(/\s+/)
  const status = SICS_STATUS[tokens.join(' ')]
  if (status !== undefined) return [{ type: 'error', reason: status, raw }]
  if (tokens[0] !== 'S' || (tokens[1] !== 'S' && tokens[1] !== 'D')) return []
  // Some firmware prints the sign apart from the digits: `S S  -   0.012 kg`.
  const rest = tokens.slice(2)
  if (rest.length === 3 && (rest[0] === '-' || rest[0] === '+')) rest.splice(0, 2, `${rest[0]}${rest[1]}`)
  if (rest.length !== 2) return []
  const [value, unit] = rest as [string, string]
  const kg = toKg(value, unit)
  if (kg === null) {
    return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)
      ? [{ type: 'error', reason: `the scale weighs in an unknown unit "${unit}"`, raw }]
      : []
  }
  return [{ type: 'weight', kg, stable: tokens[1] === 'S', raw }]
}
