import { describe, expect, it } from 'vitest'
import { parseInterchange } from '../../../../src/core/edi/syntax'
import { PREDES_TEXT } from './fixtures'

const withUnb = (unb: string) => PREDES_TEXT.replace(/^UNB[^\n]*$/m, unb)
const withUnh = (unh: string) => PREDES_TEXT.replace(/^UNH[^\n]*$/m, unh)

describe('UNB', () => {
  it('reads sender and recipient with and without qualifiers', () => {
    const { interchange, issues } = parseInterchange(
      withUnb("UNB+UNOC:3+FRA01+GBA01:ZZ+260314:1030+FR0000123'"),
    )
    expect(issues).toEqual([])
    expect(interchange?.header.sender).toEqual({ id: 'FRA01', qualifier: null })
    expect(interchange?.header.recipient).toEqual({ id: 'GBA01', qualifier: 'ZZ' })
  })

  it('accepts an 8-digit date under syntax version 4', () => {
    const { interchange, issues } = parseInterchange(
      withUnb("UNB+UNOC:4+FRA01+GBA01+20260314:1030+FR0000123'"),
    )
    expect(issues).toEqual([])
    expect(interchange?.header.prepared).toEqual({ date: '20260314', time: '1030' })
  })

  it.each([
    [
      "UNB+UNOZ:3+FRA01+GBA01+260314:1030+FR0000123'",
      1,
      1,
      /syntax identifier "UNOZ" is unknown; expected one of UNOA, UNOB, UNOC/,
    ],
    ["UNB+:3+FRA01+GBA01+260314:1030+FR0000123'", 1, 1, /syntax identifier is missing/],
    ["UNB+UNOC:9+FRA01+GBA01+260314:1030+FR0000123'", 1, 2, /syntax version "9" should be 1, 2, 3 or 4/],
    ["UNB+UNOC:3++GBA01+260314:1030+FR0000123'", 2, 1, /sender identification is missing/],
    [
      "UNB+UNOC:3+FRA01:ZZZZZ+GBA01+260314:1030+FR0000123'",
      2,
      2,
      /qualifier "ZZZZZ" is 5 characters long; at most 4/,
    ],
    ["UNB+UNOC:3+FRA01+:ZZ+260314:1030+FR0000123'", 3, 1, /recipient identification is missing/],
    [
      "UNB+UNOC:3+FRA01+GBA01+20260314:1030+FR0000123'",
      4,
      1,
      /date "20260314" should be YYMMDD \(6 digits\) under syntax version 3/,
    ],
    ["UNB+UNOC:3+FRA01+GBA01+260314:10.30+FR0000123'", 4, 2, /time "10.30" should be HHMM/],
    [
      "UNB+UNOC:3+FRA01+GBA01+260314:1030+FR00001230000000'",
      5,
      1,
      /control reference "FR00001230000000" is 16 characters long; at most 14/,
    ],
    [
      "UNB+UNOC:3+FRA01+GBA01+260314:1030+FR0000123++++++Y'",
      11,
      1,
      /test indicator is "Y"; it is either absent or 1/,
    ],
    [
      "UNB+UNOC:3+FRA01+GBA01+260314:1030+FR0000123+++++++X'",
      12,
      null,
      /UNB has 12 data elements; at most 11/,
    ],
  ])('%s is reported at element %s, component %s', (unb, element, component, message) => {
    const issues = parseInterchange(withUnb(unb)).issues.filter((i) => i.tag === 'UNB')
    expect(issues).toEqual([
      expect.objectContaining({
        line: 2,
        segment: 1,
        element,
        component,
        message: expect.stringMatching(message),
      }),
    ])
  })
})

describe('UNH', () => {
  it('reads the message identifier, with an association code', () => {
    const { interchange, issues } = parseInterchange(withUnh("UNH+1+CARDIT:2:1:UN:UP21'"))
    expect(issues).toEqual([])
    expect(interchange?.messages[0]?.header).toEqual({
      ref: '1',
      type: 'CARDIT',
      version: '2',
      release: '1',
      agency: 'UN',
      association: 'UP21',
    })
  })

  it('names each missing part of the message identifier', () => {
    const issues = parseInterchange(withUnh("UNH+1+PREDES'")).issues
    expect(issues.map((i) => [i.element, i.component, i.message])).toEqual([
      [2, 2, 'UNH 2:2 message version number is missing'],
      [2, 3, 'UNH 2:3 message release number is missing'],
      [2, 4, 'UNH 2:4 controlling agency is missing'],
    ])
  })
})
