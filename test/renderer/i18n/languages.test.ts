import { describe, expect, it } from 'vitest'
import { en, type MessageKey } from '../../../src/renderer/i18n/en'
import {
  CATALOGUES,
  interpolate,
  LANGUAGES,
  pickLanguage,
  placeholders,
  translator,
} from '../../../src/renderer/i18n/languages'

const keys = Object.keys(en) as MessageKey[]

/**
 * Messages that are rightly the same as in English. Anything else equal to the English text is a
 * translation someone forgot.
 */
const SAME_AS_ENGLISH: Record<'fr' | 'es', readonly MessageKey[]> = {
  fr: [
    'app.title',
    'nav.shortcut',
    'status.version',
    'result.code',
    'field.service',
    // "segment 12 (UNH)": the EDIFACT word is the same in French.
    'issue.segment',
    'issue.segmentTag',
    'settings.volume',
    'settings.version',
    'settings.listVersion',
    'settings.listSource',
    'devices.stable',
    'devices.portPath',
    'closeDialog.stable',
    // Units, standards and product names are the same in every language.
    'settings.wedgeGapValue',
    'devices.transport.hid',
    'deviceConfig.framing.cr',
    'deviceConfig.framing.crlf',
    'deviceConfig.framing.lf',
    'deviceConfig.protocol.sics',
    'deviceConfig.protocol.toledo8217',
    'deviceConfig.protocol.cas',
  ],
  es: [
    'app.title',
    'nav.shortcut',
    'value.no',
    'tone.error',
    'role.supervisor',
    'devices.state.error',
    // Units, standards and product names are the same in every language.
    'settings.wedgeGapValue',
    'devices.transport.hid',
    'deviceConfig.framing.cr',
    'deviceConfig.framing.crlf',
    'deviceConfig.framing.lf',
    'deviceConfig.protocol.sics',
    'deviceConfig.protocol.toledo8217',
    'deviceConfig.protocol.cas',
  ],
}

describe('catalogues', () => {
  it.each(LANGUAGES)('%s has exactly the English keys, none empty', (language) => {
    const catalogue = CATALOGUES[language]
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort())
    for (const key of keys) expect(catalogue[key].trim(), key).not.toBe('')
  })

  it.each(LANGUAGES)('%s uses the same placeholders as English in every message', (language) => {
    for (const key of keys) {
      expect(placeholders(CATALOGUES[language][key]).sort(), key).toEqual(placeholders(en[key]).sort())
    }
  })

  it.each(['fr', 'es'] as const)('%s translates every message that needs it', (language) => {
    const untranslated = keys.filter((key) => CATALOGUES[language][key] === en[key])
    expect(untranslated.sort()).toEqual([...SAME_AS_ENGLISH[language]].sort())
  })

  it('French puts a space before a colon or semicolon, as French typography wants', () => {
    for (const key of keys) expect(CATALOGUES.fr[key], key).not.toMatch(/[^\s][:;](?!\/)/)
  })

  it('uses the postal terms of each language for receptacle, dispatch and office of exchange', () => {
    expect(CATALOGUES.fr['kind.receptacle']).toBe('Récipient (S9)')
    expect(CATALOGUES.fr['kind.dispatch']).toBe('Dépêche (S8)')
    expect(CATALOGUES.fr['kind.office']).toBe("Bureau d'échange (IMPC)")
    expect(CATALOGUES.es['kind.receptacle']).toBe('Receptáculo (S9)')
    expect(CATALOGUES.es['kind.dispatch']).toBe('Despacho (S8)')
    expect(CATALOGUES.es['kind.office']).toBe('Oficina de cambio (IMPC)')
    expect(CATALOGUES.fr['bagging.current']).toBe('Récipient en cours')
    expect(CATALOGUES.fr['bagging.dispatch']).toBe('Dépêche')
    expect(CATALOGUES.es['bagging.current']).toBe('Receptáculo actual')
    expect(CATALOGUES.es['bagging.dispatch']).toBe('Despacho')
  })
})

describe('interpolate', () => {
  it('fills every placeholder, repeated ones included', () => {
    expect(interpolate('{a} and {b}, {a} again', { a: 'RB', b: 5 })).toBe('RB and 5, RB again')
  })

  it('leaves a placeholder without a value visible instead of blanking it', () => {
    expect(interpolate('serial {serial} needs {expected}', { serial: '12345678' })).toBe(
      'serial 12345678 needs {expected}',
    )
  })

  it('does not read values from the prototype chain', () => {
    expect(interpolate('{toString}', {})).toBe('{toString}')
  })

  it('translates with parameters in each language', () => {
    const params = { outcome: 'X' }
    expect(translator('en')('outcome.withWarnings', params)).toBe('X, with warnings')
    expect(translator('fr')('outcome.withWarnings', params)).toBe('X, avec avertissements')
    expect(translator('es')('outcome.withWarnings', params)).toBe('X, con advertencias')
  })
})

describe('pickLanguage', () => {
  it('takes the first preferred language the station speaks, regional variants included', () => {
    expect(pickLanguage(['fr-CA', 'en-US'])).toBe('fr')
    expect(pickLanguage(['de-DE', 'es-419', 'fr'])).toBe('es')
    expect(pickLanguage(['ES_es'])).toBe('es')
  })

  it('falls back to English', () => {
    expect(pickLanguage([])).toBe('en')
    expect(pickLanguage(['pt-BR', 'ar'])).toBe('en')
  })
})
