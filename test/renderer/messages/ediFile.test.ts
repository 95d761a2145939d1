import { describe, expect, it } from 'vitest'
import { declaresUtf8, decodeEdiBytes, latin1 } from '../../../src/renderer/messages/ediFile'

const bytes = (...values: number[]) => new Uint8Array(values)
const ascii = (text: string) => new TextEncoder().encode(text)

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

const UNOC = ascii("UNA:+.? 'UNB+UNOC:3+CHGVAA+FRCDGA+260314:2210+7'NAD+ZZZ+")
const UNOW = ascii("UNA:+.? 'UNB+UNOW:3+CHGVAA+FRCDGA+260314:2210+7'NAD+ZZZ+")

describe('reading a partner’s EDI file byte for byte', () => {
  it('reads a Latin-1 file one character per byte, 0x80–0x9F included (not windows-1252)', () => {
    const file = concat(UNOC, bytes(0x47, 0x65, 0x6e, 0xe8, 0x76, 0x65, 0x80, 0x9f, 0xff), ascii("'"))
    const { text, encoding } = decodeEdiBytes(file)
    expect(encoding).toBe('latin1')
    expect(text.endsWith("Genève\u0080\u009f\u00ff'")).toBe(true)
    // windows-1252 would have turned 0x80 into the euro sign.
    expect(text).not.toContain('€')
    expect(text).toHaveLength(file.length)
  })

  it('reads UTF-8 when the UNB declares UNOW or UNOY, keeping a byte-order mark for the engine to judge', () => {
    const file = concat(bytes(0xef, 0xbb, 0xbf), UNOW, ascii('Genève'), ascii("'"))
    expect(declaresUtf8(file)).toBe(true)
    const { text, encoding } = decodeEdiBytes(file)
    expect(encoding).toBe('utf8')
    expect(text.startsWith('\ufeffUNA')).toBe(true)
    expect(text).toContain('Genève')
    expect(declaresUtf8(ascii("UNB+UNOY:4+X+Y+260314:2210+1'"))).toBe(true)
    expect(declaresUtf8(ascii("UNB*UNOW:3*X*Y*260314:2210*1'"))).toBe(true)
  })

  it('falls back to Latin-1 when a file declared UTF-8 is not', () => {
    const file = concat(UNOW, bytes(0xe8, 0x20), ascii("'"))
    const { text, encoding } = decodeEdiBytes(file)
    expect(encoding).toBe('latin1')
    expect(text).toContain('è ')
  })

  it('does not take a declaration buried far into the file for the file’s own', () => {
    const padding = ascii(`UNB+UNOC:3+X+Y+260314:2210+1'${'FTX+AAA+++x'.repeat(60)}`)
    expect(declaresUtf8(concat(padding, ascii("UNB+UNOW:3+X+Y+260314:2210+2'")))).toBe(false)
  })

  it('reads a large file without overflowing the stack', () => {
    const big = new Uint8Array(1_000_000).fill(0xe9)
    expect(latin1(big)).toHaveLength(1_000_000)
    expect(latin1(big).charCodeAt(999_999)).toBe(0xe9)
  })
})
