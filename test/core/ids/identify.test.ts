import { describe, expect, it } from 'vitest'
import { identify } from '../../../src/core/ids'

const KEYS = ['input', 'normalized', 'kind', 'valid', 'errors', 'warnings', 'fields', 'symbology']

describe('identify: real identifiers', () => {
  it('returns the whole identification of a scanned item, exactly', () => {
    expect(identify(']C0RB123456785GB\r\n')).toStrictEqual({
      input: ']C0RB123456785GB\r\n',
      normalized: 'RB123456785GB',
      kind: 'item',
      valid: true,
      errors: [],
      warnings: [],
      fields: {
        serviceIndicator: 'RB',
        service: 'Letter post, registered',
        serial: '12345678',
        checkDigit: 5,
        country: 'GB',
      },
      symbology: ']C0',
    })
  })

  it.each([
    'RB123456785GB',
    'RR473124829GB',
    'RR000164273KH',
    'CP987654326CH',
    'EE204815390TZ',
    'RB302716445UY',
  ])('%s is a valid item', (id) => {
    const result = identify(id)
    expect(result).toMatchObject({ kind: 'item', valid: true, errors: [], warnings: [], normalized: id })
    expect(Object.keys(result)).toEqual(KEYS)
    expect(Object.keys(result.fields).sort()).toEqual(
      ['checkDigit', 'country', 'serial', 'service', 'serviceIndicator'].sort(),
    )
  })

  it.each([
    ' rb 123 456 785 gb\r\n',
    ']C0RB123456785GB',
    'RB-123-456-785-GB',
    'RB\t123456785\tGB',
    'rb123456785gb',
  ])('reads %j as RB123456785GB', (raw) => {
    const result = identify(raw)
    expect(result).toMatchObject({ input: raw, normalized: 'RB123456785GB', kind: 'item', valid: true })
  })

  it('reads a real receptacle id with exactly the receptacle keys', () => {
    const result = identify('AEDXBADZAAEDACN45001001100219')
    expect(result).toMatchObject({
      kind: 'receptacle',
      valid: true,
      errors: [],
      warnings: [],
      symbology: null,
    })
    expect(result.fields).toStrictEqual({
      origin: 'AEDXBA',
      destination: 'DZAAED',
      category: 'A',
      subclass: 'CN',
      mailClass: 'C',
      year: 4,
      dispatchNumber: 5001,
      receptacleSerial: 1,
      highest: true,
      registered: false,
      weightKg: 21.9,
    })
  })

  it.each(['USORDADZALGDAUN30050', 'FRCDGADZALGDAUN40553', 'AEDXBADZAAEDACN45001'])(
    '%s is a valid dispatch',
    (id) => {
      const result = identify(id)
      expect(result).toMatchObject({ kind: 'dispatch', valid: true, errors: [], warnings: [] })
      expect(Object.keys(result.fields).sort()).toEqual(
        ['category', 'destination', 'dispatchNumber', 'mailClass', 'origin', 'subclass', 'year'].sort(),
      )
    },
  )

  it.each(['CHZRHB', 'FRCDGA', 'USJFKA', 'GBTYFA', 'PELIMV', 'KHPNHA', 'ecuioa'])(
    '%s is a known office',
    (code) => {
      const result = identify(code)
      expect(result).toMatchObject({ kind: 'office', valid: true, errors: [], warnings: [] })
      expect(result.fields).toMatchObject({ name: expect.any(String) })
    },
  )
})

describe('identify: every error code', () => {
  it.each([
    ['', 'unknown', 'empty', 'empty'],
    [' \r\n', 'unknown', 'empty', 'empty'],
    ['HELLO', 'unknown', 'length', '5 characters'],
    ['RB12345678GB', 'item', 'length', '12'],
    ['USORDADZALGDAUN3005000190000', 'receptacle', 'length', '28'],
    ['USORDADZALGDAUN3005', 'dispatch', 'length', '19'],
    ['RB12345678SGB', 'item', 'characters', 'position 11'],
    ['RR473124823GB', 'item', 'check_digit', '47312482 requires 9'],
    ['FRCDGADZALGDEUN40553006010061', 'receptacle', 'unknown_category', 'position 13'],
    ['FRCDGADZALGDAUN40553000010061', 'receptacle', 'receptacle_serial_zero', '000'],
    ['FRCDGADZALGDAUN40000', 'dispatch', 'dispatch_number_zero', '0000'],
    ['FRCDGADZALGDAUN40553006710061', 'receptacle', 'indicator', 'position 24'],
    ['4006381333931', 'unknown', 'unrecognized', '13 characters'],
  ])('%j → %s with %s', (raw, kind, code, fragment) => {
    const result = identify(raw)
    expect(result.kind).toBe(kind)
    expect(result.valid).toBe(false)
    expect(result.errors.map((e) => e.code)).toContain(code)
    expect(result.errors.find((e) => e.code === code)?.message).toContain(fragment)
  })

  it('gives no fields for a kind it cannot read', () => {
    expect(identify('HELLO').fields).toStrictEqual({})
    expect(identify('').fields).toStrictEqual({})
    expect(identify('RB12345678GB').fields).toStrictEqual({})
  })

  it('lists the expected lengths when nothing fits', () => {
    const message = identify('HELLO').errors[0]?.message ?? ''
    for (const part of ['13', '20', '29', '6']) expect(message).toContain(part)
  })

  it('points at stray characters in an otherwise well-formed identifier', () => {
    const result = identify('RB12345678.5GB')
    expect(result).toMatchObject({ kind: 'item', valid: false, fields: {} })
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'characters', params: { char: '.', position: 11 } }),
    ])
    expect(result.errors[0]?.message).toContain("'.' at position 11")
    expect(identify('*USORDADZALGDAUN30050001900005*').errors.map((e) => e.params?.position)).toEqual([1, 31])
  })

  it('says when a scan held only a symbology prefix', () => {
    expect(identify(']C0').errors[0]?.message).toContain(']C0')
  })

  it('still reads the fields when the check digit is wrong', () => {
    expect(identify('RR473124823GB').fields).toMatchObject({ serial: '47312482', checkDigit: 3 })
  })
})

describe('identify: every warning code', () => {
  it.each([
    ['NA123456785GB', 'item', 'service_reserved'],
    ['FA123456785GB', 'item', 'service_unassigned'],
    ['KA123456785GB', 'item', 'service_not_assignable'],
    ['RB123456785XX', 'item', 'unknown_country'],
    ['DEHAMZ', 'office', 'unknown_office'],
    ['XXORDADZALGDAUN30050', 'dispatch', 'unknown_country'],
    ['USORDADEHAMZAUN30050', 'dispatch', 'unknown_office'],
    ['USORDADZALGDAZZ30050', 'dispatch', 'unknown_subclass'],
    ['FRCDGADZALGDAUN40553006019999', 'receptacle', 'weight_unknown_heavy'],
    ['FRCDGADZALGDAUN40553006010000', 'receptacle', 'weight_zero'],
    ['FRCDGAFRCDGAAUN40553', 'dispatch', 'same_office'],
  ])('%s → %s, valid, warning %s', (raw, kind, code) => {
    const result = identify(raw)
    expect(result).toMatchObject({ kind, valid: true, errors: [] })
    expect(result.warnings.map((w) => w.code)).toContain(code)
  })

  it('checks the destination office as well as the origin', () => {
    const result = identify('USORDAQQALGDAUN30050001900005')
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'unknown_country',
        params: expect.objectContaining({ role: 'destination' }),
      }),
      expect.objectContaining({
        code: 'unknown_office',
        params: expect.objectContaining({ role: 'destination' }),
      }),
    ])
  })
})

describe('identify: which kind', () => {
  it.each([
    ['RB12345678GB', 'item'],
    ['RB1234567855GB', 'item'],
    ['R123456785GB', 'item'],
    ['RB12345678OGB', 'item'],
    ['USORDADZALGDAUN300500019000051', 'receptacle'],
    ['USORDADZALGDAUN300', 'dispatch'],
    ['CHZRH1', 'office'],
    ['HELLO', 'unknown'],
    ['HELLOS', 'office'],
    ['123456', 'unknown'],
    ['4006381333931', 'unknown'],
    ['HELLOWORLD123', 'unknown'],
    ['12345678901234567890', 'unknown'],
    ['RB123456785GB/', 'item'],
    ['*RB123456785GB*', 'item'],
    ['RB/123/456/785/GB', 'item'],
    ['RB1234567855GB/', 'unknown'],
  ])('%s is read as %s', (raw, kind) => {
    expect(identify(raw).kind).toBe(kind)
  })
})
