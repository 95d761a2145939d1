import { describe, expect, it } from 'vitest'
import {
  EMPTY_DRAFT,
  localIsoWithOffset,
  normalizeCode,
  transportLeg,
  type ConsignDraft,
  type OffsetOf,
} from '../../../src/renderer/dispatch/consignForm'

/** Paris: UTC+1 in winter, UTC+2 from the last Sunday of March (getTimezoneOffset says minus that). */
const paris: OffsetOf = (at) => (at.getMonth() >= 3 && at.getMonth() <= 9 ? -120 : -60)
const newYork: OffsetOf = () => 300
const kathmandu: OffsetOf = () => -345

const draft = (over: Partial<ConsignDraft> = {}): ConsignDraft => ({
  ...EMPTY_DRAFT,
  carrier: 'af',
  number: 'AF 1146',
  from: 'cdg',
  to: 'gva',
  departure: '2026-01-14T22:10',
  ...over,
})

describe('a time typed on the station’s clock, sent with its offset', () => {
  it('adds the offset the clock had on that day, summer time included', () => {
    expect(localIsoWithOffset('2026-01-14T22:10', paris)).toBe('2026-01-14T22:10:00+01:00')
    expect(localIsoWithOffset('2026-07-14T06:05', paris)).toBe('2026-07-14T06:05:00+02:00')
    expect(localIsoWithOffset('2026-07-14T06:05:30', newYork)).toBe('2026-07-14T06:05:30-05:00')
    expect(localIsoWithOffset('2026-07-14T06:05', kathmandu)).toBe('2026-07-14T06:05:00+05:45')
    expect(localIsoWithOffset('2026-07-14T06:05', () => 0)).toBe('2026-07-14T06:05:00+00:00')
  })

  it('refuses what is not a time: a typo, 30 February, an empty field', () => {
    expect(localIsoWithOffset('2026-02-30T10:00', paris)).toBeNull()
    expect(localIsoWithOffset('14/01/2026 22:10', paris)).toBeNull()
    expect(localIsoWithOffset('2026-01-14T25:10', paris)).toBeNull()
    expect(localIsoWithOffset('', paris)).toBeNull()
  })

  it('uses the browser’s own clock when no offset is given', () => {
    const iso = localIsoWithOffset('2026-01-14T22:10')
    expect(iso).toMatch(/^2026-01-14T22:10:00[+-]\d\d:\d\d$/)
    // The same instant as the browser reads the local time.
    expect(Date.parse(iso!)).toBe(new Date(2026, 0, 14, 22, 10).getTime())
  })
})

describe('the consignment form as a transport leg', () => {
  it('makes one leg in the contract’s shape, codes cleaned up as people copy them', () => {
    expect(transportLeg(draft({ arrival: '2026-01-14T23:25' }), paris)).toEqual({
      ok: true,
      carrier: 'AF',
      leg: {
        carrier: 'AF',
        number: 'AF1146',
        from: 'CDG',
        to: 'GVA',
        departure: '2026-01-14T22:10:00+01:00',
        arrival: '2026-01-14T23:25:00+01:00',
        mode: '4',
      },
    })
    expect(normalizeCode(' fr cdga ')).toBe('FRCDGA')
  })

  it('leaves the arrival out when not known', () => {
    const check = transportLeg(draft({ mode: '3', from: 'FRCDGA', to: 'CHGVAA' }), paris)
    expect(check.ok && check.leg).toMatchObject({ arrival: null, mode: '3', from: 'FRCDGA', to: 'CHGVAA' })
  })

  it('names every field to fix, in the order of the form', () => {
    expect(transportLeg({ ...EMPTY_DRAFT }, paris)).toEqual({
      ok: false,
      invalid: ['carrier', 'number', 'from', 'to', 'departure'],
    })
    expect(transportLeg(draft({ carrier: 'AIRF', to: 'CDG', arrival: '2026-01-14T21:00' }), paris)).toEqual({
      ok: false,
      invalid: ['carrier', 'to', 'arrival'],
    })
    expect(transportLeg(draft({ from: 'CDGX' }), paris)).toEqual({ ok: false, invalid: ['from'] })
  })
})
