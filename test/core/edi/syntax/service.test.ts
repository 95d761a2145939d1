import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SERVICE,
  formatUna,
  LEVEL_B_SERVICE,
  serviceProblems,
} from '../../../../src/core/edi/syntax/service'

describe('service characters', () => {
  it('the defaults and level B have no problems', () => {
    expect(serviceProblems(DEFAULT_SERVICE)).toEqual([])
    expect(serviceProblems(LEVEL_B_SERVICE)).toEqual([])
    expect(formatUna(DEFAULT_SERVICE)).toBe("UNA:+.? '")
  })

  it.each([
    [{ component: 'A' }, 1, 'the component data element separator is "A"; letters and digits are data'],
    [{ element: ':' }, 2, 'the data element separator ":" is also the component data element separator'],
    [{ decimal: ';' }, 3, 'the decimal mark is ";"; expected "." or ","'],
    [{ repetition: '?' }, 5, 'the repetition separator "?" is also the release character'],
    [{ segment: ' ' }, 6, 'the segment terminator cannot be a space'],
    [{ element: '\n' }, 2, 'the data element separator cannot be a line break'],
    [{ segment: '\uD800' }, 6, 'the segment terminator must be a single character, not half of a pair'],
    [{ segment: "''" }, 6, 'the segment terminator must be exactly one character'],
  ])('%j: UNA %i', (change, position, message) => {
    expect(serviceProblems({ ...DEFAULT_SERVICE, ...change })).toEqual([{ position, message }])
  })

  it('a line feed may be the segment terminator', () => {
    expect(serviceProblems({ ...DEFAULT_SERVICE, segment: '\n' })).toEqual([])
  })
})
