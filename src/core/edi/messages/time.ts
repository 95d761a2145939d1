// Why this file exists: records carry local time with its UTC offset (ISO 8601, e.g.
// 2026-03-14T10:30:00+01:00) and the messages must give back exactly that string. DTM is written as
// `qualifier:CCYYMMDDHHMMSS±hhmm:304`. Format 304 is CCYYMMDDHHMMSSZZZ; its "ZZZ" (time zone) has three
// characters, which cannot hold half-hour zones, so the offset is written as the ISO 8601 basic offset
// ±hhmm (or Z for a record written in UTC). In the text form the + of a positive offset is released
// (`?+`). How UPU writes zones is UNCONFIRMED. Decode also accepts format 303 (no seconds) and ±hh.

/** The DTM format code the mappings write. */
export const DTM_FORMAT = '304'
export const DTM_FORMATS_READ: readonly string[] = ['303', '304']

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:(Z)|([+-])(\d{2}):(\d{2}))$/
const EDI_303 = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})()(?:(Z)|([+-])(\d{2})(\d{2})?)$/
const EDI_304 = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:(Z)|([+-])(\d{2})(\d{2})?)$/

/** Offsets in use run from −12:00 to +14:00; anything beyond ±14:00 is a typo. */
const MAX_OFFSET_MINUTES = 14 * 60

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

interface Parts {
  year: string
  month: string
  day: string
  hour: string
  minute: string
  second: string
  /** 'Z', or sign + hh + mm */
  zone: string
  sign: string
  offsetHours: string
  offsetMinutes: string
}

function parts(m: RegExpExecArray): Parts {
  return {
    year: m[1] ?? '',
    month: m[2] ?? '',
    day: m[3] ?? '',
    hour: m[4] ?? '',
    minute: m[5] ?? '',
    second: m[6] || '00',
    zone: m[7] ?? '',
    sign: m[8] ?? '',
    offsetHours: m[9] ?? '',
    offsetMinutes: m[10] ?? '00',
  }
}

/** What is wrong with these date/time parts, or null. */
function problem(p: Parts): string | null {
  const year = Number(p.year)
  const month = Number(p.month)
  const day = Number(p.day)
  if (year < 1) return `year ${p.year} does not exist`
  if (month < 1 || month > 12) return `month ${p.month} does not exist`
  if (day < 1 || day > daysInMonth(year, month)) return `day ${p.day} does not exist in ${p.year}-${p.month}`
  if (Number(p.hour) > 23) return `hour ${p.hour} does not exist`
  if (Number(p.minute) > 59) return `minute ${p.minute} does not exist`
  if (Number(p.second) > 59) return `second ${p.second} does not exist`
  if (p.zone !== 'Z') {
    if (Number(p.offsetMinutes) > 59) return `UTC offset minutes ${p.offsetMinutes} do not exist`
    if (Number(p.offsetHours) * 60 + Number(p.offsetMinutes) > MAX_OFFSET_MINUTES) {
      return `UTC offset ${p.sign}${p.offsetHours}:${p.offsetMinutes} is beyond ±14:00`
    }
  }
  return null
}

/** The DTM value (component 2) for an ISO time. Throws RangeError on a time no record should hold (a bug). */
export function dtmValue(iso: string): string {
  const m = ISO.exec(iso)
  if (!m) {
    throw new RangeError(`time must be ISO 8601 YYYY-MM-DDTHH:MM:SS with Z or ±HH:MM, got "${iso}"`)
  }
  const p = parts(m)
  const wrong = problem(p)
  if (wrong !== null) throw new RangeError(`time "${iso}": ${wrong}`)
  const zone = p.zone === 'Z' ? 'Z' : `${p.sign}${p.offsetHours}${p.offsetMinutes}`
  return `${p.year}${p.month}${p.day}${p.hour}${p.minute}${p.second}${zone}`
}

export type TimeReading = { iso: string } | { error: string }

/** Reads a DTM value written in `format`; the format code itself is checked by the caller. */
export function readDtmValue(value: string, format: string): TimeReading {
  const m = (format === '303' ? EDI_303 : EDI_304).exec(value)
  if (!m) {
    const shape = format === '303' ? 'CCYYMMDDHHMM' : 'CCYYMMDDHHMMSS'
    return { error: `"${value}" is not a format ${format} time (${shape} then ±hhmm, ±hh or Z)` }
  }
  const p = parts(m)
  const wrong = problem(p)
  if (wrong !== null) return { error: `"${value}" is not a valid time: ${wrong}` }
  const zone = p.zone === 'Z' ? 'Z' : `${p.sign}${p.offsetHours}:${p.offsetMinutes}`
  return { iso: `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${zone}` }
}
