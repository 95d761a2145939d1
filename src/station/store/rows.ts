// Rows as SQLite returns them, and their contract shapes.
import type { Dispatch, Receptacle, StationEvent } from '../types'

export interface ReceptacleRow {
  handle: number
  dispatch_id: string
  serial: number
  origin: string
  destination: string
  category: string
  subclass: string
  state: 'open' | 'closed'
  weight_limit_kg: number
  /** The weight given at closing. */
  weight_kg: number | null
  receptacle_id: string | null
  highest: number | null
  registered: number | null
  opened_at: string
  opened_by: string
  closed_at: string | null
  /** Current members, the sum of their known weights in grams, and how many of them have a weight. */
  items: number
  grams: number
  weighed: number
}

export interface DispatchRow {
  id: string
  origin: string
  destination: string
  category: string
  subclass: string
  year: number
  number: number
  state: 'open' | 'closed'
  opened_at: string
  closed_at: string | null
  receptacles: number
}

export interface EventRow {
  seq: number
  at: string
  station: string
  operator: string
  device: string | null
  type: string
  code: string | null
  outcome: string | null
  reason: string | null
  receptacle: number | null
  ref: number | null
  detail: string | null
}

function flag(value: number | null): boolean | null {
  return value === null ? null : value === 1
}

/** Running weight of an open receptacle: what is known; null when none of its items has a weight. */
function openWeight(row: ReceptacleRow): number | null {
  if (row.items > 0 && row.weighed === 0) return null
  return row.grams / 1000
}

export function toReceptacle(row: ReceptacleRow): Receptacle {
  return {
    handle: row.handle,
    dispatch: row.dispatch_id,
    serial: row.serial,
    origin: row.origin,
    destination: row.destination,
    category: row.category,
    subclass: row.subclass,
    state: row.state,
    items: row.items,
    weightKg: row.state === 'closed' ? row.weight_kg : openWeight(row),
    weightLimitKg: row.weight_limit_kg,
    receptacleId: row.receptacle_id,
    highest: flag(row.highest),
    registered: flag(row.registered),
    openedAt: row.opened_at,
    openedBy: row.opened_by,
    closedAt: row.closed_at,
  }
}

export function toDispatch(row: DispatchRow): Dispatch {
  return {
    id: row.id,
    origin: row.origin,
    destination: row.destination,
    category: row.category,
    subclass: row.subclass,
    year: row.year,
    number: row.number,
    state: row.state,
    receptacles: row.receptacles,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
  }
}

export function toStationEvent(row: EventRow): StationEvent {
  return { ...row, detail: row.detail === null ? null : (JSON.parse(row.detail) as StationEvent['detail']) }
}
