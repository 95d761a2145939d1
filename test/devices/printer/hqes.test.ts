// ~HQES parsing: the flag + group 2 + group 1 lines, the bit table as data, malformed replies named.
import { describe, expect, it } from 'vitest'
import {
  HQES_ERROR_BITS,
  HQES_WARNING_BITS,
  hqesWarningWords,
  parseHqes,
} from '../../../src/devices/printer/hqes'
import { HQES_HEAD_OPEN, HQES_OK } from './fixtures'

const reply = (errors: string, warnings = '00000000', group2 = '00000000') =>
  `\x02\r\nPRINTER STATUS\r\n   ERRORS:   1 ${group2} ${errors}\r\n   WARNINGS: 0 00000000 ${warnings}\r\n\x03`

describe('parseHqes', () => {
  it('reads the documented example: head open + paused, clean the printhead', () => {
    const s = parseHqes(HQES_HEAD_OPEN)
    expect([...s.errors.flags]).toEqual(['head-open', 'paused'])
    expect(s.errors).toMatchObject({ flagged: true, group1: 0x10004, group2: 0, unknownBits: 0 })
    expect([...s.warnings.flags]).toEqual(['clean-head'])
    expect(hqesWarningWords(s)).toEqual(['The print head needs cleaning'])
  })

  it('reads a clean printer', () => {
    const s = parseHqes(HQES_OK)
    expect(s.errors.flagged).toBe(false)
    expect(s.errors.flags.size).toBe(0)
    expect(s.warnings.flags.size).toBe(0)
  })

  it('decodes every bit of the table, and keeps unknown and group-2 bits', () => {
    for (const { bit, name } of HQES_ERROR_BITS) {
      expect([...parseHqes(reply(bit.toString(16).padStart(8, '0'))).errors.flags]).toEqual([name])
    }
    for (const { bit, name } of HQES_WARNING_BITS) {
      expect([...parseHqes(reply('00000000', bit.toString(16).padStart(8, '0'))).warnings.flags]).toEqual([
        name,
      ])
    }
    const s = parseHqes(reply('00100401', '00001000', '0000000A'))
    expect([...s.errors.flags]).toEqual(['media-out'])
    expect(s.errors.unknownBits).toBe(0x100400)
    expect(s.errors.group2).toBe(0xa)
    expect(s.warnings.unknownBits).toBe(0x1000)
    expect(hqesWarningWords(s)).toEqual(['Printer warning 0x1000'])
  })

  it('uses the Zebra table where Ladder99 differs, and marks its unconfirmed bits', () => {
    expect([...parseHqes(reply('00004000')).errors.flags]).toEqual(['paper-feed-error'])
    expect(HQES_ERROR_BITS.filter((b) => !b.confirmed).map((b) => b.name)).toEqual([
      'paused',
      'retract-timed-out',
    ])
  })

  it('accepts the reply without STX/ETX and with bare LF', () => {
    expect(
      parseHqes('PRINTER STATUS\n ERRORS: 1 00000000 00000001\n WARNINGS: 0 00000000 00000000\n').errors
        .flags,
    ).toEqual(new Set(['media-out']))
  })

  it('names what is malformed', () => {
    expect(() => parseHqes('\x02hello\x03')).toThrow(/no "PRINTER STATUS" header/)
    expect(() => parseHqes('PRINTER STATUS\r\n ERRORS: 1 00000000 00000001\r\n')).toThrow(/no WARNINGS line/)
    expect(() => parseHqes(reply('0001000'))).toThrow(/ERRORS line is not "<flag> <8 hex> <8 hex>"/)
    expect(() => parseHqes(reply('0001000G'))).toThrow(/ERRORS line/)
  })
})
