import { describe, expect, it } from 'vitest'
import { normalizeCode } from '../../../src/core/ids/normalize'

describe('normalizeCode', () => {
  it.each([
    ['RB123456785GB', 'RB123456785GB', null],
    [' rb 123 456 785 gb\r\n', 'RB123456785GB', null],
    ['RB-123-456-785-GB', 'RB123456785GB', null],
    ['\tRB\t123456785\tGB\t', 'RB123456785GB', null],
    ['RB 123 456 785 GB\u00a0', 'RB123456785GB', null],
    ['\0RB123456785GB\0\r\n', 'RB123456785GB', null],
    [']C0RB123456785GB', 'RB123456785GB', ']C0'],
    [']C0RB123456785GB\r', 'RB123456785GB', ']C0'],
    ['  ]C0RB123456785GB', 'RB123456785GB', ']C0'],
    [']E04006381333931', '4006381333931', ']E0'],
    [']d2RR473124829GB', 'RR473124829GB', ']d2'],
    [']Q1usordadzalgdaun30050001900005', 'USORDADZALGDAUN30050001900005', ']Q1'],
  ])('reads %j as %s', (raw, normalized, symbology) => {
    expect(normalizeCode(raw)).toEqual({ normalized, symbology })
  })

  it('leaves characters that are not whitespace or hyphens in place, so the check can point at them', () => {
    expect(normalizeCode('RB12345678.5GB').normalized).toBe('RB12345678.5GB')
    expect(normalizeCode('RB1234\u00005678 5GB').normalized).toBe('RB1234\u000056785GB')
    expect(normalizeCode('RB123456785GB/').normalized).toBe('RB123456785GB/')
    // Only ASCII is upper-cased: a dotless ı must not become a valid I.
    expect(normalizeCode('rbı').normalized).toBe('RBı')
  })

  it('keeps a bracket that is not an AIM prefix', () => {
    expect(normalizeCode(']C').normalized).toBe(']C')
    expect(normalizeCode('RB]C0').normalized).toBe('RB]C0')
  })

  it('returns an empty string for blank input', () => {
    expect(normalizeCode('')).toEqual({ normalized: '', symbology: null })
    expect(normalizeCode(' \r\n\t ')).toEqual({ normalized: '', symbology: null })
    expect(normalizeCode(']C0\r\n')).toEqual({ normalized: '', symbology: ']C0' })
  })

  it('reports the outer prefix when a scanner chain stacked two', () => {
    expect(normalizeCode(']C0]E0RB123456785GB')).toEqual({ normalized: 'RB123456785GB', symbology: ']C0' })
  })
})
