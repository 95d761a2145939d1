import { isCountry, serviceIndicatorInfo } from '../codelists'
import { characterErrors, type Layout } from './layout'
import type { Finding, ItemFields, Reading } from './types'

/** S10 item identifier: `AA NNNNNNNN C BB`. */
export const ITEM_LAYOUT: Layout = [
  { field: 'service indicator', cls: 'letter', length: 2 },
  { field: 'serial number', cls: 'digit', length: 8 },
  { field: 'check digit', cls: 'digit', length: 1 },
  { field: 'country code', cls: 'letter', length: 2 },
]
export const ITEM_LENGTH = 13

const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const

/** S10 check digit of an 8-digit serial number. */
export function s10CheckDigit(serial8: string): number {
  if (!/^[0-9]{8}$/.test(serial8)) throw new RangeError(`S10 serial must be 8 digits, got "${serial8}"`)
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(serial8[i]), 0)
  const c = 11 - (sum % 11)
  // 11 − r can be 10 or 11, which do not fit one digit; S10 maps them to 0 and 5.
  return c === 10 ? 0 : c === 11 ? 5 : c
}

/** Builds a 13-character item identifier, computing the check digit. Throws on malformed parts (a bug). */
export function formatS10(serviceIndicator: string, serial8: string, country: string): string {
  if (!/^[A-Z]{2}$/.test(serviceIndicator)) {
    throw new RangeError(`S10 service indicator must be two letters A–Z, got "${serviceIndicator}"`)
  }
  if (!/^[A-Z]{2}$/.test(country))
    throw new RangeError(`S10 country must be two letters A–Z, got "${country}"`)
  return `${serviceIndicator}${serial8}${s10CheckDigit(serial8)}${country}`
}

function serviceWarning(si: string): Finding | null {
  const status = serviceIndicatorInfo(si)?.status
  const params = { serviceIndicator: si }
  switch (status) {
    case 'reserved':
      return {
        code: 'service_reserved',
        message: `Service indicator ${si} is reserved for domestic, bilateral or multilateral use; other posts accept it only by agreement.`,
        params,
      }
    case 'unassigned':
      return {
        code: 'service_unassigned',
        message: `Service indicator ${si} is not assigned by the UPU; check the label.`,
        params,
      }
    case 'not_assignable':
      return {
        code: 'service_not_assignable',
        message: `Service indicator ${si} starts with ${si[0]}, a letter the UPU never assigns; check the label.`,
        params,
      }
    case 'assigned':
    case undefined:
      return null
  }
}

/** Reads a normalised 13-character S10 item identifier. */
export function parseItemId(normalized: string): Reading<ItemFields> {
  const chars = Array.from(normalized)
  if (chars.length !== ITEM_LENGTH) {
    return {
      fields: {},
      errors: [
        {
          code: 'length',
          message: `An item identifier has 13 characters (2 letters, 9 digits, 2 letters), but this one has ${chars.length}.`,
          params: { length: chars.length, expected: ITEM_LENGTH },
        },
      ],
      warnings: [],
    }
  }
  const charErrors = characterErrors(chars, ITEM_LAYOUT)
  if (charErrors.length > 0) return { fields: {}, errors: charErrors, warnings: [] }

  const serviceIndicator = normalized.slice(0, 2)
  const serial = normalized.slice(2, 10)
  const checkDigit = Number(normalized[10])
  const country = normalized.slice(11, 13)
  const errors: Finding[] = []
  const warnings: Finding[] = []

  const expected = s10CheckDigit(serial)
  if (checkDigit !== expected) {
    errors.push({
      code: 'check_digit',
      message: `Check digit is ${checkDigit} but the serial ${serial} requires ${expected}.`,
      params: { checkDigit, expected, serial, position: 11 },
    })
  }
  const serviceFinding = serviceWarning(serviceIndicator)
  if (serviceFinding) warnings.push(serviceFinding)
  if (!isCountry(country)) {
    warnings.push({
      code: 'unknown_country',
      message: `Country code ${country} (positions 12–13) is not an ISO 3166-1 country code.`,
      params: { country },
    })
  }

  const info = serviceIndicatorInfo(serviceIndicator)
  const service = info?.status === 'assigned' ? info.name.en : null
  return { fields: { serviceIndicator, service, serial, checkDigit, country }, errors, warnings }
}
