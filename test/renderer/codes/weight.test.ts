import { describe, expect, it } from 'vitest'
import { formatWeight } from '../../../src/renderer/codes/weight'

describe('formatWeight', () => {
  it('always shows one decimal, in the locale', () => {
    expect(formatWeight(21.9, 'en')).toBe('21.9 kg')
    expect(formatWeight(0.5, 'en')).toBe('0.5 kg')
    expect(formatWeight(12, 'en')).toBe('12.0 kg')
    expect(formatWeight(999.8, 'fr').replace(/\s/g, ' ')).toBe('999,8 kg')
  })
})
