// The printer's side of the wire: splits a ZPL byte stream, arriving in arbitrary chunks, into control
// commands (`~HS`, `~HQES`, …, executed on receipt even inside a format) and complete label formats
// (^XA…^XZ). Used by the simulated printer; field data never holds a raw `~` or `^` (HARDWARE.md 2a).

export type ZplItem = { kind: 'control'; command: string } | { kind: 'format'; zpl: string }

export class ZplStream {
  private pending = ''
  private format: string | null = null

  /** true while a format has begun (^XA seen) but not ended: ~HS field h, "partial format". */
  get inFormat(): boolean {
    return this.format !== null
  }

  /** Feeds bytes; returns the items completed by them, in order. */
  push(chunk: Buffer | string): ZplItem[] {
    this.pending += typeof chunk === 'string' ? chunk : chunk.toString('latin1')
    const items: ZplItem[] = []
    for (;;) {
      const tilde = this.pending.indexOf('~')
      const caret = this.format === null ? this.pending.indexOf('^XA') : this.pending.indexOf('^XZ')
      if (tilde >= 0 && (caret < 0 || tilde < caret)) {
        // ~HQ takes a two-letter query (~HQES); other control commands are two letters.
        const length = this.pending.startsWith('~HQ', tilde) ? 5 : 3
        if (this.pending.length < tilde + length) return this.keep(items, tilde)
        this.addToFormat(this.pending.slice(0, tilde))
        items.push({ kind: 'control', command: this.pending.slice(tilde + 1, tilde + length) })
        this.pending = this.pending.slice(tilde + length)
      } else if (caret >= 0) {
        if (this.format === null) {
          this.format = '^XA'
        } else {
          items.push({ kind: 'format', zpl: this.format + this.pending.slice(0, caret) + '^XZ' })
          this.format = null
        }
        this.pending = this.pending.slice(caret + 3)
      } else {
        // Keep up to two trailing bytes: they may be the start of ^XA / ^XZ / ~HQ split across chunks.
        return this.keep(items, Math.max(0, this.pending.length - 2))
      }
    }
  }

  private addToFormat(text: string): void {
    if (this.format !== null) this.format += text
  }

  private keep(items: ZplItem[], from: number): ZplItem[] {
    this.addToFormat(this.pending.slice(0, from))
    this.pending = this.pending.slice(from)
    return items
  }
}
