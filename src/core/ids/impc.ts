import { impcOffice, isCountry } from '../codelists'
import { characterErrors, positionText, type Layout } from './layout'
import type { Finding, OfficeFields, Reading } from './types'

/** IMPC (office of exchange) code: `CC LLL X`, country + location + a letter telling centres apart. */
export const OFFICE_LAYOUT: Layout = [
  { field: 'country code', cls: 'letter', length: 2 },
  { field: 'location code', cls: 'letter', length: 3 },
  { field: 'office letter', cls: 'letter', length: 1 },
]
export const OFFICE_LENGTH = 6

export type OfficeRole = 'origin' | 'destination'

/**
 * Warnings about a well-formed 6-letter office code. The IMPC list shipped with the station is partial, so an
 * unlisted office is a warning to check, never a rejection.
 */
export function officeWarnings(code: string, role?: OfficeRole, start = 1): Finding[] {
  const label =
    role === undefined
      ? `Office code ${code}`
      : `${role === 'origin' ? 'Origin' : 'Destination'} office ${code} (${positionText(start, OFFICE_LENGTH)})`
  const params: Record<string, string> = role === undefined ? { office: code } : { office: code, role }
  const warnings: Finding[] = []
  const country = code.slice(0, 2)
  if (!isCountry(country)) {
    warnings.push({
      code: 'unknown_country',
      message: `${label} starts with ${country}, which is not an ISO 3166-1 country code.`,
      params: { ...params, country },
    })
  }
  if (!impcOffice(code)) {
    warnings.push({
      code: 'unknown_office',
      message: `${label} is not in the IMPC code list loaded in this station; check the code.`,
      params,
    })
  }
  return warnings
}

/** Reads a normalised 6-letter IMPC code. */
export function parseOfficeCode(normalized: string): Reading<OfficeFields> {
  const chars = Array.from(normalized)
  if (chars.length !== OFFICE_LENGTH) {
    return {
      fields: {},
      errors: [
        {
          code: 'length',
          message: `An office of exchange (IMPC) code has 6 letters, but this one has ${chars.length} characters.`,
          params: { length: chars.length, expected: OFFICE_LENGTH },
        },
      ],
      warnings: [],
    }
  }
  const errors = characterErrors(chars, OFFICE_LAYOUT)
  if (errors.length > 0) return { fields: {}, errors, warnings: [] }
  return {
    fields: {
      country: normalized.slice(0, 2),
      location: normalized.slice(2, 5),
      name: impcOffice(normalized)?.name ?? null,
    },
    errors: [],
    warnings: officeWarnings(normalized),
  }
}
