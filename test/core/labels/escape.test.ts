import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeFieldData } from '../../../src/core/labels'
import { unescapeFieldData } from './zpl'

describe('escapeFieldData', () => {
  it('hex-escapes the ZPL prefixes, the hex indicator, the backslash and control characters', () => {
    expect(escapeFieldData('^XZ~JA')).toBe('_5EXZ_7EJA')
    expect(escapeFieldData('_5E')).toBe('_5F5E')
    expect(escapeFieldData('C:\\temp')).toBe('C:_5Ctemp')
    expect(escapeFieldData('a\r\nb\tc\u007f')).toBe('a_0D_0Ab_09c_7F')
    expect(escapeFieldData('\u0000')).toBe('_00')
  })

  it('passes letters, digits, punctuation and every other script through unchanged', () => {
    const text = 'Zürich-Mülligen, 12 rue de l’Église > 5 kg € «Łódź» Иван 北京 الجزائر 👍'
    expect(escapeFieldData(text)).toBe(text)
  })

  it('sends a lone surrogate, which has no UTF-8 form, as U+FFFD', () => {
    expect(escapeFieldData('a\uD800b')).toBe('a\uFFFDb')
    expect(escapeFieldData('\uDC00')).toBe('\uFFFD')
  })

  it('round-trips any text and leaves no ^, ~ or control character in the escaped form', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const escaped = escapeFieldData(text)
        expect(unescapeFieldData(escaped)).toBe(text)
        // eslint-disable-next-line no-control-regex
        expect(escaped).not.toMatch(/[\^~\x00-\x1f\x7f]/)
        // Every hex indicator starts a complete escape, so the printer never reads a stray one.
        expect(escaped.replace(/_[0-9A-F]{2}/g, '')).not.toContain('_')
      }),
      { numRuns: 500 },
    )
  })
})
