// How a partner's file becomes text: the declared syntax decides, and no byte is ever lost.
import { describe, expect, it } from 'vitest'
import { decodeEdiBytes } from '../../../src/station/exchange/mailbox'

describe('decodeEdiBytes', () => {
  it('reads UNOW/UNOY as UTF-8 only when it is UTF-8, everything else as Latin-1', () => {
    const utf8 = Buffer.from("UNB+UNOW:3+AF+FRCDGA+260314:2141+1'FTX+Zoë'", 'utf8')
    expect(decodeEdiBytes(utf8)).toEqual({
      text: "UNB+UNOW:3+AF+FRCDGA+260314:2141+1'FTX+Zoë'",
      encoding: 'utf8',
    })
    const una = Buffer.from("UNA:*.? 'UNB*UNOY:3*AF*FRCDGA'FTX*é'", 'utf8')
    expect(decodeEdiBytes(una).encoding).toBe('utf8')
    const latin = Buffer.from("UNB+UNOC:3+AF+FRCDGA+260314:2141+1'FTX+Zoë'", 'latin1')
    expect(decodeEdiBytes(latin)).toEqual({
      text: "UNB+UNOC:3+AF+FRCDGA+260314:2141+1'FTX+Zoë'",
      encoding: 'latin1',
    })
    // Declares UTF-8, is not: read byte for byte, so the parser can name the stray byte.
    const liar = Buffer.from("UNB+UNOW:3+AF+FRCDGA+260314:2141+1'FTX+Zoë'", 'latin1')
    expect(decodeEdiBytes(liar).encoding).toBe('latin1')
    // UNOC read as Latin-1 even when its bytes happen to be UTF-8: each byte stays one character.
    expect(decodeEdiBytes(Buffer.from("UNB+UNOC:3+AF'FTX+é'", 'utf8')).text).toBe("UNB+UNOC:3+AF'FTX+Ã©'")
  })
})
