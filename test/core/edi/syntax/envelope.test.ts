import { describe, expect, it } from 'vitest'
import { parseInterchange } from '../../../../src/core/edi/syntax'
import { envelope, PREDES_TEXT } from './fixtures'

const BODY = ["BGM+785+FRCDGAGBLHRAAUN60123+9'", "GID+1+1:BG'", "MEA+WT+AAB+KGM:12.5'"]

describe('envelope: trailer counts and references', () => {
  it('a UNT count that does not match the message is named with both numbers', () => {
    const { interchange, issues } = parseInterchange(envelope(BODY, { count: 6 }))
    expect(issues).toEqual([
      {
        message: 'UNT says 6 segments, the message has 5 (UNH at line 1, segment 2 … UNT)',
        line: 1,
        segment: 6,
        tag: 'UNT',
        element: 1,
        component: 1,
      },
    ])
    expect(interchange?.messages[0]?.segments).toHaveLength(3)
  })

  it('a UNT reference different from its UNH', () => {
    expect(parseInterchange(envelope(BODY, { ref: '2' })).issues).toEqual([
      expect.objectContaining({
        tag: 'UNT',
        element: 2,
        component: 1,
        message: `UNT 2 message reference "2" differs from its UNH's "1" (line 1, segment 2)`,
      }),
    ])
  })

  it('a UNZ count or control reference that does not match', () => {
    const text = PREDES_TEXT.replace("UNZ+1+FR0000123'", "UNZ+2+FR0000124'")
    expect(parseInterchange(text).issues).toEqual([
      expect.objectContaining({
        line: 14,
        segment: 13,
        tag: 'UNZ',
        element: 1,
        component: 1,
        message: 'UNZ says 2 messages, the interchange has 1',
      }),
      expect.objectContaining({
        tag: 'UNZ',
        element: 2,
        message: 'UNZ 2 control reference "FR0000124" differs from UNB 5 "FR0000123"',
      }),
    ])
  })

  it('a count that is not a number', () => {
    expect(parseInterchange(envelope(BODY, { count: Number.NaN })).issues[0]?.message).toBe(
      'UNT 1 should be the number of segments in the message, UNH and UNT included (up to 6 digits); found "NaN"',
    )
  })

  it('counts several messages', () => {
    const second = ["UNH+2+PREDES:2:1:UP'", "BGM+785+FRCDGAGBLHRAAUN60124+9'", "UNT+3+2'"].join('')
    const text = envelope(BODY).replace("UNZ+1+FR0000123'", `${second}UNZ+2+FR0000123'`)
    const { interchange, issues } = parseInterchange(text)
    expect(issues).toEqual([])
    expect(interchange?.messages.map((m) => [m.header.ref, m.segments.length])).toEqual([
      ['1', 3],
      ['2', 1],
    ])
  })
})

describe('envelope: structure', () => {
  it('a UNH without UNT (a file cut inside a message) is reported at the UNH', () => {
    const text = PREDES_TEXT.slice(0, PREDES_TEXT.indexOf('MEA+WT+AAB+KGM:8.7'))
    const { interchange, issues } = parseInterchange(text)
    expect(issues).toEqual([
      expect.objectContaining({
        line: 3,
        segment: 2,
        tag: 'UNH',
        message:
          'message "1" (UNH at line 3, segment 2) has no UNT before the end of the file: a UNT is missing or the file was cut',
      }),
      expect.objectContaining({
        line: 10,
        message: 'there is no UNZ at the end: the file was cut short or UNZ is missing',
      }),
    ])
    expect(interchange?.messages[0]?.segments.map((s) => s.tag)).toEqual([
      'BGM',
      'DTM',
      'GID',
      'PCI',
      'MEA',
      'GID',
      'PCI',
    ])
  })

  it('a UNH before the previous message ended', () => {
    const text = envelope(["BGM+785'", "UNH+2+PREDES:2:1:UP'", "BGM+785'"], { count: 3, ref: '2' })
    const messages = parseInterchange(text).issues.map((i) => i.message)
    expect(messages).toContain(
      'message "1" (UNH at line 1, segment 2) has no UNT before the next UNH at line 1, segment 4: a UNT is missing or the file was cut',
    )
    expect(messages).toContain('UNZ says 1 message, the interchange has 2')
  })

  it('segments after UNZ', () => {
    const { issues } = parseInterchange(`${PREDES_TEXT}UNH+2+PREDES:2:1:UP'UNT+2+2'`)
    expect(issues).toEqual([
      expect.objectContaining({
        line: 15,
        segment: 14,
        tag: 'UNH',
        message: '2 segments after UNZ (line 14, segment 13), where the interchange should have ended',
      }),
    ])
  })

  it('no UNB: the file starts with something else', () => {
    const { interchange, issues } = parseInterchange("UNH+1+PREDES:2:1:UP'UNT+2+1'")
    expect(interchange).toBeNull()
    expect(issues).toEqual([
      expect.objectContaining({
        segment: 1,
        tag: 'UNH',
        message: 'the interchange must start with UNB (after an optional UNA); found UNH',
      }),
    ])
  })

  it('no UNZ', () => {
    const text = PREDES_TEXT.slice(0, PREDES_TEXT.indexOf('UNZ'))
    expect(parseInterchange(text).issues).toEqual([
      expect.objectContaining({
        message: 'there is no UNZ at the end: the file was cut short or UNZ is missing',
      }),
    ])
  })

  it('a second UNB, a functional group, a UNA in the middle, a segment outside any message', () => {
    const text = envelope([]).replace('UNZ', "UNB+UNOC:3+X+Y+260314:1030+2'UNG+PREDES'LOC+5'UNA:+.? 'UNZ")
    expect(parseInterchange(text).issues.map((i) => [i.segment, i.tag, i.message])).toEqual([
      [4, 'UNB', 'a second UNB inside the interchange begun at line 1, segment 1'],
      [
        5,
        'UNG',
        'functional groups (UNG) are not read by this station; send messages directly inside UNB…UNZ',
      ],
      [6, 'LOC', 'segment LOC stands outside any message (UNH…UNT)'],
      [7, 'UNA', 'UNA may only stand at the very start of the file'],
    ])
  })

  it('a UNT without UNH', () => {
    const text = envelope(BODY).replace('UNZ', "UNT+2+9'UNZ")
    expect(parseInterchange(text).issues).toEqual([
      expect.objectContaining({ tag: 'UNT', segment: 7, message: 'UNT without a UNH opening its message' }),
    ])
  })

  it('a megabyte-long UNB is refused without a cascade of UNB field issues', () => {
    const { interchange, issues } = parseInterchange(`UNB+${'?+'.repeat(600_000)}`)
    expect(interchange).toBeNull()
    expect(issues.map((i) => i.message)).toEqual([
      `segment is 1200004 characters long; at most 100000 are accepted (a segment terminator "'" is probably missing or wrong)`,
      'the interchange must start with UNB (after an optional UNA); found an unreadable segment',
    ])
  })
})
