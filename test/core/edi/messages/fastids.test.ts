// The fast identifier checks used while decoding must never accept what src/core/ids rejects, and must
// accept the identifiers the builders make (or the fast path would be useless).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isValidS10, isValidS9 } from '../../../../src/core/edi/messages/fastids'
import { parseItemId, parseReceptacleId } from '../../../../src/core/ids'
import { itemId, receptacleId } from './arbitraries'

const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789a -'

/** An identifier with a few characters replaced, dropped or added. */
function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('replace', 'drop', 'add'),
    ch: fc.constantFrom(...CHARS),
  })
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([id, edits]) =>
    edits.reduce((s, { at, kind, ch }) => {
      const i = at % (s.length + 1)
      if (kind === 'replace') return s.slice(0, i) + ch + s.slice(i + 1)
      if (kind === 'drop') return s.slice(0, i) + s.slice(i + 1)
      return s.slice(0, i) + ch + s.slice(i)
    }, id),
  )
}

describe('fast S9 check', () => {
  it('accepts every S9 the builder makes', () => {
    fc.assert(
      fc.property(receptacleId, (id) => {
        expect(isValidS9(id)).toBe(true)
      }),
    )
  })

  it('accepts nothing parseReceptacleId finds an error in', () => {
    fc.assert(
      fc.property(mutated(receptacleId), (s) => {
        if (isValidS9(s)) expect(parseReceptacleId(s).errors).toEqual([])
      }),
      { numRuns: 5000 },
    )
  })

  it.each([
    ['category E', 'FRCDGAGBLHRAEUN60123001010125'],
    ['dispatch number 0000', 'FRCDGAGBLHRAAUN60000001010125'],
    ['receptacle number 000', 'FRCDGAGBLHRAAUN60123000010125'],
    ['indicator 5', 'FRCDGAGBLHRAAUN60123001510125'],
  ])('rejects %s, as the parser does', (_, s) => {
    expect(isValidS9(s)).toBe(false)
    expect(parseReceptacleId(s).errors).not.toEqual([])
  })
})

describe('fast S10 check', () => {
  it('accepts every S10 formatS10 makes', () => {
    fc.assert(
      fc.property(itemId, (id) => {
        expect(isValidS10(id)).toBe(true)
      }),
    )
  })

  it('accepts nothing parseItemId finds an error in', () => {
    fc.assert(
      fc.property(mutated(itemId), (s) => {
        if (isValidS10(s)) expect(parseItemId(s).errors).toEqual([])
      }),
      { numRuns: 5000 },
    )
  })
})
