import { describe, expect, it } from 'vitest'
import { FONT0_PRINTABLE_RANGES, needsRaster } from '../../../src/core/labels'

describe('needsRaster', () => {
  it('is false for Latin text the printer font prints', () => {
    for (const text of [
      'Roissy courrier international',
      'Zürich-Mülligen',
      'Łódź, Kraków — “Ørsted” ‘café’ 12,50 €',
      'São Paulo – Curaçao',
      '',
    ]) {
      expect(needsRaster(text), text).toBe(false)
    }
  })

  it('is true as soon as one character is outside font 0', () => {
    for (const text of ['Иван Петров', 'الجزائر', '北京市', 'Ωmega', 'Tel. ☎ 123', 'Paris 👍', 'Bắc Ninh']) {
      expect(needsRaster(text), text).toBe(true)
    }
  })

  it('ignores control characters, which are escaped and print as nothing anyway', () => {
    expect(needsRaster('line 1\nline 2\t')).toBe(false)
  })

  it('keeps the coverage as data, in ascending, non-overlapping ranges', () => {
    FONT0_PRINTABLE_RANGES.forEach(([first, last], i) => {
      expect(first).toBeLessThanOrEqual(last)
      if (i > 0) expect(first).toBeGreaterThan(FONT0_PRINTABLE_RANGES[i - 1]?.[1] ?? -1)
    })
  })
})
