import { describe, expect, it } from 'vitest'
import { buildReceptacleId, parseReceptacleId } from '../../../src/core/ids/s9'
import type { ReceptacleFields } from '../../../src/core/ids/types'

// Real receptacle ids from an Algérie Poste IPS export (shared/reference/UPU.md §2.3).
const REAL: [string, ReceptacleFields][] = [
  [
    'USORDADZALGDAUN30050001900005',
    {
      origin: 'USORDA',
      destination: 'DZALGD',
      category: 'A',
      subclass: 'UN',
      mailClass: 'U',
      year: 3,
      dispatchNumber: 50,
      receptacleSerial: 1,
      highest: null,
      registered: false,
      weightKg: 0.5,
    },
  ],
  [
    'FRCDGADZALGDAUN40553006010061',
    {
      origin: 'FRCDGA',
      destination: 'DZALGD',
      category: 'A',
      subclass: 'UN',
      mailClass: 'U',
      year: 4,
      dispatchNumber: 553,
      receptacleSerial: 6,
      highest: false,
      registered: true,
      weightKg: 6.1,
    },
  ],
  [
    'AEDXBADZAAEDACN45001001100219',
    {
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
    },
  ],
]

describe('parseReceptacleId', () => {
  it.each(REAL)('reads %s', (id, fields) => {
    expect(parseReceptacleId(id)).toEqual({ fields, errors: [], warnings: [] })
  })

  it('gives weights exact to one decimal', () => {
    const weight = (w: string) => parseReceptacleId(`FRCDGADZALGDAUN4055300601${w}`).fields
    expect(weight('0219')).toMatchObject({ weightKg: 21.9 })
    expect(weight('0001')).toMatchObject({ weightKg: 0.1 })
    expect(weight('0003')).toMatchObject({ weightKg: 0.3 })
    expect(weight('9998')).toMatchObject({ weightKg: 999.8 })
    expect(JSON.stringify(weight('0007'))).toContain('"weightKg":0.7')
  })

  it('rejects receptacle number 000', () => {
    const reading = parseReceptacleId('FRCDGADZALGDAUN40553000010061')
    expect(reading.errors.map((e) => e.code)).toEqual(['receptacle_serial_zero'])
    expect(reading.errors[0]?.message).toContain('positions 21–23')
    expect(reading.fields).toMatchObject({ receptacleSerial: 0 })
  })

  it('rejects indicators other than 0, 1 and 9, saying which one and where', () => {
    const reading = parseReceptacleId('FRCDGADZALGDAUN40553006250061')
    expect(reading.errors.map((e) => [e.code, e.params?.indicator])).toEqual([
      ['indicator', 'highest'],
      ['indicator', 'registered'],
    ])
    expect(reading.errors[0]?.message).toContain('position 24')
    expect(reading.errors[0]?.message).toContain('2')
    expect(reading.errors[1]?.message).toContain('position 25')
    expect(reading.fields).toMatchObject({ highest: null, registered: null })
  })

  it('warns that 9999 means heavier than 999.8 kg', () => {
    const reading = parseReceptacleId('FRCDGADZALGDAUN40553006019999')
    expect(reading.errors).toEqual([])
    expect(reading.warnings.map((w) => w.code)).toEqual(['weight_unknown_heavy'])
    expect(reading.warnings[0]?.message).toContain('999.8 kg')
  })

  it('warns about a zero weight', () => {
    expect(parseReceptacleId('FRCDGADZALGDAUN40553006010000').warnings.map((w) => w.code)).toEqual([
      'weight_zero',
    ])
  })

  it('carries the dispatch part errors and warnings', () => {
    const reading = parseReceptacleId('FRCDGAXXALGDFUN40000000010061')
    expect(reading.errors.map((e) => e.code)).toEqual([
      'unknown_category',
      'dispatch_number_zero',
      'receptacle_serial_zero',
    ])
    expect(reading.warnings.map((w) => w.code)).toEqual(['unknown_country', 'unknown_office'])
  })

  it('points at a letter in the weight', () => {
    const reading = parseReceptacleId('FRCDGADZALGDAUN4055300601OO61')
    expect(reading.fields).toEqual({})
    expect(reading.errors.map((e) => e.params?.position)).toEqual([26, 27])
  })
})

describe('buildReceptacleId', () => {
  it.each(REAL)('builds %s from its fields', (id, fields) => {
    expect(buildReceptacleId(fields)).toBe(id)
  })

  it('rounds the weight to 0.1 kg and caps it at 9999', () => {
    const parts = { ...REAL[1]![1], weightKg: 21.94 }
    expect(buildReceptacleId(parts).slice(25)).toBe('0219')
    expect(buildReceptacleId({ ...parts, weightKg: 21.96 }).slice(25)).toBe('0220')
    expect(buildReceptacleId({ ...parts, weightKg: 1200 }).slice(25)).toBe('9999')
  })

  it('throws on parts no receptacle can have', () => {
    const parts = REAL[1]![1]
    expect(() => buildReceptacleId({ ...parts, receptacleSerial: 0 })).toThrow(RangeError)
    expect(() => buildReceptacleId({ ...parts, receptacleSerial: 1000 })).toThrow(RangeError)
    expect(() => buildReceptacleId({ ...parts, weightKg: -1 })).toThrow(RangeError)
    expect(() => buildReceptacleId({ ...parts, weightKg: Number.NaN })).toThrow(RangeError)
    expect(() => buildReceptacleId({ ...parts, category: 'Z' })).toThrow(RangeError)
  })
})
