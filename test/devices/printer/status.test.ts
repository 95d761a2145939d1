// ~HS parsing from byte fixtures: frames reassembled from any split, every field, clear errors.
import { describe, expect, it } from 'vitest'
import { parseHostStatus, StxEtxCollector } from '../../../src/devices/printer/status'
import { chunks, HS_ALL_FLAGS, HS_NO_CRLF, HS_PAPER_OUT, HS_READY } from './fixtures'

describe('StxEtxCollector', () => {
  it('reports three frames only once the third ETX arrives, whatever the split', () => {
    for (let cut = 1; cut < HS_READY.length; cut += 7) {
      const c = new StxEtxCollector()
      const counts = chunks(HS_READY, cut, 3, 1).map((chunk) => c.push(chunk))
      expect(counts.at(-1)).toBe(3)
      expect(counts.slice(0, -1).every((n) => n < 3) || counts.at(-2) === 3).toBe(true)
      expect(c.frames[2]).toBe('1234,0')
    }
  })

  it('byte by byte', () => {
    const c = new StxEtxCollector()
    const seen = [...Buffer.from(HS_READY, 'latin1')].map((b) => c.push(Buffer.from([b])))
    expect(seen.indexOf(1)).toBe(HS_READY.indexOf('\x03'))
    expect(seen.at(-1)).toBe(3)
  })

  it('ignores bytes outside frames and restarts on an STX inside a frame', () => {
    const c = new StxEtxCollector()
    c.push(Buffer.from('noise\x02cut off\x02whole\x03\r\n\x03junk', 'latin1'))
    expect(c.frames).toEqual(['whole'])
    expect(c.take()).toEqual(['whole'])
    expect(c.frames).toEqual([])
  })

  it('keeps a frame in progress across take() and drops it on reset()', () => {
    const c = new StxEtxCollector()
    c.push(Buffer.from('\x02par', 'latin1'))
    expect(c.take()).toEqual([])
    c.push(Buffer.from('tial\x03', 'latin1'))
    expect(c.frames).toEqual(['partial'])
    c.push(Buffer.from('\x02lost', 'latin1'))
    c.reset()
    c.push(Buffer.from('\x03', 'latin1'))
    expect(c.frames).toEqual([])
  })
})

describe('parseHostStatus', () => {
  it('reads an idle direct-thermal printer', () => {
    expect(parseHostStatus(Buffer.from(HS_READY, 'latin1'))).toMatchObject({
      kind: 'hs',
      commSettings: 30,
      serial: { baudRate: 9600, handshake: 'xon-xoff', parity: 'none', stopBits: 1, dataBits: 8 },
      paperOut: false,
      paused: false,
      labelLengthDots: 1218,
      formatsInBuffer: 0,
      headOpen: false,
      ribbonOut: false,
      thermalTransfer: false,
      printMode: 'tear-off',
      printModeCode: 2,
      labelsRemaining: 0,
      graphicsStored: 0,
      password: '1234',
      staticRamInstalled: false,
    })
  })

  it('reads paper out + paused in thermal-transfer mode', () => {
    expect(parseHostStatus(HS_PAPER_OUT)).toMatchObject({
      paperOut: true,
      paused: true,
      thermalTransfer: true,
    })
  })

  it('reads every flag', () => {
    expect(parseHostStatus(HS_ALL_FLAGS)).toEqual({
      kind: 'hs',
      commSettings: 506,
      serial: { baudRate: 57600, handshake: 'dtr', parity: 'even', stopBits: 1, dataBits: 8 },
      paperOut: true,
      paused: true,
      labelLengthDots: 800,
      formatsInBuffer: 2,
      bufferFull: true,
      commDiagnostics: true,
      partialFormat: true,
      corruptRam: true,
      underTemp: true,
      overTemp: true,
      functionSettings: 129,
      headOpen: true,
      ribbonOut: true,
      thermalTransfer: true,
      printMode: 'cutter',
      printModeCode: 3,
      printWidthMode: 6,
      labelWaiting: true,
      labelsRemaining: 15,
      graphicsStored: 3,
      password: '0000',
      staticRamInstalled: true,
    })
  })

  it('frames without CRLF, and optional trailing fields left out', () => {
    expect(parseHostStatus(HS_NO_CRLF)).toMatchObject({
      ribbonOut: true,
      printMode: 'peel-off',
      graphicsStored: null,
      staticRamInstalled: null,
    })
  })

  it('names what is malformed', () => {
    expect(() => parseHostStatus(HS_READY.slice(0, HS_READY.lastIndexOf('\x02') + 3))).toThrow(
      /2 STX…ETX strings, expected 3/,
    )
    expect(() => parseHostStatus(HS_READY.replace('030,0,0,1218', '030,0,0'))).toThrow(
      /string 1 has 11 fields, expected at least 12/,
    )
    expect(() => parseHostStatus(HS_READY.replace('1218', '12x8'))).toThrow(
      /string 1 field 4 \(label length\) is not a number: "12x8"/,
    )
    expect(() => parseHostStatus(HS_READY.replace('030,0,0', '030,2,0'))).toThrow(
      /string 1 field 2 \(paper out\) is not 0 or 1/,
    )
    expect(() => parseHostStatus('030,0,0,1218,000,0,0,0,000,0,0,0\r\n')).toThrow(/0 STX…ETX strings/)
    expect(() => parseHostStatus('\x02a\x03\x02\r\nPRINTER STATUS\r\n\x03\x02c\x03')).toThrow(/~HQES answer/)
  })

  it('maps unknown print modes and baud codes to other / null', () => {
    const s = parseHostStatus(HS_READY.replace('030,', '262,').replace('0,0,0,0,2,4', '0,0,0,0,9,4'))
    expect(s.printMode).toBe('other')
    expect(s.printModeCode).toBe(9)
    expect(s.serial.baudRate).toBeNull()
  })
})
