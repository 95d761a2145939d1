import { describe, expect, it } from 'vitest'
import { parseKg, subclassChoices } from '../../../src/renderer/bagging/forms'

describe('parseKg', () => {
  it('reads a scale weight with a point or a comma', () => {
    expect(parseKg('3.4')).toBe(3.4)
    expect(parseKg(' 12,5 ')).toBe(12.5)
    expect(parseKg('30')).toBe(30)
    expect(parseKg('999.8')).toBe(999.8)
  })

  it('refuses what S9 cannot state or a person did not mean', () => {
    for (const text of ['', '0', '0.0', '-2', '1000', '999.9', '3.4 kg', '1e2', '3..4', '3,4,5']) {
      expect(parseKg(text), text).toBeNull()
    }
  })
})

describe('subclassChoices', () => {
  it('offers the code list, letter post first, each code once', () => {
    const choices = subclassChoices()
    expect(choices[0]?.startsWith('U')).toBe(true)
    expect(choices).toContain('UN')
    expect(choices).toContain('CN')
    expect(new Set(choices).size).toBe(choices.length)
    expect(choices.indexOf('UN')).toBeLessThan(choices.indexOf('CN'))
    expect(choices.indexOf('CN')).toBeLessThan(choices.indexOf('EN'))
  })
})
