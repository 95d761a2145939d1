// Why this file exists: PREDES, CARDIT and PRECON carry the same transport legs (TDT group: carrier,
// flight or trip, mode, places and times of departure and arrival), so the group is defined once.
import type { TransportLeg } from '../records'
import type { Segment } from '../types'
import { seg } from './build'
import type { Cursor } from './cursor'
import { dtmRow, encodeDtm, locRow, carrierCode, TRIP, TRIP_WORDS } from './segments'
import { qualifier, row, type MessageRow } from './table'
import { fail, place, required, shaped, time } from './values'

const MODES: readonly string[] = ['1', '2', '3', '4']

export interface TransportRows {
  tdt: MessageRow
  from: MessageRow
  departure: MessageRow
  to: MessageRow
  arrival: MessageRow
}

export function transportRows(group: number): TransportRows {
  const g = `G${group}`
  return {
    tdt: row(
      'TDT',
      `${g}*`,
      'Transport leg',
      [
        '1: 20 (main-carriage transport)',
        '2: flight or trip number, e.g. AF0012',
        '3:1 mode of transport: 1 sea, 2 rail, 3 road, 4 air (UN/EDIFACT 8067)',
        '4: (empty)',
        '5:1 carrier code (IATA airline code or operator code)',
      ],
      qualifier('20'),
    ),
    from: locRow('9', `${g}:1`, 'Place of loading', 'IATA airport code or IMPC office code'),
    departure: dtmRow('133', `${g}:1`, 'Departure', 'departure date/time, estimated'),
    to: locRow('11', `${g}:1`, 'Place of discharge', 'IATA airport code or IMPC office code'),
    arrival: dtmRow('132', `${g}:?`, 'Arrival (when known)', 'arrival date/time, estimated'),
  }
}

export function transportTable(r: TransportRows): MessageRow[] {
  return [r.tdt, r.from, r.departure, r.to, r.arrival]
}

export function encodeLegs(legs: readonly TransportLeg[]): Segment[] {
  const out: Segment[] = []
  for (const leg of legs) {
    out.push(
      seg('TDT', '20', leg.number, leg.mode, '', [leg.carrier]),
      seg('LOC', '9', leg.from),
      encodeDtm('133', leg.departure),
      seg('LOC', '11', leg.to),
    )
    if (leg.arrival !== null) out.push(encodeDtm('132', leg.arrival))
  }
  return out
}

export function decodeLegs(cur: Cursor, r: TransportRows): TransportLeg[] {
  const legs: TransportLeg[] = []
  while (cur.at(r.tdt)) {
    const tdt = cur.one(r.tdt)
    const number = shaped(tdt, 2, 1, 'Flight or trip number', TRIP, TRIP_WORDS)
    const mode = required(tdt, 3, 1, 'Mode of transport')
    if (!MODES.includes(mode)) {
      fail(tdt, 3, 1, `Mode of transport "${mode}" is not 1 (sea), 2 (rail), 3 (road) or 4 (air).`)
    }
    const carrier = carrierCode(tdt, 5, 1)
    const from = place(cur.one(r.from), 2, 1, 'Place of loading')
    const departure = time(cur.one(r.departure), 'Departure time')
    const to = place(cur.one(r.to), 2, 1, 'Place of discharge')
    const arrivalSeg = cur.optional(r.arrival)
    const arrival = arrivalSeg === null ? null : time(arrivalSeg, 'Arrival time')
    legs.push({ carrier, number, from, to, departure, arrival, mode: mode as TransportLeg['mode'] })
  }
  return legs
}
