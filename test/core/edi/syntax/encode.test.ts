import { describe, expect, it } from 'vitest'
import {
  encodeInterchange,
  encodeSegment,
  escapeData,
  LEVEL_B_SERVICE,
} from '../../../../src/core/edi/syntax'
import type { Interchange } from '../../../../src/core/edi/types'
import { PREDES_INTERCHANGE, PREDES_TEXT, predesMessage } from './fixtures'

const custom = { component: '|', element: '^', decimal: ',', release: '!', repetition: '*', segment: '~' }

describe('escapeData', () => {
  it('releases separators, terminator and the release character itself', () => {
    expect(escapeData("O'BRIEN + SONS: 50% ?")).toBe("O?'BRIEN ?+ SONS?: 50% ??")
    expect(escapeData('PLAIN TEXT. 12,5')).toBe('PLAIN TEXT. 12,5')
  })

  it('uses the service characters given, repetition separator included', () => {
    expect(escapeData("A|B^C~D!E*F'G+H:I", custom)).toBe("A!|B!^C!~D!!E!*F'G+H:I")
  })

  it('a "$" release character is written literally (not read as a replacement pattern)', () => {
    expect(escapeData('A+B?', { ...custom, release: '$', component: '+', element: '?' })).toBe('A$+B$?')
  })

  it('throws when the service characters have no release character and the data needs one', () => {
    expect(escapeData('ABC', LEVEL_B_SERVICE)).toBe('ABC')
    expect(() => escapeData('A\x1DB', LEVEL_B_SERVICE)).toThrow(RangeError)
  })
})

describe('encodeSegment', () => {
  it('trims trailing empty elements and components, keeps inner empty ones', () => {
    const seg = { tag: 'FTX', elements: [['AAI'], [''], ['', ''], ['TEXT', '', ''], [''], ['', '']] }
    expect(encodeSegment(seg)).toBe("FTX+AAI+++TEXT'")
    expect(encodeSegment({ tag: 'DTM', elements: [['137', '', '203']] })).toBe("DTM+137::203'")
    expect(encodeSegment({ tag: 'UNS', elements: [] })).toBe("UNS'")
    expect(encodeSegment({ tag: 'UNS', elements: [[''], []] })).toBe("UNS'")
  })

  it('refuses a tag that is not three upper-case letters or digits (a bug in the caller)', () => {
    expect(() => encodeSegment({ tag: 'gid', elements: [] })).toThrow(RangeError)
    expect(() => encodeSegment({ tag: 'GI+D', elements: [] })).toThrow(RangeError)
  })
})

describe('encodeInterchange', () => {
  it('writes the PREDES fixture exactly, with UNA and one segment per line', () => {
    expect(encodeInterchange(PREDES_INTERCHANGE, { una: true, newlines: true })).toBe(PREDES_TEXT)
  })

  it('without options: no UNA for default service characters, no line breaks', () => {
    expect(encodeInterchange(PREDES_INTERCHANGE)).toBe(
      PREDES_TEXT.replace("UNA:+.? '\n", '').replaceAll('\n', ''),
    )
  })

  it('computes UNT and UNZ counts and references from the content', () => {
    const ic: Interchange = {
      ...PREDES_INTERCHANGE,
      messages: [
        predesMessage('1', [{ tag: 'BGM', elements: [['785']] }]),
        predesMessage('2', []),
        predesMessage('X9'),
      ],
    }
    const lines = encodeInterchange(ic, { newlines: true }).split('\n')
    expect(lines.filter((l) => /^UN[TZ]/.test(l))).toEqual([
      "UNT+3+1'",
      "UNT+2+2'",
      "UNT+11+X9'",
      "UNZ+3+FR0000123'",
    ])
  })

  it('writes the test indicator in UNB 11 and an association code in UNH 2:5', () => {
    const ic: Interchange = {
      ...PREDES_INTERCHANGE,
      header: { ...PREDES_INTERCHANGE.header, test: true, sender: { id: 'FRA01', qualifier: null } },
      messages: [{ header: { ...predesMessage().header, association: 'UP21' }, segments: [] }],
    }
    expect(encodeInterchange(ic, { newlines: true }).split('\n').slice(0, 2)).toEqual([
      "UNB+UNOC:3+FRA01+GBA01:ZZ+260314:1030+FR0000123++++++1'",
      "UNH+1+PREDES:2:1:UP:UP21'",
    ])
  })

  it('always writes UNA when the service characters are not the defaults', () => {
    const text = encodeInterchange({ ...PREDES_INTERCHANGE, service: custom, messages: [] }, { una: false })
    expect(text).toBe('UNA|^,!*~UNB^UNOC|3^FRA01|ZZ^GBA01|ZZ^260314|1030^FR0000123~UNZ^0^FR0000123~')
  })

  it('refuses envelope segments inside a message and unusable service characters (bugs in the caller)', () => {
    const nested = {
      ...PREDES_INTERCHANGE,
      messages: [predesMessage('1', [{ tag: 'UNT', elements: [['2']] }])],
    }
    expect(() => encodeInterchange(nested)).toThrow(/UNT cannot be a segment of message 1/)
    const clash = { ...PREDES_INTERCHANGE, service: { ...custom, element: '|' } }
    expect(() => encodeInterchange(clash)).toThrow(/data element separator "\|" is also the component/)
  })
})
