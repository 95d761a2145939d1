import { describe, expect, it } from 'vitest'
import { SCAN_OUTCOMES } from '../../../src/api/bagging'
import { outcomeKey, scanTone, scanVerdict } from '../../../src/renderer/bagging/outcomes'
import { CATALOGUES, LANGUAGES } from '../../../src/renderer/i18n/languages'

describe('scan outcomes', () => {
  it('covers the eleven outcomes of the contract', () => {
    expect(SCAN_OUTCOMES).toHaveLength(11)
  })

  it('sounds the good tone only for an accepted item, a warning for a duplicate, an error for the rest', () => {
    expect(scanTone('accepted')).toBe('good')
    expect(scanTone('duplicate')).toBe('warning')
    const refused = SCAN_OUTCOMES.filter((o) => o !== 'accepted' && o !== 'duplicate')
    expect(refused).toHaveLength(9)
    for (const outcome of refused) expect(scanTone(outcome), outcome).toBe('error')
  })

  it('colours them green, amber and red to match the tones', () => {
    expect(SCAN_OUTCOMES.map(scanVerdict)).toEqual([
      'valid',
      'warning',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
    ])
  })

  it.each(LANGUAGES)('names every outcome differently in %s', (language) => {
    const words = SCAN_OUTCOMES.map((o) => CATALOGUES[language][outcomeKey(o)])
    for (const word of words) expect(word.trim()).not.toBe('')
    expect(new Set(words).size).toBe(SCAN_OUTCOMES.length)
  })

  it('says a mis-sort and a duplicate with the postal words of each language', () => {
    expect(CATALOGUES.en[outcomeKey('missort')]).toBe('Wrong receptacle (mis-sort)')
    expect(CATALOGUES.fr[outcomeKey('duplicate')]).toBe('Déjà dans ce récipient')
    expect(CATALOGUES.fr[outcomeKey('missort')]).toBe('Mauvais récipient (erreur de tri)')
    expect(CATALOGUES.es[outcomeKey('duplicate')]).toBe('Ya está en este receptáculo')
    expect(CATALOGUES.es[outcomeKey('held')]).toBe('Retenido por la aduana')
  })
})
