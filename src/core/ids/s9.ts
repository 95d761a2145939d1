import { characterErrors, type Layout } from './layout'
import { buildDispatchId, DISPATCH_LAYOUT, DISPATCH_LENGTH, readDispatchPart } from './s8'
import type { Finding, Reading, ReceptacleFields, ReceptacleIdParts } from './types'

/** S9 receptacle identifier: the S8 dispatch identifier followed by the receptacle's own data. */
export const RECEPTACLE_LAYOUT: Layout = [
  ...DISPATCH_LAYOUT,
  { field: 'receptacle number', cls: 'digit', length: 3 },
  { field: 'highest-receptacle indicator', cls: 'digit', length: 1 },
  { field: 'registered/insured indicator', cls: 'digit', length: 1 },
  { field: 'weight', cls: 'digit', length: 4 },
]
export const RECEPTACLE_LENGTH = 29

/** Weight field value meaning "heavier than 999.8 kg": the real weight does not fit four digits. */
const HEAVY = '9999'

const INDICATORS = {
  highest: {
    position: 24,
    label: 'Highest-receptacle indicator',
    meanings: '1 (last receptacle of the dispatch), 0 (not the last) or 9 (not given)',
  },
  registered: {
    position: 25,
    label: 'Registered/insured indicator',
    meanings: '1 (contains registered or insured items), 0 (does not) or 9 (not given)',
  },
} as const

function readIndicator(which: keyof typeof INDICATORS, ch: string, errors: Finding[]): boolean | null {
  if (ch === '1') return true
  if (ch === '0') return false
  if (ch !== '9') {
    const { position, label, meanings } = INDICATORS[which]
    errors.push({
      code: 'indicator',
      message: `${label} is ${ch} (position ${position}): it must be ${meanings}.`,
      params: { indicator: which, value: ch, position },
    })
  }
  return null
}

/** Reads a normalised 29-character S9 receptacle identifier. */
export function parseReceptacleId(normalized: string): Reading<ReceptacleFields> {
  const chars = Array.from(normalized)
  if (chars.length !== RECEPTACLE_LENGTH) {
    return {
      fields: {},
      errors: [
        {
          code: 'length',
          message: `A receptacle identifier has 29 characters (15 letters, then 14 digits), but this one has ${chars.length}.`,
          params: { length: chars.length, expected: RECEPTACLE_LENGTH },
        },
      ],
      warnings: [],
    }
  }
  const charErrors = characterErrors(chars, RECEPTACLE_LAYOUT)
  if (charErrors.length > 0) return { fields: {}, errors: charErrors, warnings: [] }

  const dispatch = readDispatchPart(normalized.slice(0, DISPATCH_LENGTH))
  const errors = [...dispatch.errors]
  const warnings = [...dispatch.warnings]

  const receptacleSerial = Number(normalized.slice(20, 23))
  if (receptacleSerial === 0) {
    errors.push({
      code: 'receptacle_serial_zero',
      message:
        'Receptacle number 000 (positions 21–23) is not allowed: receptacle numbers run from 001 to 999.',
      params: { receptacleSerial: '000', position: 21 },
    })
  }
  const highest = readIndicator('highest', normalized.charAt(23), errors)
  const registered = readIndicator('registered', normalized.charAt(24), errors)

  const weight = normalized.slice(25, 29)
  if (weight === HEAVY) {
    warnings.push({
      code: 'weight_unknown_heavy',
      message: 'Weight 9999 (positions 26–29) means heavier than 999.8 kg; the exact weight is not given.',
      params: { weight },
    })
  } else if (weight === '0000') {
    warnings.push({
      code: 'weight_zero',
      message:
        'Weight is 0.0 kg (positions 26–29); a receptacle always weighs something, so check the scale reading.',
      params: { weight },
    })
  }
  // Integer tenths divided once: 219 / 10 is the double nearest 21.9, so the value prints exactly.
  const weightKg = Number(weight) / 10

  return {
    fields: { ...dispatch.fields, receptacleSerial, highest, registered, weightKg },
    errors,
    warnings,
  }
}

function indicatorDigit(value: boolean | null): string {
  return value === null ? '9' : value ? '1' : '0'
}

/**
 * Builds a 29-character S9 receptacle identifier. The weight is rounded to the nearest 0.1 kg; above 999.8 kg it
 * becomes 9999 ("heavier than 999.8 kg"). Throws on parts no valid receptacle can have (a bug).
 */
export function buildReceptacleId(parts: ReceptacleIdParts): string {
  const dispatchId = buildDispatchId(parts)
  const { receptacleSerial, weightKg } = parts
  if (!Number.isInteger(receptacleSerial) || receptacleSerial < 1 || receptacleSerial > 999) {
    throw new RangeError(`receptacle number must be an integer from 1 to 999, got ${receptacleSerial}`)
  }
  if (!Number.isFinite(weightKg) || weightKg < 0) {
    throw new RangeError(`receptacle weight must be a finite number of kg, 0 or more, got ${weightKg}`)
  }
  const tenths = Math.min(Math.round(weightKg * 10), Number(HEAVY))
  return [
    dispatchId,
    String(receptacleSerial).padStart(3, '0'),
    indicatorDigit(parts.highest),
    indicatorDigit(parts.registered),
    String(tenths).padStart(4, '0'),
  ].join('')
}
