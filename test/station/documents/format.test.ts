import { describe, expect, it } from 'vitest'
import { formatCount, formatLocalTime, formatTenths, instantOf } from '../../../src/station/documents/format'
import { dispatchTotals } from '../../../src/station/documents/totals'
import { dispatchData } from './dispatch'

describe('document formats', () => {
  it('shows a time in the office offset, not the printing machine one', () => {
    expect(formatLocalTime('2025-03-14T18:05:00+01:00')).toBe('2025-03-14 18:05 UTC+01:00')
    expect(formatLocalTime('2025-03-14T17:05:30.250Z')).toBe('2025-03-14 17:05 UTC')
    expect(formatLocalTime('2025-07-01T06:00-0430')).toBe('2025-07-01 06:00 UTC-04:30')
    expect(formatLocalTime('tomorrow morning')).toBe('tomorrow morning')
  })

  it('takes the closing instant only from an ISO date-time with offset', () => {
    expect(instantOf('2025-03-14T18:05:00+01:00').toISOString()).toBe('2025-03-14T17:05:00.000Z')
    expect(() => instantOf('2025-03-14T18:05:00')).toThrow(RangeError)
    expect(() => instantOf('2025-02-30T18:05:00Z')).not.toThrow()
    expect(() => instantOf('14/03/2025')).toThrow(RangeError)
  })

  it('writes weights in kilograms with one decimal and counts with spaced thousands', () => {
    expect(formatTenths(11750)).toBe('1 175.0')
    expect(formatTenths(5)).toBe('0.5')
    expect(formatCount(20000)).toBe('20 000')
    expect(formatCount(999)).toBe('999')
  })

  it('counts registered receptacles apart, with totals that add up to the printed lines', () => {
    const data = dispatchData({ receptacles: 3 })
    data.receptacles = [
      { ...data.receptacles[0]!, weightKg: 2.04, registered: true },
      { ...data.receptacles[1]!, weightKg: 2.04, registered: false },
      { ...data.receptacles[2]!, weightKg: 2.04, registered: false },
    ]
    const totals = dispatchTotals(data)
    expect(totals.registered).toEqual({ count: 1, tenths: 20 })
    expect(totals.ordinary).toEqual({ count: 2, tenths: 40 })
    // 3 × 2.0 as printed, not 6.1 from 6.12 kg.
    expect(totals.all).toEqual({ count: 3, tenths: 60 })
    expect(totals.items).toBe(240)
  })
})
