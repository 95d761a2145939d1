import { describe, expect, it } from 'vitest'
import { element, elementCount, parseInterchange } from '../../../../src/core/edi/syntax'
import { PREDES_TEXT } from './fixtures'

const segments = parseInterchange(PREDES_TEXT).interchange?.messages[0]?.segments ?? []
const bgm = segments[0]!
const mea = segments[4]!

describe('element', () => {
  it('reads by EDIFACT position: element and component both 1-based, component 1 by default', () => {
    expect(element(bgm, 2)).toBe('FRCDGAGBLHRAAUN60123')
    expect(element(mea, 3, 1)).toBe('KGM')
    expect(element(mea, 3, 2)).toBe('12.5')
  })

  it("returns '' for an absent element or component", () => {
    expect(element(bgm, 9)).toBe('')
    expect(element(mea, 1, 5)).toBe('')
  })

  it('positions below 1 are a bug in the mapping and throw', () => {
    expect(() => element(bgm, 0)).toThrow(RangeError)
    expect(() => element(bgm, 1, 0)).toThrow(RangeError)
    expect(() => element(bgm, 1.5)).toThrow(RangeError)
  })

  it('counts elements as written', () => {
    expect(elementCount(bgm)).toBe(3)
    expect(elementCount(segments[8]!)).toBe(4)
  })
})
