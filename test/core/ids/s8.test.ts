import { describe, expect, it } from 'vitest'
import { buildDispatchId, parseDispatchId } from '../../../src/core/ids/s8'

describe('parseDispatchId', () => {
  // The first 20 characters of real receptacle ids from an Algérie Poste IPS export.
  it.each([
    ['USORDADZALGDAUN30050', 'USORDA', 'DZALGD', 'A', 'UN', 'U', 3, 50],
    ['FRCDGADZALGDAUN40553', 'FRCDGA', 'DZALGD', 'A', 'UN', 'U', 4, 553],
    ['AEDXBADZAAEDACN45001', 'AEDXBA', 'DZAAED', 'A', 'CN', 'C', 4, 5001],
  ])('reads %s', (id, origin, destination, category, subclass, mailClass, year, dispatchNumber) => {
    expect(parseDispatchId(id)).toEqual({
      fields: { origin, destination, category, subclass, mailClass, year, dispatchNumber },
      errors: [],
      warnings: [],
    })
  })

  it('rejects a category outside A–D with its own error and still reads the dispatch', () => {
    const reading = parseDispatchId('FRCDGADZALGDEUN40553')
    expect(reading.errors.map((e) => e.code)).toEqual(['unknown_category'])
    expect(reading.errors[0]?.message).toContain('E')
    expect(reading.errors[0]?.message).toContain('position 13')
    expect(reading.fields).toMatchObject({ category: 'E', dispatchNumber: 553 })
  })

  it('rejects dispatch number 0000', () => {
    const reading = parseDispatchId('FRCDGADZALGDAUN40000')
    expect(reading.errors.map((e) => e.code)).toEqual(['dispatch_number_zero'])
    expect(reading.errors[0]?.message).toContain('positions 17–20')
  })

  it('points at a letter in the dispatch number', () => {
    const reading = parseDispatchId('FRCDGADZALGDAUN4055O')
    expect(reading.fields).toEqual({})
    expect(reading.errors).toEqual([
      expect.objectContaining({
        code: 'characters',
        params: expect.objectContaining({ char: 'O', position: 20 }),
      }),
    ])
  })

  it('warns about offices outside the IMPC list, origin and destination both', () => {
    const reading = parseDispatchId('FRXXXADEXXXBAUN40553')
    expect(reading.errors).toEqual([])
    expect(reading.warnings.map((w) => [w.code, w.params?.role])).toEqual([
      ['unknown_office', 'origin'],
      ['unknown_office', 'destination'],
    ])
    expect(reading.warnings[0]?.message).toContain('FRXXXA')
    expect(reading.warnings[1]?.message).toContain('DEXXXB')
  })

  it('warns when an office does not start with an ISO country', () => {
    const reading = parseDispatchId('ZZORDADZALGDAUN30050')
    expect(reading.warnings.map((w) => w.code)).toEqual(['unknown_country', 'unknown_office'])
    expect(reading.warnings[0]?.message).toContain('ZZ')
  })

  it('warns about a subclass missing from code list 117', () => {
    const reading = parseDispatchId('USORDADZALGDAQQ30050')
    expect(reading.warnings.map((w) => w.code)).toEqual(['unknown_subclass'])
    expect(reading.warnings[0]?.message).toContain('QQ')
  })

  it('warns when origin and destination are the same office', () => {
    expect(parseDispatchId('FRCDGAFRCDGAAUN40553').warnings.map((w) => w.code)).toEqual(['same_office'])
  })
})

describe('buildDispatchId', () => {
  it('builds the real dispatch ids', () => {
    expect(
      buildDispatchId({
        origin: 'AEDXBA',
        destination: 'DZAAED',
        category: 'A',
        subclass: 'CN',
        year: 4,
        dispatchNumber: 5001,
      }),
    ).toBe('AEDXBADZAAEDACN45001')
    expect(
      buildDispatchId({
        origin: 'USORDA',
        destination: 'DZALGD',
        category: 'A',
        subclass: 'UN',
        year: 3,
        dispatchNumber: 50,
      }),
    ).toBe('USORDADZALGDAUN30050')
  })

  it.each([
    { origin: 'USORD', destination: 'DZALGD', category: 'A', subclass: 'UN', year: 3, dispatchNumber: 50 },
    { origin: 'USORDA', destination: 'DZALGD', category: 'E', subclass: 'UN', year: 3, dispatchNumber: 50 },
    { origin: 'USORDA', destination: 'DZALGD', category: 'A', subclass: 'U', year: 3, dispatchNumber: 50 },
    {
      origin: 'USORDA',
      destination: 'DZALGD',
      category: 'A',
      subclass: 'UN',
      year: 2024,
      dispatchNumber: 50,
    },
    { origin: 'USORDA', destination: 'DZALGD', category: 'A', subclass: 'UN', year: 3, dispatchNumber: 0 },
    {
      origin: 'USORDA',
      destination: 'DZALGD',
      category: 'A',
      subclass: 'UN',
      year: 3,
      dispatchNumber: 10000,
    },
    { origin: 'USORDA', destination: 'DZALGD', category: 'A', subclass: 'UN', year: 3, dispatchNumber: 1.5 },
  ])('throws on parts no dispatch can have: %o', (parts) => {
    expect(() => buildDispatchId(parts)).toThrow(RangeError)
  })
})
