import { describe, expect, it } from 'vitest'
import { itemCount } from '../../../src/renderer/bagging/itemCount'
import { translator } from '../../../src/renderer/i18n/languages'

describe('itemCount', () => {
  it('follows each language’s plural rule', () => {
    const en = translator('en')
    expect([0, 1, 2].map((n) => itemCount(n, 'en', en))).toEqual(['0 items', '1 item', '2 items'])
    // French counts zero as singular.
    const fr = translator('fr')
    expect([0, 1, 2].map((n) => itemCount(n, 'fr', fr))).toEqual(['0 envoi', '1 envoi', '2 envois'])
    const es = translator('es')
    expect([0, 1, 2].map((n) => itemCount(n, 'es', es))).toEqual(['0 envíos', '1 envío', '2 envíos'])
  })
})
