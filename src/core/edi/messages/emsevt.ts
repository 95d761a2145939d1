// Why this file exists: EMSEVT (M40, v3) reports item events (EMA … EMI, EXA–EXD, EXX, EDA–EDH, EDX) to
// partner posts: S10, event code, local time with its UTC offset, office, reason, receptacle. The real
// v3 syntax is UNCONFIRMED (possibly not EDIFACT at all); this mapping writes it in the same EDIFACT
// style as the other messages. Local time with offset: DTM format 304, see ./time.
import type { EmsevtRecord, ItemEvent } from '../records'
import type { EdiMessage, Segment } from '../types'
import { seg } from './build'
import { codesOf, EMSEVT_EVENT_LIST, emsevtEvent } from './codes'
import { defineMapping } from './mapping'
import { pciRow } from './receptacles'
import {
  bgmRow,
  cntEventsRow,
  CODE,
  CODE_WORDS,
  decodeBgm,
  decodeCount,
  dtmRow,
  encodeBgm,
  encodeCount,
  encodeDtm,
  EVENT_COUNT,
  locRow,
} from './segments'
import { element } from '../syntax'
import { Cursor } from './cursor'
import { qualifier, row, type MessageRow } from './table'
import { fail, itemId, office, receptacleId, required, shaped, time } from './values'

const DOCUMENT = '23'
const AT = '334'
const WHERE = '175'

const bgm = bgmRow(DOCUMENT, null)
const gin = row(
  'GIN',
  'G1*',
  'Item',
  ['1: BN (serial number)', '2:1 S10 item identifier, 13 characters'],
  qualifier('BN'),
)
const sts = row(
  'STS',
  'G1:1',
  'Item event',
  [
    '1: 1 (status category)',
    `2:1 UPU event code: ${EMSEVT_EVENT_LIST.entries.map((e) => e.code).join(', ')} (meanings in src/core/edi/messages/codes.ts)`,
    '3:1 reason or measure code, when the event has one (code lists UNCONFIRMED)',
  ],
  qualifier('1'),
)
const at = dtmRow(AT, 'G1:1', 'When, in local time with its UTC offset', 'status change date/time')
const where = locRow(WHERE, 'G1:1', 'Office where the event happened', 'IMPC code (UPU code list 108)')
const pci = pciRow('G1:?')

const table: readonly MessageRow[] = [bgm, gin, sts, at, where, pci, cntEventsRow]

function encode(r: EmsevtRecord): Segment[] {
  const out: Segment[] = [encodeBgm(DOCUMENT, '')]
  for (const e of r.events) {
    out.push(
      seg('GIN', 'BN', [e.itemId]),
      e.reason === null ? seg('STS', '1', e.code) : seg('STS', '1', e.code, e.reason),
      encodeDtm(AT, e.at),
      seg('LOC', WHERE, e.office),
    )
    if (e.receptacle !== null) out.push(seg('PCI', '', [e.receptacle]))
  }
  out.push(encodeCount(EVENT_COUNT, r.events.length))
  return out
}

function decodeEvent(cur: Cursor): ItemEvent {
  const item = itemId(cur.one(gin), 2, 1)
  const s = cur.one(sts)
  const code = required(s, 2, 1, 'Event code')
  if (!emsevtEvent(code)) {
    fail(s, 2, 1, `Event code "${code}" is not a UPU item event code (${codesOf(EMSEVT_EVENT_LIST)}).`)
  }
  const reason = element(s, 3, 1) === '' ? null : shaped(s, 3, 1, 'Reason code', CODE, CODE_WORDS)
  const when = time(cur.one(at), 'Event time')
  const officeCode = office(cur.one(where), 2, 1, 'Event office')
  const p = cur.optional(pci)
  return {
    itemId: item,
    code,
    at: when,
    office: officeCode,
    reason,
    receptacle: p === null ? null : receptacleId(p, 2, 1),
  }
}

function decode(message: EdiMessage): EmsevtRecord {
  const cur = new Cursor(message, table)
  const head = decodeBgm(cur, bgm)
  if (head.number !== '') fail(head.seg, 2, 1, 'BGM 2 must be empty in an EMSEVT.')
  const events: ItemEvent[] = []
  while (cur.at(gin)) events.push(decodeEvent(cur))
  decodeCount(cur, cntEventsRow, events.length, 'events')
  cur.end()
  return { events }
}

export const emsevtMapping = defineMapping<EmsevtRecord>(
  { type: 'EMSEVT', version: '3', release: '0', agency: 'UP' },
  'Item events (S10) to partner posts and the UPU: what happened, when (local time and UTC offset), at which office, why, in which receptacle.',
  table,
  encode,
  decode,
)
