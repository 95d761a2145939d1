import { describe, expect, it } from 'vitest'
import { wrapText } from '../../../src/core/labels/wrap'

describe('wrapText', () => {
  it('leaves text that fits untouched, spaces and all', () => {
    expect(wrapText('Letters  mixed', 20, 2)).toEqual(['Letters  mixed'])
  })

  it('breaks at spaces, and the last line takes whatever remains', () => {
    expect(wrapText('S.A.L. (surface airlifted) mail, non-priority by air', 20, 2)).toEqual([
      'S.A.L. (surface',
      'airlifted) mail, non-priority by air',
    ])
  })

  it('never splits a word', () => {
    expect(wrapText('Donaudampfschifffahrtsgesellschaft GmbH', 10, 3)).toEqual([
      'Donaudampfschifffahrtsgesellschaft',
      'GmbH',
    ])
  })
})
