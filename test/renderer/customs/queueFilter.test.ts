import { describe, expect, it } from 'vitest'
import {
  activeFilters,
  applyEntry,
  EMPTY_FILTER,
  matchesFilter,
  parseDecimal,
  readFilter,
} from '../../../src/renderer/customs/queueFilter'
import { at, CARD_HOLDERS, entry, held, NOW, PARCEL } from './fixtures'

describe('reading the filters as typed', () => {
  it('sends only what is set, the destination upper-cased', () => {
    expect(readFilter(EMPTY_FILTER)).toEqual({ ok: true, filter: { status: 'all' } })
    expect(
      readFilter({
        status: 'held',
        destination: ' usjfka ',
        minValue: '150',
        maxValue: '1 000,50',
        olderThanHours: '4',
      }),
    ).toEqual({
      ok: true,
      filter: { status: 'held', destination: 'USJFKA', minValue: 150, maxValue: 1000.5, olderThanHours: 4 },
    })
  })

  it('names each field it cannot use, instead of dropping it silently', () => {
    expect(
      readFilter({ ...EMPTY_FILTER, destination: 'USA', minValue: '12a', olderThanHours: '9000' }),
    ).toEqual({
      ok: false,
      errors: {
        destination: 'customsFilter.destinationInvalid',
        minValue: 'customsFilter.numberInvalid',
        olderThanHours: 'customsFilter.ageTooLong',
      },
    })
    expect(readFilter({ ...EMPTY_FILTER, minValue: '500', maxValue: '100' })).toEqual({
      ok: false,
      errors: { maxValue: 'customsFilter.rangeInverted' },
    })
  })

  it('reads decimals with a point or a comma, never a negative', () => {
    expect(parseDecimal('99.90')).toBe(99.9)
    expect(parseDecimal('99,90')).toBe(99.9)
    expect(parseDecimal('1\u202f250')).toBe(1250)
    expect(parseDecimal('-5')).toBeNull()
    expect(parseDecimal('1,234.50')).toBeNull()
    expect(parseDecimal('')).toBeNull()
  })

  it('counts the filters that narrow the list', () => {
    expect(activeFilters({ status: 'all' })).toBe(0)
    expect(activeFilters({ status: 'held', minValue: 10, maxValue: 20, destination: 'US' })).toBe(3)
  })
})

describe('a live change against the filter', () => {
  it('matches by status, by office or by its country, by value range and by age', () => {
    const letter = held()
    expect(matchesFilter(letter, { status: 'held' }, NOW)).toBe(true)
    expect(matchesFilter(letter, { status: 'released' }, NOW)).toBe(false)
    expect(matchesFilter(letter, { destination: 'USJFKA' }, NOW)).toBe(true)
    expect(matchesFilter(letter, { destination: 'US' }, NOW)).toBe(true)
    expect(matchesFilter(letter, { destination: 'USORDA' }, NOW)).toBe(false)
    expect(matchesFilter(letter, { minValue: 150, maxValue: 200 }, NOW)).toBe(true)
    expect(matchesFilter(letter, { minValue: 200 }, NOW)).toBe(false)
    // Presented at 09:10, now 11:30.
    expect(matchesFilter(letter, { olderThanHours: 2 }, NOW)).toBe(true)
    expect(matchesFilter(letter, { olderThanHours: 3 }, NOW)).toBe(false)
  })

  it('leaves an item without a declared value or destination out of a filter on them', () => {
    const bare = entry({ itemId: PARCEL, value: null, destination: null })
    expect(matchesFilter(bare, { minValue: 0 }, NOW)).toBe(false)
    expect(matchesFilter(bare, { destination: 'FR' }, NOW)).toBe(false)
    expect(matchesFilter(bare, { status: 'all' }, NOW)).toBe(true)
  })

  it('replaces an entry in place, appends a newly presented one, removes one that no longer matches', () => {
    const list = [entry(), entry({ itemId: CARD_HOLDERS, presentedAt: at(10, 0) })]
    const nowHeld = applyEntry(list, held(), { status: 'all' }, NOW)
    expect(nowHeld.map((e) => [e.itemId, e.state])).toEqual([
      ['RB888000013FR', 'held'],
      ['RB888000027FR', 'presented'],
    ])
    const onlyPresented = applyEntry(list, held(), { status: 'presented' }, NOW)
    expect(onlyPresented.map((e) => e.itemId)).toEqual([CARD_HOLDERS])
    const added = applyEntry(list, entry({ itemId: PARCEL, direction: 'import' }), { status: 'all' }, NOW)
    expect(added.map((e) => e.itemId)).toEqual(['RB888000013FR', CARD_HOLDERS, PARCEL])
    expect(applyEntry(list, entry({ itemId: PARCEL, value: null }), { minValue: 1 }, NOW)).toEqual(list)
  })
})
