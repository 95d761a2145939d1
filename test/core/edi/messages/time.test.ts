// DTM ⇄ ISO 8601: local time and offset survive exactly; impossible dates are named.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dtmValue, readDtmValue } from '../../../../src/core/edi/messages/time'
import { isoTime } from './arbitraries'

describe('DTM times', () => {
  it('writes local time then the basic-format offset', () => {
    expect(dtmValue('2026-03-14T10:30:00+01:00')).toBe('20260314103000+0100')
    expect(dtmValue('2026-03-14T10:30:05-03:30')).toBe('20260314103005-0330')
    expect(dtmValue('2026-03-14T10:30:00Z')).toBe('20260314103000Z')
    expect(dtmValue('2026-03-14T10:30:00-00:00')).toBe('20260314103000-0000')
  })

  it('gives back the same ISO string for any valid time', () => {
    fc.assert(
      fc.property(isoTime, (iso) => {
        expect(readDtmValue(dtmValue(iso), '304')).toEqual({ iso })
      }),
    )
  })

  it('reads format 303 (no seconds) and ±hh offsets', () => {
    expect(readDtmValue('202603141030+01', '303')).toEqual({ iso: '2026-03-14T10:30:00+01:00' })
    expect(readDtmValue('202603141030-0545', '303')).toEqual({ iso: '2026-03-14T10:30:00-05:45' })
    expect(readDtmValue('20260314103000+01', '304')).toEqual({ iso: '2026-03-14T10:30:00+01:00' })
  })

  it('knows leap years', () => {
    expect(readDtmValue('20240229000000Z', '304')).toEqual({ iso: '2024-02-29T00:00:00Z' })
    expect(readDtmValue('20000229000000Z', '304')).toEqual({ iso: '2000-02-29T00:00:00Z' })
    expect(readDtmValue('21000229000000Z', '304')).toMatchObject({ error: expect.stringMatching(/day 29/) })
  })

  it.each([
    ['20261314103000+0100', /month 13/],
    ['20260431103000+0100', /day 31/],
    ['20260314240000+0100', /hour 24/],
    ['20260314106000+0100', /minute 60/],
    ['20260314103060+0100', /second 60/],
    ['20260314103000+0160', /minutes 60/],
    ['20260314103000-1430', /beyond ±14:00/],
    ['00000314103000Z', /year 0000/],
    ['202603141030+0100', /not a format 304 time/],
    ['20260314103000', /not a format 304 time/],
    ['2026-03-14T10:30:00+01:00', /not a format 304 time/],
  ])('rejects %s', (value, message) => {
    expect(readDtmValue(value, '304')).toMatchObject({ error: expect.stringMatching(message) })
  })

  it.each([
    '2026-03-14T10:30:00',
    '2026-03-14T10:30:00.123Z',
    '2026-03-14 10:30:00+01:00',
    '2026-02-30T10:30:00Z',
  ])('refuses to encode %s', (iso) => {
    expect(() => dtmValue(iso)).toThrow(RangeError)
  })
})
