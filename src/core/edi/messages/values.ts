// Why this file exists: every value a mapping reads is checked the same way and, when wrong, reported at
// its segment, element and component: identifiers through src/core/ids, codes through the code lists,
// times through ./time. Warnings of the id parsers (an office missing from the partial IMPC list, an
// unlisted subclass) do not reject a message: the lists shipped with the station are incomplete.
import { mailCategory } from '../../codelists'
import { parseDispatchId, parseItemId, parseOfficeCode, parseReceptacleId } from '../../ids'
import type { Finding } from '../../ids'
import type { Segment } from '../types'
import { EdiMappingError, element } from '../syntax'
import { isValidS10, isValidS9 } from './fastids'
import { DTM_FORMATS_READ, readDtmValue } from './time'

export function fail(seg: Segment, e: number | null, c: number | null, message: string): never {
  throw new EdiMappingError(seg, e, c, message)
}

/** A value that must be present. */
export function required(seg: Segment, e: number, c: number, what: string): string {
  const value = element(seg, e, c)
  if (value === '') fail(seg, e, c, `${what} is missing.`)
  return value
}

/** A value that must be present and fit `shape`, described in words by `expected`. */
export function shaped(
  seg: Segment,
  e: number,
  c: number,
  what: string,
  shape: RegExp,
  expected: string,
): string {
  const value = required(seg, e, c, what)
  if (!shape.test(value)) fail(seg, e, c, `${what} "${value}" is not ${expected}.`)
  return value
}

/** A component that must hold exactly `value` (a fixed code of the mapping). */
export function fixed(seg: Segment, e: number, c: number, value: string, what: string): void {
  const found = element(seg, e, c)
  if (found !== value) fail(seg, e, c, `${what} is "${found}"; this mapping writes ${value}.`)
}

function firstError(errors: readonly Finding[]): string {
  return errors[0]?.message ?? 'not valid'
}

export function itemId(seg: Segment, e: number, c: number): string {
  const value = required(seg, e, c, 'Item identifier (S10)')
  if (isValidS10(value)) return value
  const { errors } = parseItemId(value)
  if (errors.length > 0) fail(seg, e, c, `Item identifier "${value}": ${firstError(errors)}`)
  return value
}

export function receptacleId(seg: Segment, e: number, c: number): string {
  const value = required(seg, e, c, 'Receptacle identifier (S9)')
  if (isValidS9(value)) return value
  const { errors } = parseReceptacleId(value)
  if (errors.length > 0) {
    fail(seg, e, c, `Receptacle identifier "${value}": ${firstError(errors)}`)
  }
  return value
}

export function dispatchId(seg: Segment, e: number, c: number): string {
  const value = required(seg, e, c, 'Dispatch identifier (S8)')
  const { errors } = parseDispatchId(value)
  if (errors.length > 0) fail(seg, e, c, `Dispatch identifier "${value}": ${firstError(errors)}`)
  return value
}

const officeCache = new Map<string, string | null>()

/** An IMPC office code; its validity is cached, since a file names few offices many times. */
export function office(seg: Segment, e: number, c: number, what: string): string {
  const value = required(seg, e, c, what)
  let problem = officeCache.get(value)
  if (problem === undefined) {
    const { errors } = parseOfficeCode(value)
    problem = errors.length > 0 ? firstError(errors) : null
    if (officeCache.size < 10_000) officeCache.set(value, problem)
  }
  if (problem !== null) fail(seg, e, c, `${what} "${value}": ${problem}`)
  return value
}

const AIRPORT = /^[A-Z]{3}$/

/** A place of transport: an IATA airport code (3 letters) or an IMPC office code (6 letters). */
export function place(seg: Segment, e: number, c: number, what: string): string {
  const value = required(seg, e, c, what)
  if (AIRPORT.test(value)) return value
  if (value.length !== 6) {
    fail(seg, e, c, `${what} "${value}" is neither an IATA airport code nor an IMPC code.`)
  }
  return office(seg, e, c, what)
}

export function category(seg: Segment, e: number, c: number): string {
  const value = required(seg, e, c, 'Mail category')
  if (!mailCategory(value)) {
    fail(seg, e, c, `Mail category "${value}" is not in UPU code list 115 (A, B, C, D).`)
  }
  return value
}

export function subclass(seg: Segment, e: number, c: number): string {
  return shaped(seg, e, c, 'Mail subclass', /^[A-Z0-9]{2}$/, 'two letters or digits')
}

/** DTM+q:value:format → ISO 8601 with offset. */
export function time(seg: Segment, what: string): string {
  const format = element(seg, 1, 3)
  if (!DTM_FORMATS_READ.includes(format)) {
    fail(seg, 1, 3, `${what}: DTM format "${format}" is not one this mapping reads (303, 304).`)
  }
  const reading = readDtmValue(element(seg, 1, 2), format)
  if ('error' in reading) fail(seg, 1, 2, `${what}: ${reading.error}.`)
  return reading.iso
}

const DECIMAL = /^\d{1,9}(?:[.,]\d{1,6})?$/

/** A decimal number of kilograms; EDIFACT allows a comma or a point as the decimal mark. */
export function kilograms(seg: Segment, e: number, c: number, what: string): number {
  const value = required(seg, e, c, what)
  if (!DECIMAL.test(value)) fail(seg, e, c, `${what} "${value}" is not a number of kilograms.`)
  return Number(value.replace(',', '.'))
}

/** A count: digits only, no sign. */
export function count(seg: Segment, e: number, c: number, what: string): number {
  const value = shaped(seg, e, c, what, /^\d{1,9}$/, 'a whole number')
  return Number(value)
}

/** Remembers identifiers already listed, to reject a repeat naming where the first one was. */
export class Seen {
  private readonly first = new Map<string, Segment>()

  constructor(private readonly what: string) {}

  add(value: string, seg: Segment, e: number, c: number): void {
    const earlier = this.first.get(value)
    if (earlier !== undefined) {
      const where = earlier.position ? ` (first at segment ${earlier.position.segment})` : ''
      fail(seg, e, c, `${this.what} "${value}" is listed twice${where}.`)
    }
    this.first.set(value, seg)
  }
}
