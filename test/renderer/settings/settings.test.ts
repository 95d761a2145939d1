import { describe, expect, it } from 'vitest'
import { defaultSettings, parseSettings } from '../../../src/renderer/settings/settings'

const defaults = defaultSettings(['fr-FR'])

describe('settings', () => {
  it('defaults to the browser language, sound on', () => {
    expect(defaults).toEqual({
      language: 'fr',
      soundOn: true,
      volume: 0.7,
      wedge: { enabled: true, mapByPosition: true, maxGapMs: 30 },
    })
    expect(defaultSettings(['de-DE']).language).toBe('en')
  })

  it('reads back what was saved', () => {
    const saved = {
      language: 'es',
      soundOn: false,
      volume: 0.25,
      wedge: { enabled: false, mapByPosition: false, maxGapMs: 45 },
    }
    expect(parseSettings(JSON.stringify(saved), defaults)).toEqual(saved)
  })

  it('falls back field by field on anything unexpected, never failing', () => {
    expect(parseSettings(null, defaults)).toEqual(defaults)
    expect(parseSettings('not json', defaults)).toEqual(defaults)
    expect(parseSettings('null', defaults)).toEqual(defaults)
    expect(parseSettings('[1,2]', defaults)).toEqual(defaults)
    expect(parseSettings('{"language":"de","soundOn":"yes","volume":"loud"}', defaults)).toEqual(defaults)
    expect(parseSettings('{"language":"en"}', defaults)).toEqual({ ...defaults, language: 'en' })
  })

  it('keeps the volume between 0 and 1', () => {
    expect(parseSettings('{"volume":7}', defaults).volume).toBe(1)
    expect(parseSettings('{"volume":-1}', defaults).volume).toBe(0)
  })

  it('keeps the scanner timing threshold within what a scanner can mean, field by field', () => {
    expect(parseSettings('{"wedge":{"maxGapMs":5000}}', defaults).wedge).toEqual({
      ...defaults.wedge,
      maxGapMs: 100,
    })
    expect(parseSettings('{"wedge":{"maxGapMs":1}}', defaults).wedge.maxGapMs).toBe(10)
    expect(parseSettings('{"wedge":{"enabled":"no","maxGapMs":2.5}}', defaults).wedge).toEqual(defaults.wedge)
    expect(parseSettings('{"wedge":{"enabled":false}}', defaults).wedge.enabled).toBe(false)
  })
})
