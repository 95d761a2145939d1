import { describe, expect, it } from 'vitest'
import { formatS10, parseItemId, s10CheckDigit } from '../../../src/core/ids/s10'

describe('s10CheckDigit', () => {
  it.each([
    ['12345678', 5], // RB123456785GB
    ['47312482', 9], // RR473124829GB
    ['00016427', 3], // RR000164273KH, a 1996 Cambodian registered cover
    ['98765432', 6], // CP987654326CH
    ['20481539', 0], // EE204815390TZ: 11 − r = 10 becomes 0
    ['30271644', 5], // RB302716445UY: 11 − r = 11 becomes 5
  ])('serial %s has check digit %i', (serial, digit) => {
    expect(s10CheckDigit(serial)).toBe(digit)
  })

  it('refuses anything but 8 digits, since that is a bug in the caller', () => {
    expect(() => s10CheckDigit('1234567')).toThrow(RangeError)
    expect(() => s10CheckDigit('1234567X')).toThrow(RangeError)
  })
})

describe('formatS10', () => {
  it('builds published identifiers', () => {
    expect(formatS10('RB', '12345678', 'GB')).toBe('RB123456785GB')
    expect(formatS10('EE', '20481539', 'TZ')).toBe('EE204815390TZ')
    expect(formatS10('RB', '30271644', 'UY')).toBe('RB302716445UY')
  })

  it('throws on malformed parts', () => {
    expect(() => formatS10('R', '12345678', 'GB')).toThrow(RangeError)
    expect(() => formatS10('RB', '12345678', 'gb')).toThrow(RangeError)
    expect(() => formatS10('RB', '123456789', 'GB')).toThrow(RangeError)
  })
})

describe('parseItemId', () => {
  it.each([
    ['RB123456785GB', 'RB', 'Letter post, registered', '12345678', 5, 'GB'],
    ['RR473124829GB', 'RR', 'Letter post, registered', '47312482', 9, 'GB'],
    ['RR000164273KH', 'RR', 'Letter post, registered', '00016427', 3, 'KH'],
    ['CP987654326CH', 'CP', 'Parcel post', '98765432', 6, 'CH'],
    ['EE204815390TZ', 'EE', 'EMS', '20481539', 0, 'TZ'],
    ['RB302716445UY', 'RB', 'Letter post, registered', '30271644', 5, 'UY'],
  ])('reads %s', (id, serviceIndicator, service, serial, checkDigit, country) => {
    expect(parseItemId(id)).toEqual({
      fields: { serviceIndicator, service, serial, checkDigit, country },
      errors: [],
      warnings: [],
    })
  })

  it('still gives the fields, with the digit as printed, when the check digit is wrong', () => {
    const reading = parseItemId('RR473124823GB')
    expect(reading.fields).toEqual({
      serviceIndicator: 'RR',
      service: 'Letter post, registered',
      serial: '47312482',
      checkDigit: 3,
      country: 'GB',
    })
    expect(reading.errors).toEqual([
      {
        code: 'check_digit',
        message: 'Check digit is 3 but the serial 47312482 requires 9.',
        params: { checkDigit: 3, expected: 9, serial: '47312482', position: 11 },
      },
    ])
  })

  it('names the character and its position when one does not fit', () => {
    const reading = parseItemId('RB12345678SGB')
    expect(reading.fields).toEqual({})
    expect(reading.errors).toHaveLength(1)
    expect(reading.errors[0]?.code).toBe('characters')
    expect(reading.errors[0]?.message).toContain("'S'")
    expect(reading.errors[0]?.message).toContain('position 11')
    expect(reading.errors[0]?.message).toContain('check digit')
    expect(reading.errors[0]?.params).toMatchObject({ char: 'S', position: 11 })
  })

  it('shows invisible characters by code point', () => {
    const reading = parseItemId('RB1234\u00005678GB')
    expect(reading.errors[0]?.message).toContain('U+0000')
    expect(reading.errors[0]?.message).toContain('position 7')
  })

  it.each([
    ['NA123456785GB', 'service_reserved'],
    ['ZZ123456785GB', 'service_reserved'],
    ['FA123456785GB', 'service_unassigned'],
    ['QN123456785GB', 'service_unassigned'],
    ['JJ123456785GB', 'service_not_assignable'],
    ['WA123456785GB', 'service_not_assignable'],
  ])('%s warns %s and has no service meaning', (id, code) => {
    const reading = parseItemId(id)
    expect(reading.errors).toEqual([])
    expect(reading.warnings.map((w) => w.code)).toEqual([code])
    expect(reading.warnings[0]?.message).toContain(id.slice(0, 2))
    expect(reading.fields).toMatchObject({ service: null })
  })

  it('gives the meaning of newer and narrower ranges', () => {
    expect(parseItemId(formatS10('HA', '12345678', 'CN')).fields).toMatchObject({
      service: 'E-commerce parcels',
    })
    expect(parseItemId(formatS10('QM', '12345678', 'FR')).fields).toMatchObject({
      service: 'International Business Reply Service (IBRS)',
    })
  })

  it('warns when the country is not an ISO code', () => {
    const reading = parseItemId('RB123456785XX')
    expect(reading.errors).toEqual([])
    expect(reading.warnings).toHaveLength(1)
    expect(reading.warnings[0]).toMatchObject({ code: 'unknown_country', params: { country: 'XX' } })
    expect(reading.warnings[0]?.message).toContain('XX')
    // UK is the common mistake for GB.
    expect(parseItemId('RB123456785UK').warnings.map((w) => w.code)).toEqual(['unknown_country'])
  })

  it('reports a wrong length instead of reading a shifted identifier', () => {
    const reading = parseItemId('RB12345678GB')
    expect(reading.fields).toEqual({})
    expect(reading.errors).toEqual([
      expect.objectContaining({ code: 'length', params: { length: 12, expected: 13 } }),
    ])
  })
})
