// What a printer's status means for the worker at the bench: one condition, in words, from either the
// ~HS strings or the ~HQES flags. Only `ready` lets a label be sent.
import { HQES_ERROR_BITS, type HqesStatus } from './hqes'
import type { HostStatus } from './status'

export type PrinterCondition =
  | { state: 'ready' }
  | { state: 'paper-out' }
  | { state: 'head-open' }
  | { state: 'ribbon-out' }
  | { state: 'paused' }
  /** Formats in the buffer, labels still to print, a partial format or a full buffer. */
  | { state: 'busy' }
  /** Any other fault, in words. */
  | { state: 'error'; reason: string }
  /** Connection refused, timed out, or the device is missing. */
  | { state: 'offline'; reason: string }
  /** Connected, but neither ~HS nor ~HQES was answered. */
  | { state: 'not-answering' }

const WORDS: Record<Exclude<PrinterCondition['state'], 'error' | 'offline'>, string> = {
  ready: 'The printer is ready',
  'paper-out': 'The printer is out of paper',
  'head-open': 'The print head is open',
  'ribbon-out': 'The printer is out of ribbon',
  paused: 'The printer is paused',
  busy: 'The printer is still busy with an earlier label',
  'not-answering': 'The printer did not answer',
}

/** The condition in plain words a worker understands. */
export function describeCondition(c: PrinterCondition): string {
  return c.state === 'error' || c.state === 'offline' ? c.reason : WORDS[c.state]
}

function fromHostStatus(s: HostStatus): PrinterCondition {
  if (s.headOpen) return { state: 'head-open' }
  if (s.paperOut) return { state: 'paper-out' }
  // A direct-thermal printer has no ribbon; some report the sensor anyway.
  if (s.ribbonOut && s.thermalTransfer) return { state: 'ribbon-out' }
  const faults: string[] = []
  if (s.overTemp) faults.push('The print head is too hot')
  if (s.underTemp) faults.push('The print head is too cold')
  if (s.corruptRam) faults.push('The printer lost its settings (memory corrupt)')
  // In diagnostic mode the printer prints the received bytes as hex instead of the label.
  if (s.commDiagnostics) faults.push('The printer is in communications diagnostic mode')
  if (faults.length) return { state: 'error', reason: faults.join('; ') }
  if (s.paused) return { state: 'paused' }
  if (s.formatsInBuffer > 0 || s.labelsRemaining > 0 || s.partialFormat || s.bufferFull)
    return { state: 'busy' }
  return { state: 'ready' }
}

function fromHqes(s: HqesStatus): PrinterCondition {
  const e = s.errors.flags
  if (e.has('head-open')) return { state: 'head-open' }
  if (e.has('media-out')) return { state: 'paper-out' }
  if (e.has('ribbon-out')) return { state: 'ribbon-out' }
  const faults: string[] = HQES_ERROR_BITS.filter((b) => e.has(b.name) && b.name !== 'paused').map(
    (b) => b.words,
  )
  if (s.errors.unknownBits) faults.push(`Printer error code 0x${s.errors.unknownBits.toString(16)}`)
  if (s.errors.group2) faults.push(`Printer error code 0x${s.errors.group2.toString(16)} (group 2)`)
  if (faults.length) return { state: 'error', reason: faults.join('; ') }
  // 0x10000 = paused is UNCONFIRMED (Ladder99 only); taken at its word.
  if (e.has('paused')) return { state: 'paused' }
  if (s.errors.flagged) return { state: 'error', reason: 'The printer reports an error it does not name' }
  return { state: 'ready' }
}

/**
 * The worker-facing condition. Precedence: head open, paper out, ribbon out, other faults, paused, busy,
 * ready (a printer out of paper is also paused; "out of paper" is what the worker must fix).
 * From ~HQES, `ready` only means "no errors": it carries no buffer counts.
 */
export function conditionOf(status: HostStatus | HqesStatus): PrinterCondition {
  return status.kind === 'hs' ? fromHostStatus(status) : fromHqes(status)
}
