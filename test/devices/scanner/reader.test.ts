// Frames from a scanner → decisions, with the split points and noise real adapters produce.
import { describe, expect, it } from 'vitest'
import { createFramer } from '../../../src/devices/scanner/framing'
import { ScannerReader } from '../../../src/devices/scanner/reader'
import { escapeBytes } from '../../../src/devices/escape'

const frames = (framing: 'cr' | 'crlf' | 'lf' | 'timeout', chunks: string[]) => {
  const out: string[] = []
  const framer = createFramer(framing, (f) => out.push(f.toString('latin1')))
  for (const c of chunks) framer.push(Buffer.from(c, 'latin1'))
  return out
}

describe('scanner framing', () => {
  it('reassembles a code split at every byte', () => {
    expect(frames('cr', [...'RR123456785FR\rEE987654321FR\r'])).toEqual(['RR123456785FR', 'EE987654321FR'])
    expect(frames('crlf', ['RR1234', '56785FR\r', '\nEE9'])).toEqual(['RR123456785FR'])
    expect(frames('lf', ['RR123456785FR\n'])).toEqual(['RR123456785FR'])
  })

  it('still frames a scanner that ends codes differently than configured', () => {
    expect(frames('cr', ['RR123456785FR\nEE987', '654321FR\r\n'])).toEqual(['RR123456785FR', 'EE987654321FR'])
    expect(frames('lf', ['RR123456785FR\r'])).toEqual(['RR123456785FR'])
  })

  it('cuts a line that never ends instead of holding it forever', () => {
    expect(frames('cr', ['x'.repeat(5000)]).map((f) => f.length)).toEqual([4096])
  })

  it('ends a code on a quiet gap when the scanner sends no terminator', async () => {
    const out: string[] = []
    const framer = createFramer('timeout', (f) => out.push(f.toString('latin1')))
    framer.push(Buffer.from('RR1234'))
    framer.push(Buffer.from('56785FR'))
    await new Promise((r) => setTimeout(r, 80))
    expect(out).toEqual(['RR123456785FR'])
    framer.destroy()
  })
})

describe('scanner reader', () => {
  const reader = (accept: string[] = [], now = () => 0) =>
    new ScannerReader({ acceptSymbologies: accept, debounceMs: 750, now })
  const read = (r: ScannerReader, s: string) => r.read(Buffer.from(s, 'latin1'))

  it('strips the AIM identifier and checks it against the accept list', () => {
    const r = reader([']C0'])
    expect(read(r, ']C0RR123456785FR')).toEqual({ kind: 'code', code: 'RR123456785FR', symbology: ']C0' })
    expect(read(r, ']E05012345678900')).toMatchObject({
      kind: 'refused',
      symbology: ']E0',
      reason: /not accepted/,
    })
    expect(read(r, 'RR123456785FR')).toMatchObject({ kind: 'refused', reason: /without an AIM/ })
  })

  it('drops a re-read of the same code within the window, counts it, and takes it again later', () => {
    let t = 0
    const r = reader([], () => t)
    expect(read(r, 'RR123456785FR')?.kind).toBe('code')
    t = 300
    expect(read(r, 'RR123456785FR')).toEqual({ kind: 'reread', code: 'RR123456785FR' })
    expect(read(r, 'EE987654321FR')?.kind).toBe('code')
    t = 1200
    expect(read(r, 'RR123456785FR')?.kind).toBe('code')
    expect(r.reReadsDropped).toBe(1)
  })

  it('turns line noise into a code for the engine to reject, and ignores empty lines', () => {
    const r = reader([']C0'])
    expect(read(r, '\x00\x00')).toBeNull()
    expect(read(r, '\n')).toBeNull()
    expect(read(r, '\x00RR1\xff23')).toEqual({ kind: 'code', code: 'RR1\\xff23', symbology: null })
    expect(read(r, '\xff\xfe]C0RR123456785FR\x00')).toEqual({
      kind: 'code',
      code: 'RR123456785FR',
      symbology: ']C0',
    })
    expect(read(r, '\xff\xfe\x01')).toBeNull()
  })

  it('escapes raw bytes for diagnosis', () => {
    expect(escapeBytes(Buffer.from(']C0RR1\r\n\x1b7,\\', 'latin1'))).toBe(']C0RR1\\r\\n\\x1b7,\\\\')
  })
})
