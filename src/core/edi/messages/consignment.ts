// Why this file exists: CARDIT (M48, v2.1; post → carrier, the electronic delivery bill CN 37/38/41/47)
// and PRECON (M10, v1.1; origin post → destination post) advise the same consignment content, so one
// table serves both with their own UNH identifiers. Items are not sent to carriers: receptacles decode
// with `items: []`. Segment table reconstructed from UPU.md §4, every row unconfirmed.
import type { ConsignmentRecord } from '../records'
import type { EdiMessage, MessageMapping, Segment } from '../types'
import { seg } from './build'
import { decodeLegs, encodeLegs, transportRows, transportTable } from './legs'
import { defineMapping } from './mapping'
import { decodeReceptacles, encodeReceptacles, receptacleRows, receptacleTable } from './receptacles'
import {
  bgmRow,
  carrierCode,
  carrierRow,
  cntReceptaclesRow,
  consignmentId,
  decodeBgm,
  decodeCount,
  dtmRow,
  encodeBgm,
  encodeCount,
  encodeDtm,
  locRow,
  RECEPTACLE_COUNT,
} from './segments'
import { Cursor } from './cursor'
import { row, type MessageRow } from './table'
import { category, place, time } from './values'

const DOCUMENT = '785'
const PREPARED = '137'

const bgm = bgmRow(DOCUMENT, 'consignment identifier')
const prepared = dtmRow(PREPARED, '1', 'Consignment prepared', 'document/message date/time')
const origin = locRow('5', '1', 'Origin of the consignment', 'IATA airport code or IMPC office code')
const destination = locRow(
  '8',
  '1',
  'Destination of the consignment',
  'IATA airport code or IMPC office code',
)
const categoryRow = row(
  'GIS',
  '1',
  'Mail category',
  ['1:1 category A, B, C or D', '1:2 115 (UPU code list 115)'],
  { element: 1, component: 2, value: '115' },
)
const transport = transportRows(1)
const receptacles = receptacleRows(2, false)

const table: readonly MessageRow[] = [
  bgm,
  prepared,
  origin,
  destination,
  categoryRow,
  carrierRow,
  ...transportTable(transport),
  ...receptacleTable(receptacles),
  cntReceptaclesRow,
]

function encode(r: ConsignmentRecord): Segment[] {
  return [
    encodeBgm(DOCUMENT, r.consignmentId),
    encodeDtm(PREPARED, r.preparedAt),
    seg('LOC', '5', r.origin),
    seg('LOC', '8', r.destination),
    seg('GIS', [r.category, '115']),
    seg('NAD', 'CA', [r.carrier]),
    ...encodeLegs(r.transport),
    ...encodeReceptacles(r.receptacles, false),
    encodeCount(RECEPTACLE_COUNT, r.receptacles.length),
  ]
}

function decode(message: EdiMessage): ConsignmentRecord {
  const cur = new Cursor(message, table)
  const consignment = consignmentId(decodeBgm(cur, bgm).seg, 2, 1)
  const preparedAt = time(cur.one(prepared), 'Preparation time')
  const originCode = place(cur.one(origin), 2, 1, 'Origin')
  const destinationCode = place(cur.one(destination), 2, 1, 'Destination')
  const categoryCode = category(cur.one(categoryRow), 1, 1)
  const carrier = carrierCode(cur.one(carrierRow), 2, 1)
  const legs = decodeLegs(cur, transport)
  const list = decodeReceptacles(cur, receptacles, null)
  decodeCount(cur, cntReceptaclesRow, list.length, 'receptacles')
  cur.end()
  return {
    consignmentId: consignment,
    preparedAt,
    origin: originCode,
    destination: destinationCode,
    category: categoryCode,
    carrier,
    transport: legs,
    receptacles: list,
  }
}

export const carditMapping: MessageMapping<ConsignmentRecord> = defineMapping(
  { type: 'CARDIT', version: '2', release: '1', agency: 'UP' },
  'Consignment advice, origin post → carrier before hand-over (the electronic CN 37/38/41/47 delivery bill): carrier, transport legs, receptacles.',
  table,
  encode,
  decode,
)

export const preconMapping: MessageMapping<ConsignmentRecord> = defineMapping(
  { type: 'PRECON', version: '1', release: '1', agency: 'UP' },
  'Pre-advice of a consignment, origin post → destination post before hand-over at destination: carrier, transport legs, receptacles.',
  table,
  encode,
  decode,
)
