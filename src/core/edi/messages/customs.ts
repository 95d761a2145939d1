// Why this file exists: the customs and referral messages (CUSITM, CUSRSP, ITMREF, REFRSP) read the same
// kinds of values: money with its currency, countries, free text and the per-item GIN. Their codes are
// kept here as data; every value list is UNCONFIRMED (UPU.md §4.2, §5.2).
import type { CustomsIndicator, Money, ReferralType } from '../records'
import type { Segment } from '../types'
import { element } from '../syntax'
import { fail, required, shaped } from './values'

export const COUNTRY = /^[A-Z]{2}$/
export const COUNTRY_WORDS = 'two capital letters (ISO 3166-1 alpha-2)'
export const CURRENCY = /^[A-Z]{3}$/
export const CURRENCY_WORDS = 'three capital letters (ISO 4217)'
const AMOUNT = /^\d{1,12}(?:[.,]\d{1,2})?$/
const TEXT_MAX = 512

export function country(seg: Segment, e: number, c: number, what: string): string {
  return shaped(seg, e, c, what, COUNTRY, COUNTRY_WORDS)
}

/** A non-negative amount with at most two decimals; a comma or a point as the decimal mark. */
export function amount(seg: Segment, e: number, c: number, what: string): number {
  const value = required(seg, e, c, what)
  if (!AMOUNT.test(value))
    fail(seg, e, c, `${what} "${value}" is not an amount (digits, at most two decimals).`)
  return Number(value.replace(',', '.'))
}

/** MOA+q:amount:currency */
export function money(seg: Segment, what: string): Money {
  return {
    amount: amount(seg, 1, 2, what),
    currency: shaped(seg, 1, 3, `${what} currency`, CURRENCY, CURRENCY_WORDS),
  }
}

/** Free text (FTX 4:1), at most 512 characters; '' is absent. */
export function optionalText(seg: Segment | null, e: number, c: number, what: string): string | null {
  if (seg === null) return null
  const value = element(seg, e, c)
  if (value === '') fail(seg, e, c, `${what} is empty: leave the segment out instead.`)
  if (value.length > TEXT_MAX) fail(seg, e, c, `${what} is ${value.length} characters; at most ${TEXT_MAX}.`)
  return value
}

export function text(seg: Segment, e: number, c: number, what: string): string {
  const value = required(seg, e, c, what)
  if (value.length > TEXT_MAX) fail(seg, e, c, `${what} is ${value.length} characters; at most ${TEXT_MAX}.`)
  return value
}

/** The processing indicators CUSRSP carries (after UN/EDIFACT DE 7365) and the decision each stands for. */
export const CUSTOMS_INDICATOR_LIST = {
  list: 'customs-indicators',
  source: 'UN/EDIFACT DE 7365 values 4–7; whether CUSRSP uses them is UNCONFIRMED (UPU.md §5.2)',
  version: 'D98B',
  entries: [
    {
      code: '4',
      meaning: 'goods released: release',
      decision: 'release',
      holdReason: null,
      confirmed: false,
    },
    {
      code: '5',
      meaning: 'goods required for examination: hold for inspection',
      decision: 'hold',
      holdReason: 'inspection',
      confirmed: false,
    },
    {
      code: '6',
      meaning: 'documents to be produced: hold, documents required',
      decision: 'hold',
      holdReason: 'documents_required',
      confirmed: false,
    },
    {
      code: '7',
      meaning:
        'goods detained: hold as prohibited or restricted (not a seizure: seizing stays an officer’s act)',
      decision: 'hold',
      holdReason: 'prohibited_restricted',
      confirmed: false,
    },
  ],
} as const satisfies {
  list: string
  source: string
  version: string
  entries: ReadonlyArray<{
    code: CustomsIndicator
    meaning: string
    decision: 'release' | 'hold'
    holdReason: string | null
    confirmed: boolean
  }>
}

export function customsIndicator(code: string): (typeof CUSTOMS_INDICATOR_LIST.entries)[number] | null {
  return CUSTOMS_INDICATOR_LIST.entries.find((e) => e.code === code) ?? null
}

/** ITMREF referral types: IPS EAD statuses (UPU EAD module 09, CONFIRMED as statuses; as codes UNCONFIRMED). */
export const REFERRAL_TYPE_LIST = {
  list: 'referral-types',
  source: 'IPS EAD statuses RFI, RFS, DNL (UPU.md §5.2); their coding in ITMREF is UNCONFIRMED',
  version: 'UPU EAD module 09',
  entries: [
    { code: 'RFI', meaning: 'request for information', confirmed: false },
    { code: 'RFS', meaning: 'request for high-risk cargo and mail screening', confirmed: false },
    { code: 'DNL', meaning: 'do not load', confirmed: false },
  ],
} as const satisfies {
  list: string
  source: string
  version: string
  entries: ReadonlyArray<{ code: ReferralType; meaning: string; confirmed: boolean }>
}

export function isReferralType(code: string): code is ReferralType {
  return REFERRAL_TYPE_LIST.entries.some((e) => e.code === code)
}

/**
 * REFRSP response codes: what the origin post did about a referral, and which referral types each may
 * answer. UPU's code list is not public (UPU.md §4.2, §5.2: "response code + action taken"), so these
 * are our own, stable and readable, within the 1–17 capital letters or digits REFRSP carries.
 */
export const REFERRAL_RESPONSE_LIST = {
  list: 'referral-responses',
  source: 'REFRSP answers ITMREF with a response code and the action taken (UPU.md §4.2); codes UNCONFIRMED',
  version: 'house 2026-03',
  entries: [
    {
      code: 'INFO',
      meaning: 'the information asked for is given in the action text',
      answers: ['RFI'],
      confirmed: false,
    },
    {
      code: 'SCREENED',
      meaning: 'the item was screened as high-risk cargo and mail; nothing was found',
      answers: ['RFS'],
      confirmed: false,
    },
    {
      code: 'NOTLOADED',
      meaning: 'the item was taken out of the mail and is not loaded',
      answers: ['RFI', 'RFS', 'DNL'],
      confirmed: false,
    },
    {
      code: 'RETURNED',
      meaning: 'the item is returned to its sender',
      answers: ['RFI', 'RFS', 'DNL'],
      confirmed: false,
    },
    {
      code: 'NOINFO',
      meaning: 'the information is not available (the sender cannot be reached)',
      answers: ['RFI'],
      confirmed: false,
    },
  ],
} as const satisfies {
  list: string
  source: string
  version: string
  entries: ReadonlyArray<{
    code: string
    meaning: string
    answers: readonly ReferralType[]
    confirmed: boolean
  }>
}

export type ReferralResponseCode = (typeof REFERRAL_RESPONSE_LIST.entries)[number]['code']

export const REFERRAL_RESPONSE_CODES = REFERRAL_RESPONSE_LIST.entries.map((e) => e.code) as [
  ReferralResponseCode,
  ...ReferralResponseCode[],
]

export function referralResponse(code: string): (typeof REFERRAL_RESPONSE_LIST.entries)[number] | null {
  return REFERRAL_RESPONSE_LIST.entries.find((e) => e.code === code) ?? null
}
