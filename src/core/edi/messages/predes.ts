// Why this file exists: PREDES (M41, v2.1) tells the destination office of exchange, at dispatch closure,
// what is coming: the S8 dispatch, its planned transport, its receptacles (S9, weight, type, flags) and —
// new in v2.1 — the S10 items in each receptacle. The segment table is our reconstruction from
// shared/reference/UPU.md §4; the official M41 table was not available, so every row is unconfirmed.
import type { PredesRecord } from '../records'
import type { EdiMessage, Segment } from '../types'
import { seg } from './build'
import { decodeLegs, encodeLegs, transportRows, transportTable } from './legs'
import { defineMapping } from './mapping'
import { decodeReceptacles, encodeReceptacles, receptacleRows, receptacleTable } from './receptacles'
import {
  bgmRow,
  cntReceptaclesRow,
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
import { category, dispatchId, fail, office, subclass, time } from './values'

const DOCUMENT = '351'
const CLOSED = '11'

const bgm = bgmRow(DOCUMENT, 'S8 dispatch identifier (20 characters)')
const closed = dtmRow(CLOSED, '1', 'Dispatch closed', 'despatch date/time')
const origin = locRow('5', '1', 'Origin office of exchange', 'IMPC code (UPU code list 108)')
const destination = locRow('8', '1', 'Destination office of exchange', 'IMPC code (UPU code list 108)')
const categoryRow = row(
  'GIS',
  '1',
  'Mail category',
  ['1:1 category A, B, C or D', '1:2 115 (UPU code list 115)'],
  { element: 1, component: 2, value: '115' },
)
const subclassRow = row(
  'GIS',
  '1',
  'Mail subclass',
  ['1:1 subclass, e.g. UN, CN, EN', '1:2 117 (UPU code list 117)'],
  { element: 1, component: 2, value: '117' },
)
const transport = transportRows(1)
const receptacles = receptacleRows(2, true)

const table: readonly MessageRow[] = [
  bgm,
  closed,
  origin,
  destination,
  categoryRow,
  subclassRow,
  ...transportTable(transport),
  ...receptacleTable(receptacles),
  cntReceptaclesRow,
]

function encode(r: PredesRecord): Segment[] {
  return [
    encodeBgm(DOCUMENT, r.dispatchId),
    encodeDtm(CLOSED, r.closedAt),
    seg('LOC', '5', r.origin),
    seg('LOC', '8', r.destination),
    seg('GIS', [r.category, '115']),
    seg('GIS', [r.subclass, '117']),
    ...encodeLegs(r.transport),
    ...encodeReceptacles(r.receptacles, true),
    encodeCount(RECEPTACLE_COUNT, r.receptacles.length),
  ]
}

/** A header value (in `element`, component 1) must agree with the S8's field at `from`–`to` (0-based, end exclusive). */
function agrees(
  s: Segment,
  element: number,
  value: string,
  dispatch: string,
  from: number,
  to: number,
  what: string,
): void {
  const inId = dispatch.slice(from, to)
  if (value !== inId) {
    const positions = to - from === 1 ? `position ${to}` : `positions ${from + 1}–${to}`
    fail(
      s,
      element,
      1,
      `${what} ${value} disagrees with dispatch ${dispatch}, which says ${inId} (${positions}).`,
    )
  }
}

function decode(message: EdiMessage): PredesRecord {
  const cur = new Cursor(message, table)
  const head = decodeBgm(cur, bgm)
  const dispatch = dispatchId(head.seg, 2, 1)
  const closedAt = time(cur.one(closed), 'Dispatch closing time')

  const o = cur.one(origin)
  const originCode = office(o, 2, 1, 'Origin office')
  agrees(o, 2, originCode, dispatch, 0, 6, 'Origin office')
  const d = cur.one(destination)
  const destinationCode = office(d, 2, 1, 'Destination office')
  agrees(d, 2, destinationCode, dispatch, 6, 12, 'Destination office')
  const c = cur.one(categoryRow)
  const categoryCode = category(c, 1, 1)
  agrees(c, 1, categoryCode, dispatch, 12, 13, 'Mail category')
  const s = cur.one(subclassRow)
  const subclassCode = subclass(s, 1, 1)
  agrees(s, 1, subclassCode, dispatch, 13, 15, 'Mail subclass')

  const legs = decodeLegs(cur, transport)
  const list = decodeReceptacles(cur, receptacles, dispatch)
  decodeCount(cur, cntReceptaclesRow, list.length, 'receptacles')
  cur.end()
  return {
    dispatchId: dispatch,
    origin: originCode,
    destination: destinationCode,
    category: categoryCode,
    subclass: subclassCode,
    closedAt,
    transport: legs,
    receptacles: list,
  }
}

export const predesMapping = defineMapping<PredesRecord>(
  { type: 'PREDES', version: '2', release: '1', agency: 'UP' },
  'Pre-advice of a dispatch, origin OE → destination OE at dispatch closure: receptacles, planned transport and the items in each receptacle.',
  table,
  encode,
  decode,
)
