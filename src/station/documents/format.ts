// How dates, weights and counts read on the documents. Times are shown as the office wrote them, in its own UTC
// offset, never in the offset of the machine that prints; weights are summed in tenths of a kilogram, the unit
// of the S9 weight field, so the total is exactly the sum of the printed lines.

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

/** The instant of an ISO 8601 timestamp with offset; throws on anything else (the caller closed no dispatch). */
export function instantOf(iso: string): Date {
  const date = new Date(iso)
  if (!ISO.test(iso) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Expected an ISO 8601 date-time with offset, got ${JSON.stringify(iso)}`)
  }
  return date
}

/** `2025-03-14 18:05 UTC+01:00` for an ISO timestamp with offset; any other text is shown as it is. */
export function formatLocalTime(iso: string): string {
  const m = ISO.exec(iso)
  if (!m) return iso
  const [, year, month, day, hour, minute, offset = 'Z'] = m
  const utc = offset === 'Z' ? 'UTC' : `UTC${offset.slice(0, 3)}:${offset.slice(-2)}`
  return `${year}-${month}-${day} ${hour}:${minute} ${utc}`
}

/** Weight in tenths of a kilogram, as on the S9 label. */
export function tenthsOf(kg: number): number {
  return Math.round(kg * 10)
}

/** `1 234.5`: tenths of a kilogram as kilograms with one decimal. */
export function formatTenths(tenths: number): string {
  const abs = Math.abs(tenths)
  return `${tenths < 0 ? '-' : ''}${formatCount(Math.floor(abs / 10))}.${abs % 10}`
}

/** `20 000`: thousands separated by a space, as on UPU forms, whatever the printing machine's locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
}

/** Dispatch number as in the S8 id: four digits. */
export function formatDispatchNumber(n: number): string {
  return String(n).padStart(4, '0')
}
