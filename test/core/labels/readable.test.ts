import { describe, expect, it } from 'vitest'
import { groupS10, groupS9 } from '../../../src/core/labels'

describe('human-readable identifiers', () => {
  it('groups an S10 as it is printed under the barcode', () => {
    expect(groupS10('RR123456785GB')).toBe('RR 123 456 785 GB')
    expect(groupS10('EE876543216CA')).toBe('EE 876 543 216 CA')
  })

  it('groups an S9 by its fields', () => {
    expect(groupS9('FRCDGAUSJFKAAUN50123001110125')).toBe('FRCDGA USJFKA A UN 5 0123 001 1 1 0125')
  })
})
