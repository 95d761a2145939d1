import { describe, expect, it } from 'vitest'
import { parseOfficeCode } from '../../../src/core/ids/impc'

describe('parseOfficeCode', () => {
  it.each([
    ['CHZRHB', 'CH', 'ZRH', 'Zurich 1'],
    ['FRCDGA', 'FR', 'CDG', 'Roissy courrier international'],
    ['USORDA', 'US', 'ORD', 'ISC Chicago'],
    ['TZDARA', 'TZ', 'DAR', 'Dar es Salaam'],
    ['UYMVDB', 'UY', 'MVD', 'Montevideo cambio aéreo'],
    ['GBTYFA', 'GB', 'TYF', 'Twyford empty bag depot'],
    ['DZAAED', 'DZ', 'AAE', null],
  ])('reads %s', (code, country, location, name) => {
    expect(parseOfficeCode(code)).toEqual({ fields: { country, location, name }, errors: [], warnings: [] })
  })

  it('reads an office outside the list but warns', () => {
    const reading = parseOfficeCode('DEHAMZ')
    expect(reading.fields).toEqual({ country: 'DE', location: 'HAM', name: null })
    expect(reading.errors).toEqual([])
    expect(reading.warnings).toEqual([
      expect.objectContaining({ code: 'unknown_office', params: { office: 'DEHAMZ' } }),
    ])
  })

  it('warns when the first two letters are not a country', () => {
    expect(parseOfficeCode('UKLHRA').warnings.map((w) => w.code)).toEqual([
      'unknown_country',
      'unknown_office',
    ])
  })

  it('points at a digit', () => {
    const reading = parseOfficeCode('CHZRH1')
    expect(reading.fields).toEqual({})
    expect(reading.errors).toEqual([
      expect.objectContaining({
        code: 'characters',
        params: expect.objectContaining({ char: '1', position: 6 }),
      }),
    ])
  })
})
