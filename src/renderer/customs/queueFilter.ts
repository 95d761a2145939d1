// The queue's filters as the person types them (status, destination, value range, age), read into the
// engine's filter with a reason per field when a value cannot be used; and the same filter applied to a
// `customs.changed` event, so a live change joins or leaves the list exactly as a fresh query would.
import {
  CUSTOMS_STATES,
  type CustomsQueueEntry,
  type CustomsQueueFilter,
  type CustomsState,
} from '../../api/customs'
import type { MessageKey } from '../i18n/en'

export type StatusFilter = CustomsState | 'all'
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', ...CUSTOMS_STATES]

/** How many items the screen asks for: a shift's queue, well under the engine's 1000. */
export const QUEUE_LIMIT = 500

export interface FilterForm {
  status: StatusFilter
  destination: string
  minValue: string
  maxValue: string
  olderThanHours: string
}

export type FilterField = Exclude<keyof FilterForm, 'status'>

export const EMPTY_FILTER: FilterForm = {
  status: 'all',
  destination: '',
  minValue: '',
  maxValue: '',
  olderThanHours: '',
}

/** The engine's filter, without `limit` and with only what is set. */
export type QueueFilter = Omit<CustomsQueueFilter, 'limit'>

export type FilterReading =
  { ok: true; filter: QueueFilter } | { ok: false; errors: Partial<Record<FilterField, MessageKey>> }

/**
 * A non-negative decimal as people type it: "150", "1 234,50", "99.9". Null when it is not one: a
 * filter that silently dropped "12a" would show a list that is not what the person asked for.
 */
export function parseDecimal(text: string): number | null {
  const compact = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.')
  if (!/^\d+(\.\d*)?$/.test(compact)) return null
  const value = Number(compact)
  return Number.isFinite(value) ? value : null
}

const MAX_AGE_HOURS = 24 * 365

export function readFilter(form: FilterForm): FilterReading {
  const errors: Partial<Record<FilterField, MessageKey>> = {}
  const filter: QueueFilter = { status: form.status }

  const destination = form.destination.trim().toUpperCase()
  if (destination !== '') {
    if (/^([A-Z]{2}|[A-Z]{6})$/.test(destination)) filter.destination = destination
    else errors.destination = 'customsFilter.destinationInvalid'
  }

  const numbers: ReadonlyArray<['minValue' | 'maxValue' | 'olderThanHours', string]> = [
    ['minValue', form.minValue],
    ['maxValue', form.maxValue],
    ['olderThanHours', form.olderThanHours],
  ]
  for (const [field, text] of numbers) {
    if (text.trim() === '') continue
    const value = parseDecimal(text)
    if (value === null) errors[field] = 'customsFilter.numberInvalid'
    else if (field === 'olderThanHours' && value > MAX_AGE_HOURS) errors[field] = 'customsFilter.ageTooLong'
    else filter[field] = value
  }
  if (filter.minValue !== undefined && filter.maxValue !== undefined && filter.minValue > filter.maxValue) {
    errors.maxValue = 'customsFilter.rangeInverted'
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, filter }
}

/** How many filters narrow the list, for "2 filters on" and the way to clear them. */
export function activeFilters(filter: QueueFilter): number {
  let count = filter.status !== undefined && filter.status !== 'all' ? 1 : 0
  if (filter.destination !== undefined) count++
  if (filter.minValue !== undefined || filter.maxValue !== undefined) count++
  if (filter.olderThanHours !== undefined) count++
  return count
}

/** Whether the entry belongs in the list this filter asks for, by the engine's own rules. */
export function matchesFilter(entry: CustomsQueueEntry, filter: QueueFilter, now: Date): boolean {
  if (filter.status !== undefined && filter.status !== 'all' && entry.state !== filter.status) return false
  if (filter.destination !== undefined) {
    const where = entry.destination
    // A country filter takes the offices of that country too; an office filter only that office.
    if (where === null) return false
    if (where !== filter.destination && where.slice(0, 2) !== filter.destination) return false
  }
  if (filter.minValue !== undefined || filter.maxValue !== undefined) {
    // An item without a declared value cannot be said to be in a value range.
    const amount = entry.value?.amount
    if (amount === undefined) return false
    if (filter.minValue !== undefined && amount < filter.minValue) return false
    if (filter.maxValue !== undefined && amount > filter.maxValue) return false
  }
  if (filter.olderThanHours !== undefined) {
    const cutoff = now.getTime() - filter.olderThanHours * 3_600_000
    if (Date.parse(entry.presentedAt) > cutoff) return false
  }
  return true
}

/**
 * The list after a change to one entry: replaced where it was, appended when it newly matches (the
 * queue runs oldest first, and a change is the newest), removed when it no longer matches.
 */
export function applyEntry(
  list: readonly CustomsQueueEntry[],
  entry: CustomsQueueEntry,
  filter: QueueFilter,
  now: Date,
): CustomsQueueEntry[] {
  const at = list.findIndex((e) => e.itemId === entry.itemId)
  const belongs = matchesFilter(entry, filter, now)
  if (at < 0) return belongs ? [...list, entry] : [...list]
  if (!belongs) return list.filter((_, i) => i !== at)
  return list.map((e, i) => (i === at ? entry : e))
}
