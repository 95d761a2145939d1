// A Transform that ends a frame at CR or at LF, emitting Buffers (bytes untouched, so line noise reaches
// the diagnosis view as it came). A line that never ends is cut at MAX_FRAME so a babbling device cannot
// grow memory; the cut piece still reaches the engine and is rejected there.
import { Transform, type TransformCallback } from 'node:stream'

/** Longer than any 1D or 2D code a bagging station reads (PDF417 tops out near 1.8 kB). */
export const MAX_FRAME = 4096

const CR = 0x0d
const LF = 0x0a

export class LineSplitter extends Transform {
  private pending: Buffer = Buffer.alloc(0)

  constructor() {
    super({ readableObjectMode: true })
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk
    let start = 0
    for (let i = 0; i < data.length; i++) {
      if (data[i] !== CR && data[i] !== LF) continue
      if (i > start) this.push(data.subarray(start, i))
      start = i + 1
    }
    data = data.subarray(start)
    while (data.length > MAX_FRAME) {
      this.push(data.subarray(0, MAX_FRAME))
      data = data.subarray(MAX_FRAME)
    }
    this.pending = Buffer.from(data)
    done()
  }
}
