import { describe, expect, it } from 'vitest'
import { code128Symbol } from '../../../src/core/labels'

describe('code128Symbol', () => {
  it('writes an S10 in subset B with an explicit start code', () => {
    expect(code128Symbol('RR123456785GB')).toEqual({
      fieldData: '>:RR123456785GB',
      symbolCount: 15,
      // 11 × (start + 13 characters + check) + 13 for the stop: the 178 modules of an S10.
      modules: 178,
    })
  })

  it('counts 354 modules for a 29-character S9', () => {
    expect(code128Symbol('FRCDGAUSJFKAAUN50123001110125').modules).toBe(354)
  })

  it('hex-escapes the ZPL prefixes and the hex indicator, still one symbol each', () => {
    const symbol = code128Symbol('A^B~C_D\\E')
    expect(symbol.fieldData).toBe('>:A_5EB_7EC_5FD_5CE')
    expect(symbol.symbolCount).toBe(11)
  })

  it('refuses ">", which a printer reads as an invocation code even when hex-escaped', () => {
    expect(() => code128Symbol('RR12>5345')).toThrow(/without ">"/)
  })

  it('refuses what subset B cannot carry: control characters, non-ASCII, nothing', () => {
    for (const data of ['RR\n123', 'RÉ123', '', 'Иван']) expect(() => code128Symbol(data)).toThrow(RangeError)
  })
})
