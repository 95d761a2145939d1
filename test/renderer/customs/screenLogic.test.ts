import { describe, expect, it } from 'vitest'
import { addressLines, eadLook, hasParty, linesTotal } from '../../../src/renderer/customs/advanceLook'
import { formatAge, minutesSince } from '../../../src/renderer/customs/age'
import { engineWords, refusalSaid } from '../../../src/renderer/customs/refusal'
import { readScanned } from '../../../src/renderer/customs/scanned'
import { customsActionForKey } from '../../../src/renderer/customs/shortcuts'
import { translator } from '../../../src/renderer/i18n/languages'
import { advance, at, NOW, PARCEL, SCARVES } from './fixtures'

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('what is scanned into the customs field', () => {
  it('keeps valid S10 items once each, normalised, and names the rest', () => {
    expect(readScanned(`${SCARVES}\n${PARCEL}\nrb888000013fr`)).toEqual({
      items: [SCARVES, PARCEL],
      notItems: [],
    })
    expect(readScanned('RB 888 000 013 FR')).toEqual({ items: [SCARVES], notItems: [] })
    expect(readScanned('RB888000012FR, FRCDGA')).toEqual({ items: [], notItems: ['RB888000012FR', 'FRCDGA'] })
  })
})

describe('the customs keys', () => {
  it('maps F6 to F10 to the decisions and the payment, and nothing with a modifier', () => {
    expect(['F6', 'F7', 'F8', 'F9', 'F10'].map((k) => customsActionForKey(key(k)))).toEqual([
      'hold',
      'release',
      'return',
      'seize',
      'payment',
    ])
    expect(customsActionForKey(key('F6', { shiftKey: true }))).toBeNull()
    expect(customsActionForKey(key('F2'))).toBeNull()
    expect(customsActionForKey(key('h'))).toBeNull()
  })
})

describe('how long an item has waited', () => {
  it('counts whole minutes, never below zero', () => {
    expect(minutesSince(at(9, 10), NOW)).toBe(140)
    expect(minutesSince(at(12, 0), NOW)).toBe(0)
    expect(minutesSince('not a time', NOW)).toBe(0)
  })

  it('says minutes, then hours and minutes, then days and hours, in each language', () => {
    // CLDR puts no-break spaces between number and unit in some languages.
    const age = (minutes: number, language: 'en' | 'fr' | 'es') =>
      formatAge(minutes, language).replace(/[\u00a0\u202f]/g, ' ')
    expect(age(12, 'en')).toBe('12 min')
    expect(age(140, 'en')).toBe('2 hr 20 min')
    expect(age(140, 'fr')).toBe('2 h 20 min')
    expect(age(180, 'es')).toBe('3 h')
    expect(age(52 * 60, 'fr')).toBe('2 j 4 h')
    expect(age(48 * 60, 'en')).toBe('2 days')
  })
})

describe('advance data as the officer reads it', () => {
  it('colours the EAD status: loadable green, a question from customs amber, do-not-load red', () => {
    expect(eadLook('complete')).toEqual({ tone: 'ready', icon: 'tick' })
    expect(eadLook('assessment_complete').tone).toBe('ready')
    expect(eadLook('rfi')).toEqual({ tone: 'attention', icon: 'question' })
    expect(eadLook('incomplete')).toEqual({ tone: 'attention', icon: 'triangle' })
    expect(eadLook('dnl')).toEqual({ tone: 'fault', icon: 'cross' })
  })

  it('writes an address as on the item, and tells a blank party apart', () => {
    expect(addressLines(advance().addressee)).toEqual([
      'Maria Gonzalez',
      '221 West 57th Street',
      'Apt 4B',
      '10019 New York',
      'US',
    ])
    const blank = {
      ...advance().sender,
      name: null,
      addressLines: [],
      postcode: null,
      city: null,
      country: null,
    }
    expect(hasParty(blank)).toBe(false)
    expect(hasParty({ ...blank, email: 'a@b.fr' })).toBe(true)
  })

  it('adds up the content lines in one currency, and gives up on mixed ones', () => {
    expect(linesTotal(advance())).toEqual({ amount: 184.5, currency: 'EUR' })
    const mixed = advance().lines.map((line, i) => ({ ...line, currency: i === 0 ? 'EUR' : 'USD' }))
    expect(linesTotal({ lines: mixed })).toBeNull()
    expect(linesTotal({ lines: [] })).toBeNull()
  })
})

describe('a refusal in words', () => {
  const en = translator('en')
  it('shows the engine’s own sentence for a refusal by rule, our words otherwise', () => {
    const forbidden = {
      reason: 'engineError.forbidden' as const,
      details: 'Deciding a customs matter needs a customs officer; operator wil is a worker.',
    }
    expect(engineWords(forbidden)).toBe(forbidden.details)
    expect(refusalSaid(forbidden, en)).toBe(forbidden.details)
    const gone = { reason: 'engineError.unavailable' as const, details: 'socket closed' }
    expect(engineWords(gone)).toBeNull()
    expect(refusalSaid(gone, en)).toMatch(/^The station engine cannot be reached/)
  })
})
