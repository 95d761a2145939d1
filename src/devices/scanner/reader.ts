// One frame from a scanner → what the station should do with it: a code to scan, a re-read to drop, a
// symbology to refuse, or nothing (an empty line from a CR LF scanner set to CR). Line noise is never an
// exception: it becomes a code the engine will call invalid, so the person sees it happened.
import { escapeBytes } from '../escape'
import { splitAim, symbologyRefusal } from './aim'
import { Debouncer } from './debounce'

export type ScannerRead =
  | { kind: 'code'; code: string; symbology: string | null }
  | { kind: 'reread'; code: string }
  | { kind: 'refused'; code: string; symbology: string | null; reason: string }

export interface ScannerReaderOptions {
  acceptSymbologies: readonly string[]
  debounceMs: number
  now?: () => number
}

const isBlankOrControl = (c: number) => c <= 0x20 || c >= 0x7f

/**
 * Noise at the ends of a line (a NUL or 0xFF when the port opens, stray CR/LF, a glitch just before the
 * code) is dropped, so the code behind it still scans; no barcode begins or ends with such a byte.
 * Inside a code, noise stays, and the engine rejects the code.
 */
function trimNoise(frame: Buffer): string {
  let start = 0
  let end = frame.length
  while (start < end && isBlankOrControl(frame[start]!)) start++
  while (end > start && isBlankOrControl(frame[end - 1]!)) end--
  return frame.toString('latin1', start, end)
}

const PRINTABLE = /^[ -~]*$/

export class ScannerReader {
  private readonly debouncer: Debouncer

  constructor(private readonly o: ScannerReaderOptions) {
    this.debouncer = new Debouncer(o.debounceMs, o.now)
  }

  get reReadsDropped(): number {
    return this.debouncer.dropped
  }

  read(frame: Buffer): ScannerRead | null {
    const text = trimNoise(frame)
    if (text === '') return null
    const { symbology, data } = splitAim(text)
    // Control bytes inside a code would vanish on screen; escaped, the event log shows what came in.
    const printable = PRINTABLE.test(data)
    const code = printable ? data : escapeBytes(Buffer.from(data, 'latin1'))
    // Noise is not a symbology choice: it goes to the engine (invalid id) so the person sees a failed read.
    const reason = printable ? symbologyRefusal(symbology, this.o.acceptSymbologies) : null
    if (reason !== null) return { kind: 'refused', code, symbology, reason }
    if (this.debouncer.isReRead(code)) return { kind: 'reread', code }
    return { kind: 'code', code, symbology }
  }
}
