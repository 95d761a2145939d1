import { describe, expect, it } from 'vitest'
import {
  codeListSummaries,
  countryList,
  countryName,
  impcList,
  impcOffice,
  isCountry,
  mailCategory,
  mailCategoryList,
  mailClass,
  mailClassList,
  mailSubclass,
  mailSubclassList,
  serviceIndicatorInfo,
  serviceIndicatorList,
} from '../../../src/core/codelists'
import type { CodeList, LocalizedName } from '../../../src/core/codelists'

const LISTS: [string, CodeList<{ code: string; name: string | LocalizedName | null }>][] = [
  ['countries', countryList],
  ['mail-categories', mailCategoryList],
  ['mail-classes', mailClassList],
  ['mail-subclasses', mailSubclassList],
  ['impc', impcList],
]

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')

describe('code list files', () => {
  it.each([...LISTS, ['service-indicators', serviceIndicatorList] as const])(
    '%s has its envelope',
    (list, data) => {
      expect(data.list).toBe(list)
      expect(data.source.length).toBeGreaterThan(10)
      expect(data.version.length).toBeGreaterThan(0)
      expect(data.entries.length).toBeGreaterThan(0)
    },
  )

  it.each(LISTS)('%s has unique codes', (_, data) => {
    const codes = data.entries.map((e) => e.code)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it.each([
    ['service-indicators', serviceIndicatorList.entries],
    ['mail-categories', mailCategoryList.entries],
    ['mail-classes', mailClassList.entries],
    ['mail-subclasses', mailSubclassList.entries],
  ] as const)('%s names every entry in English, French and Spanish', (_, entries) => {
    for (const entry of entries) {
      for (const language of ['en', 'fr', 'es'] as const) expect(entry.name[language].trim()).not.toBe('')
    }
  })

  it('only ever marks entries unconfirmed with false', () => {
    for (const [, data] of LISTS) {
      for (const entry of data.entries) {
        if ('confirmed' in entry) expect(entry.confirmed).toBe(false)
      }
    }
  })

  it('summarises every list', () => {
    expect(codeListSummaries().map((s) => [s.list, s.entries])).toEqual([
      ['service-indicators', serviceIndicatorList.entries.length],
      ['countries', 249],
      ['mail-categories', 4],
      ['mail-classes', mailClassList.entries.length],
      ['mail-subclasses', mailSubclassList.entries.length],
      ['impc', impcList.entries.length],
    ])
  })
})

describe('service indicators', () => {
  it('covers every pair AA–ZZ exactly once', () => {
    for (const a of LETTERS) {
      for (const b of LETTERS) {
        const pair = a + b
        const ranges = serviceIndicatorList.entries.filter((r) => r.from <= pair && pair <= r.to)
        expect(ranges, pair).toHaveLength(1)
      }
    }
  })

  it.each([
    ['CP', 'assigned', 'C', 'Parcel post'],
    ['EE', 'assigned', 'E', 'EMS'],
    ['HA', 'assigned', 'C', 'E-commerce parcels'],
    ['LX', 'assigned', 'U', 'Letter post, tracked'],
    ['MA', 'assigned', 'U', 'Letter post, M-bags'],
    ['QM', 'assigned', 'U', 'International Business Reply Service (IBRS)'],
    ['RR', 'assigned', 'U', 'Letter post, registered'],
    ['UA', 'assigned', 'U', 'Letter post items not covered by other service indicators'],
    ['VV', 'assigned', 'U', 'Letter post, insured'],
  ])('%s is %s, mail class %s: %s', (si, status, mailClassCode, en) => {
    expect(serviceIndicatorInfo(si)).toMatchObject({ status, mailClass: mailClassCode, name: { en } })
  })

  it.each([
    ['AU', 'unassigned'],
    ['AV', 'reserved'],
    ['GA', 'reserved'],
    ['GB', 'unassigned'],
    ['GC', 'unassigned'],
    ['GD', 'reserved'],
    ['GE', 'unassigned'],
    ['QN', 'unassigned'],
    ['JA', 'not_assignable'],
    ['SZ', 'not_assignable'],
    ['TA', 'not_assignable'],
    ['ZZ', 'reserved'],
  ])('%s is %s and has no mail class', (si, status) => {
    const info = serviceIndicatorInfo(si)
    expect(info?.status).toBe(status)
    expect(info).not.toHaveProperty('mailClass')
  })

  it('answers nothing for malformed input', () => {
    expect(serviceIndicatorInfo('rr')).toBeUndefined()
    expect(serviceIndicatorInfo('R')).toBeUndefined()
    expect(serviceIndicatorInfo('R1')).toBeUndefined()
  })

  it('gives every assigned range a mail class from the mail class list', () => {
    for (const range of serviceIndicatorList.entries.filter((r) => r.status === 'assigned')) {
      expect(mailClass(range.mailClass ?? '')).toBeDefined()
    }
  })
})

describe('countries', () => {
  it('holds the 249 officially assigned ISO 3166-1 codes', () => {
    expect(countryList.entries).toHaveLength(249)
    for (const { code } of countryList.entries) expect(code).toMatch(/^[A-Z]{2}$/)
  })

  it('knows real countries and not user-assigned or reserved codes', () => {
    for (const code of ['GB', 'FR', 'US', 'DZ', 'KH', 'TZ', 'UY', 'AX', 'SS', 'BQ'])
      expect(isCountry(code)).toBe(true)
    for (const code of ['UK', 'XK', 'EU', 'UN', 'XX', 'gb', '']) expect(isCountry(code)).toBe(false)
    expect(countryName('CH')).toBe('Switzerland')
    expect(countryName('XK')).toBeNull()
  })
})

describe('mail categories, classes and subclasses', () => {
  it('has the four categories of code list 115 with their delivery bills', () => {
    expect(mailCategoryList.entries.map((c) => c.code)).toEqual(['A', 'B', 'C', 'D'])
    expect(mailCategory('A')?.deliveryBill).toBe('CN 38')
    expect(mailCategory('B')?.deliveryBill).toBe('CN 41')
    expect(mailCategory('C')?.deliveryBill).toBe('CN 37')
    expect(mailCategory('E')).toBeUndefined()
  })

  it('confirms U, C and E but not T', () => {
    for (const code of ['U', 'C', 'E']) expect(mailClass(code)?.confirmed).toBeUndefined()
    expect(mailClass('T')?.confirmed).toBe(false)
  })

  it('keeps unconfirmed subclasses, marked', () => {
    for (const code of ['CA', 'CB', 'CC', 'CD', 'CE', 'CF', 'CN', 'UN']) {
      expect(mailSubclass(code)?.confirmed, code).toBeUndefined()
    }
    for (const code of ['UA', 'UL', 'UR', 'UV', 'UX', 'UM', 'UB', 'UC', 'CV', 'CX', 'EN', 'ED', 'EA']) {
      expect(mailSubclass(code)?.confirmed, code).toBe(false)
    }
  })

  it('starts every subclass with a known mail class', () => {
    for (const { code } of mailSubclassList.entries) expect(mailClass(code[0] ?? ''), code).toBeDefined()
  })
})

describe('IMPC offices', () => {
  it('has well-formed codes whose country field matches the prefix', () => {
    for (const office of impcList.entries) {
      expect(office.code).toMatch(/^[A-Z]{6}$/)
      expect(office.country).toBe(office.code.slice(0, 2))
      expect(isCountry(office.country), office.code).toBe(true)
      if (office.operator !== undefined) expect(office.operator).toMatch(/^J1C[A-Z0-9]{3}$/)
    }
  })

  it('holds the offices of the real receptacle ids', () => {
    for (const code of ['USORDA', 'DZALGD', 'FRCDGA', 'AEDXBA', 'DZAAED'])
      expect(impcOffice(code), code).toBeDefined()
  })

  it('marks the empty-bag return centres', () => {
    expect(impcOffice('GBTYFA')).toMatchObject({ emptyBagReturn: true, operator: 'J1CGBA' })
    expect(impcOffice('PELIMV')).toMatchObject({ emptyBagReturn: true, operator: 'J1CPEA' })
    expect(impcOffice('FRCDGA')?.emptyBagReturn).toBeUndefined()
  })

  it('knows an office run by a foreign operator (ETOE)', () => {
    expect(impcOffice('GBSLOX')).toMatchObject({ country: 'GB', operator: 'J1CDEA' })
  })
})
