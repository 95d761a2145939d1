// Bytes → one buffer per barcode. Drivers split reads anywhere (one byte per event at 4800 baud), so
// framing is never left to chunk boundaries: a terminator or, for scanners that send none, a quiet gap
// (serialport's InterByteTimeoutParser). Whatever terminator is configured, CR and LF both end a code:
// a scanner set to CR LF where the station expects CR (the commonest set-up mistake) still scans, and
// the empty frame between CR and LF is dropped by the reader.
import { InterByteTimeoutParser } from 'serialport'
import type { Transform } from 'node:stream'
import { LineSplitter } from './lines'

export type Framing = 'cr' | 'crlf' | 'lf' | 'timeout'

/** Silence that ends a code when the scanner sends no terminator; scanners send a code in one burst. */
export const INTER_BYTE_TIMEOUT_MS = 30

export interface Framer {
  push(chunk: Buffer): void
  /** Drops a half-received code, e.g. after a reconnect. */
  reset(): void
  destroy(): void
}

export function createFramer(framing: Framing, onFrame: (frame: Buffer) => void): Framer {
  let parser: Transform
  const make = () => {
    parser =
      framing === 'timeout'
        ? new InterByteTimeoutParser({ interval: INTER_BYTE_TIMEOUT_MS })
        : new LineSplitter()
    parser.on('data', (frame: Buffer) => onFrame(frame))
  }
  make()
  return {
    push: (chunk) => void parser.write(chunk),
    reset: () => {
      parser.destroy()
      make()
    },
    destroy: () => parser.destroy(),
  }
}
