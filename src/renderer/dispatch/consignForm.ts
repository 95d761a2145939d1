// The consignment form as typed, checked, and turned into the contract's transport leg. Times are typed
// on the station's clock (an <input type="datetime-local">) and sent with the offset that clock had at
// that moment, so a flight at 22:10 in Paris in winter goes out as 2026-01-14T22:10:00+01:00 and one in
// summer as +02:00: what partners need, and what the engine refuses to guess.
import type { TransportLegInput } from '../../api/exchange'

export interface ConsignDraft {
  carrier: string
  number: string
  from: string
  to: string
  /** As a datetime-local field gives it: "2026-03-14T22:10". */
  departure: string
  /** Optional: '' when not known. */
  arrival: string
  /** UN/ECE Recommendation 19: 1 sea, 2 rail, 3 road, 4 air. */
  mode: '1' | '2' | '3' | '4'
}

export type ConsignField = 'carrier' | 'number' | 'from' | 'to' | 'departure' | 'arrival'

export const EMPTY_DRAFT: ConsignDraft = {
  carrier: '',
  number: '',
  from: '',
  to: '',
  departure: '',
  arrival: '',
  mode: '4',
}

/** Codes as people copy them from a timetable: spaces and case forgiven. */
export function normalizeCode(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase()
}

/** Minutes the station's clock was behind UTC at `at` (Date#getTimezoneOffset: -60 in Paris in winter). */
export type OffsetOf = (at: Date) => number

const systemOffset: OffsetOf = (at) => at.getTimezoneOffset()

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/

function two(n: number): string {
  return String(n).padStart(2, '0')
}

/**
 * A datetime-local value as ISO 8601 with the local offset, "2026-03-14T22:10:00+01:00"; null when the
 * value is not a time that exists on this clock (a typo, 30 February, an hour skipped when summer time
 * starts).
 */
export function localIsoWithOffset(value: string, offsetOf: OffsetOf = systemOffset): string | null {
  const match = LOCAL.exec(value.trim())
  if (!match) return null
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const at = new Date(year, month - 1, day, hour, minute, second)
  const same =
    at.getFullYear() === year &&
    at.getMonth() === month - 1 &&
    at.getDate() === day &&
    at.getHours() === hour &&
    at.getMinutes() === minute
  if (!same) return null
  const ahead = -offsetOf(at)
  const sign = ahead < 0 ? '-' : '+'
  const abs = Math.abs(ahead)
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`
}

export type ConsignCheck =
  { ok: true; carrier: string; leg: TransportLegInput } | { ok: false; invalid: ConsignField[] }

/** The draft as one transport leg, or every field that needs fixing (in the order of the form). */
export function transportLeg(draft: ConsignDraft, offsetOf: OffsetOf = systemOffset): ConsignCheck {
  const invalid: ConsignField[] = []
  const carrier = normalizeCode(draft.carrier)
  const number = normalizeCode(draft.number)
  const from = normalizeCode(draft.from)
  const to = normalizeCode(draft.to)
  if (!/^[A-Z0-9]{2,3}$/.test(carrier)) invalid.push('carrier')
  if (!/^[A-Z0-9]{1,10}$/.test(number)) invalid.push('number')
  const place = /^[A-Z]{3}([A-Z]{3})?$/
  if (!place.test(from)) invalid.push('from')
  if (!place.test(to) || to === from) invalid.push('to')
  const departure = localIsoWithOffset(draft.departure, offsetOf)
  if (departure === null) invalid.push('departure')
  let arrival: string | null = null
  if (draft.arrival.trim() !== '') {
    arrival = localIsoWithOffset(draft.arrival, offsetOf)
    // Arriving before leaving is a typo in one of the two; the arrival is the one said to be wrong.
    if (arrival === null || (departure !== null && Date.parse(arrival) <= Date.parse(departure))) {
      invalid.push('arrival')
    }
  }
  if (invalid.length > 0 || departure === null) return { ok: false, invalid }
  return { ok: true, carrier, leg: { carrier, number, from, to, departure, arrival, mode: draft.mode } }
}
