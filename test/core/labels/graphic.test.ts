import { describe, expect, it } from 'vitest'
import { assertGraphic } from '../../../src/core/labels/graphic'
import { blackBar } from './fixtures'

describe('assertGraphic', () => {
  it('accepts hex, ACS and Z64 payloads with consistent sizes', () => {
    expect(() => assertGraphic(blackBar(100, 20), 'logo')).not.toThrow()
    const z64 = { width: 16, height: 2, rowBytes: 2, totalBytes: 4, data: ':Z64:eJxjYGBgAAAABAAB:1c2f' }
    expect(() => assertGraphic(z64, 'logo')).not.toThrow()
    expect(() => assertGraphic({ ...z64, data: 'FFFF0000' }, 'logo')).not.toThrow()
  })

  it('refuses payloads that could carry commands into the printer', () => {
    for (const data of ['FF^XZ', 'FF~JA', 'FF\nFF', 'FF FF']) {
      expect(() => assertGraphic({ ...blackBar(16, 2), data }, 'logo')).toThrow(/data may hold only/)
    }
  })

  it('refuses byte counts that would make the printer read the next commands as image data', () => {
    expect(() => assertGraphic({ ...blackBar(16, 2), totalBytes: 40 }, 'logo')).toThrow(/totalBytes/)
    expect(() => assertGraphic({ ...blackBar(16, 2), width: 17 }, 'logo')).toThrow(/does not fit/)
    expect(() => assertGraphic({ ...blackBar(16, 2), height: 0, totalBytes: 0 }, 'logo')).toThrow(/positive/)
  })
})
