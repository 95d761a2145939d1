// Why this file exists: RESDIT is the carrier's answer to CARDIT: custody events (74 received, 24
// uplifted, 21 delivered…) on a consignment's receptacles, each with its time, place and flight. Event
// codes are a code list (./codes). Segment table reconstructed from UPU.md §4, every row unconfirmed;
// the consignment sits in CNI because an airline implementation reads RESDIT from CNI onwards.
import type { ResditEvent, ResditRecord } from '../records'
import type { EdiMessage, Segment } from '../types'
import { seg } from './build'
import { codesOf, RESDIT_EVENT_LIST, resditEvent } from './codes'
import { defineMapping } from './mapping'
import { pciRow } from './receptacles'
import {
  bgmRow,
  carrierCode,
  carrierRow,
  cntEventsRow,
  consignmentId,
  decodeBgm,
  decodeCount,
  dtmRow,
  encodeBgm,
  encodeCount,
  encodeDtm,
  EVENT_COUNT,
  locRow,
  TRIP,
  TRIP_WORDS,
} from './segments'
import { Cursor } from './cursor'
import { qualifier, row, type MessageRow } from './table'
import { fail, fixed, place, receptacleId, required, Seen, shaped, time } from './values'

const DOCUMENT = '23'
const AT = '334'
const WHERE = '175'

const bgm = bgmRow(DOCUMENT, null)
const cni = row(
  'CNI',
  '1',
  'Consignment',
  ['1: 1 (one consignment per message)', '2:1 consignment identifier (as in the CARDIT)'],
  qualifier('1'),
)
const sts = row(
  'STS',
  'G1*',
  'Event',
  [
    '1: 1 (status category)',
    `2:1 RESDIT event code: ${RESDIT_EVENT_LIST.entries.map((e) => `${e.code} ${e.meaning.toLowerCase()}`).join('; ')}`,
  ],
  qualifier('1'),
)
const at = dtmRow(AT, 'G1:1', 'When the event happened', 'status change date/time')
const where = locRow(WHERE, 'G1:1', 'Where the event happened', 'IATA airport code or IMPC office code')
const tdt = row(
  'TDT',
  'G1:?',
  'Flight or trip concerned',
  ['1: 20 (main-carriage transport)', '2: flight or trip number', '3, 4: (empty)', '5:1 carrier code'],
  qualifier('20'),
)
const pci = pciRow('G1:*')

const table: readonly MessageRow[] = [bgm, carrierRow, cni, sts, at, where, tdt, pci, cntEventsRow]

function encode(r: ResditRecord): Segment[] {
  const out = [encodeBgm(DOCUMENT, ''), seg('NAD', 'CA', [r.carrier]), seg('CNI', '1', [r.consignmentId])]
  for (const e of r.events) {
    out.push(seg('STS', '1', e.code), encodeDtm(AT, e.at), seg('LOC', WHERE, e.location))
    if (e.transport !== null) out.push(seg('TDT', '20', e.transport.number, '', '', [e.transport.carrier]))
    for (const id of e.receptacles) out.push(seg('PCI', '', [id]))
  }
  out.push(encodeCount(EVENT_COUNT, r.events.length))
  return out
}

function decodeEvent(cur: Cursor): ResditEvent {
  const s = cur.one(sts)
  const code = required(s, 2, 1, 'RESDIT event code')
  const entry = resditEvent(code)
  if (!entry)
    fail(s, 2, 1, `RESDIT event code "${code}" is unknown: it must be one of ${codesOf(RESDIT_EVENT_LIST)}.`)
  const when = time(cur.one(at), 'Event time')
  const location = place(cur.one(where), 2, 1, 'Event location')
  const t = cur.optional(tdt)
  const transport =
    t === null
      ? null
      : { carrier: carrierCode(t, 5, 1), number: shaped(t, 2, 1, 'Flight or trip number', TRIP, TRIP_WORDS) }
  const receptacles: string[] = []
  const seen = new Seen('Receptacle')
  for (const p of cur.many(pci)) {
    const id = receptacleId(p, 2, 1)
    seen.add(id, p, 2, 1)
    receptacles.push(id)
  }
  return { code: entry.code, at: when, location, transport, receptacles }
}

function decode(message: EdiMessage): ResditRecord {
  const cur = new Cursor(message, table)
  const head = decodeBgm(cur, bgm)
  if (head.number !== '') fail(head.seg, 2, 1, 'BGM 2 must be empty in a RESDIT: the consignment is in CNI.')
  const carrier = carrierCode(cur.one(carrierRow), 2, 1)
  const c = cur.one(cni)
  fixed(c, 1, 1, '1', 'Consolidation item number')
  const consignment = consignmentId(c, 2, 1)
  const events: ResditEvent[] = []
  while (cur.at(sts)) events.push(decodeEvent(cur))
  decodeCount(cur, cntEventsRow, events.length, 'events')
  cur.end()
  return { consignmentId: consignment, carrier, events }
}

export const resditMapping = defineMapping<ResditRecord>(
  { type: 'RESDIT', version: '1', release: '1', agency: 'UP' },
  'Carrier → post custody events on a CARDIT consignment (received, loaded, uplifted, handed over, delivered…), per receptacle.',
  table,
  encode,
  decode,
)
