import { mailSubclass } from '../codelists'
import { officeWarnings } from './impc'
import { characterErrors, type Layout } from './layout'
import type { DispatchFields, DispatchIdParts, Finding, Reading } from './types'

/** S8 dispatch identifier: origin OE, destination OE, category, subclass, year digit, dispatch number. */
export const DISPATCH_LAYOUT: Layout = [
  { field: 'origin office', cls: 'letter', length: 6 },
  { field: 'destination office', cls: 'letter', length: 6 },
  // Any letter here: an unknown category deserves its own error rather than a character error.
  { field: 'mail category', cls: 'letter', length: 1 },
  // Digits allowed: US military mail classes are digits.
  { field: 'mail subclass', cls: 'alnum', length: 2 },
  { field: 'dispatch year', cls: 'digit', length: 1 },
  { field: 'dispatch number', cls: 'digit', length: 4 },
]
export const DISPATCH_LENGTH = 20

const CATEGORIES = /^[A-D]$/

/** Reads the first 20 characters of an S8 or S9 identifier whose characters already fit DISPATCH_LAYOUT. */
export function readDispatchPart(id: string): Reading<DispatchFields> & { fields: DispatchFields } {
  const origin = id.slice(0, 6)
  const destination = id.slice(6, 12)
  const category = id.slice(12, 13)
  const subclass = id.slice(13, 15)
  const year = Number(id.slice(15, 16))
  const dispatchNumber = Number(id.slice(16, 20))
  const errors: Finding[] = []
  const warnings: Finding[] = [
    ...officeWarnings(origin, 'origin', 1),
    ...officeWarnings(destination, 'destination', 7),
  ]

  if (!CATEGORIES.test(category)) {
    errors.push({
      code: 'unknown_category',
      message: `Mail category ${category} (position 13) is unknown: it must be A, B, C or D.`,
      params: { category, position: 13 },
    })
  }
  if (dispatchNumber === 0) {
    errors.push({
      code: 'dispatch_number_zero',
      message:
        'Dispatch number 0000 (positions 17–20) is not allowed: dispatch numbers run from 0001 to 9999.',
      params: { dispatchNumber: id.slice(16, 20), position: 17 },
    })
  }
  if (origin === destination) {
    warnings.push({
      code: 'same_office',
      message: `Origin and destination are the same office (${origin}); a dispatch goes from one office of exchange to another.`,
      params: { office: origin },
    })
  }
  if (!mailSubclass(subclass)) {
    warnings.push({
      code: 'unknown_subclass',
      message: `Mail subclass ${subclass} (positions 14–15) is not in the mail subclass code list (UPU code list 117).`,
      params: { subclass },
    })
  }
  return {
    fields: {
      origin,
      destination,
      category,
      subclass,
      mailClass: subclass.slice(0, 1),
      year,
      dispatchNumber,
    },
    errors,
    warnings,
  }
}

/** Reads a normalised 20-character S8 dispatch identifier. */
export function parseDispatchId(normalized: string): Reading<DispatchFields> {
  const chars = Array.from(normalized)
  if (chars.length !== DISPATCH_LENGTH) {
    return {
      fields: {},
      errors: [
        {
          code: 'length',
          message: `A dispatch identifier has 20 characters (15 letters, then 5 digits), but this one has ${chars.length}.`,
          params: { length: chars.length, expected: DISPATCH_LENGTH },
        },
      ],
      warnings: [],
    }
  }
  const errors = characterErrors(chars, DISPATCH_LAYOUT)
  return errors.length > 0 ? { fields: {}, errors, warnings: [] } : readDispatchPart(normalized)
}

function requireInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${value}`)
  }
}

/** Builds a 20-character S8 dispatch identifier. Throws on parts no valid dispatch can have (a bug). */
export function buildDispatchId(parts: DispatchIdParts): string {
  for (const [name, office] of [
    ['origin', parts.origin],
    ['destination', parts.destination],
  ] as const) {
    if (!/^[A-Z]{6}$/.test(office))
      throw new RangeError(`${name} office must be 6 letters A–Z, got "${office}"`)
  }
  if (!CATEGORIES.test(parts.category))
    throw new RangeError(`mail category must be A–D, got "${parts.category}"`)
  if (!/^[A-Z0-9]{2}$/.test(parts.subclass)) {
    throw new RangeError(`mail subclass must be 2 letters or digits, got "${parts.subclass}"`)
  }
  requireInteger('year digit', parts.year, 0, 9)
  requireInteger('dispatch number', parts.dispatchNumber, 1, 9999)
  const number = String(parts.dispatchNumber).padStart(4, '0')
  return `${parts.origin}${parts.destination}${parts.category}${parts.subclass}${parts.year}${number}`
}
