// Line framing shared by the text protocols (MT-SICS, CAS). Frames end at CR or LF, so CR LF, CR-only
// and LF-only scales all work and empty lines fall away. Only the last MAX_LINE bytes of a line are
// kept: a scale spewing garbage without terminators cannot grow memory, and because the cut depends
// only on the byte stream (not on how it was chunked) any split of the same bytes gives the same lines.

export const MAX_LINE = 128

const CR = 0x0d
const LF = 0x0a

export class LineFramer {
  private pending: Buffer = Buffer.alloc(0)

  /** Bytes held while waiting for a terminator; never more than MAX_LINE. */
  get buffered(): number {
    return this.pending.length
  }

  push(chunk: Buffer): Buffer[] {
    const lines: Buffer[] = []
    let start = 0
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]
      if (byte !== CR && byte !== LF) continue
      const line = keepTail(Buffer.concat([this.pending, chunk.subarray(start, i)]))
      this.pending = Buffer.alloc(0)
      start = i + 1
      if (line.length > 0) lines.push(line)
    }
    this.pending = keepTail(Buffer.concat([this.pending, chunk.subarray(start)]))
    return lines
  }
}

function keepTail(bytes: Buffer): Buffer {
  return bytes.length > MAX_LINE ? Buffer.from(bytes.subarray(bytes.length - MAX_LINE)) : bytes
}

/**
 * The printable text a frame is made of. Line noise (NUL, 0xFF, stray control bytes) before a frame is
 * dropped by keeping what follows the last non-printable byte; noise inside a frame therefore leaves a
 * fragment that no protocol grammar accepts, so a damaged reading is skipped rather than misread.
 */
export function printableTail(line: Buffer): string {
  let start = 0
  for (let i = 0; i < line.length; i++) {
    const byte = line[i] as number
    if (byte < 0x20 || byte > 0x7e) start = i + 1
  }
  return line.subarray(start).toString('latin1')
}
