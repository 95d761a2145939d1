// Why this file exists: BGM, DTM, LOC, CNT and the carrier's NAD are written and read the same way in
// every message; defining their rows once keeps the messages consistent, and a correction (say, to the
// DTM format) is made in one place.
import type { Segment } from '../types'
import { seg } from './build'
import type { Cursor } from './cursor'
import { element } from '../syntax'
import { qualifier, row, type MessageRow } from './table'
import { DTM_FORMAT, dtmValue } from './time'
import { count, fail, fixed, shaped } from './values'

export function bgmRow(documentCode: string, numberMeaning: string | null): MessageRow {
  return row(
    'BGM',
    '1',
    'Beginning of message',
    [
      `1:1 document name code ${documentCode}`,
      numberMeaning === null ? '2: (empty)' : `2:1 ${numberMeaning}`,
      '3: message function 9 (original); no other function is read',
    ],
    qualifier(documentCode),
  )
}

export function encodeBgm(documentCode: string, documentNumber: string): Segment {
  return seg('BGM', documentCode, documentNumber, '9')
}

/** Reads BGM; returns its document number (element 2), which may be ''. */
export function decodeBgm(cur: Cursor, r: MessageRow): { seg: Segment; number: string } {
  const bgm = cur.one(r)
  fixed(bgm, 3, 1, '9', 'Message function')
  return { seg: bgm, number: element(bgm, 2, 1) }
}

export function dtmRow(q: string, occurs: string, meaning: string, qualifierMeaning: string): MessageRow {
  return row(
    'DTM',
    occurs,
    meaning,
    [
      `1:1 ${q} (${qualifierMeaning})`,
      '1:2 local time CCYYMMDDHHMMSS then UTC offset ±hhmm (or Z)',
      `1:3 ${DTM_FORMAT} (CCYYMMDDHHMMSSZZZ)`,
    ],
    qualifier(q),
  )
}

export function encodeDtm(q: string, iso: string): Segment {
  return seg('DTM', [q, dtmValue(iso), DTM_FORMAT])
}

export function locRow(q: string, occurs: string, meaning: string, valueMeaning: string): MessageRow {
  return row(
    'LOC',
    occurs,
    meaning,
    [`1: ${q} (${meaning.toLowerCase()})`, `2:1 ${valueMeaning}`],
    qualifier(q),
  )
}

export const RECEPTACLE_COUNT = '11'

export const cntReceptaclesRow = row(
  'CNT',
  '1',
  'Control total: receptacles',
  [`1:1 ${RECEPTACLE_COUNT} (number of packages)`, '1:2 how many receptacles the message lists'],
  qualifier(RECEPTACLE_COUNT),
)

export const EVENT_COUNT = '2'

export const cntEventsRow = row(
  'CNT',
  '1',
  'Control total: events',
  [`1:1 ${EVENT_COUNT} (number of line items)`, '1:2 how many events the message lists'],
  qualifier(EVENT_COUNT),
)

export function encodeCount(q: string, n: number): Segment {
  return seg('CNT', [q, String(n)])
}

export function decodeCount(cur: Cursor, r: MessageRow, listed: number, what: string): void {
  const cnt = cur.one(r)
  const said = count(cnt, 1, 2, `Number of ${what}`)
  if (said !== listed) fail(cnt, 1, 2, `CNT says ${said} ${what} but the message lists ${listed}.`)
}

// ---- shared shapes ------------------------------------------------------------------------------------

export const CONSIGNMENT = /^[A-Z0-9][A-Z0-9./-]{0,34}$/
export const CONSIGNMENT_WORDS = '1 to 35 capital letters, digits, . / or -, starting with a letter or digit'
export const CARRIER = /^[A-Z0-9]{2,17}$/
export const CARRIER_WORDS = '2 to 17 capital letters or digits (an IATA airline or operator code)'
export const TRIP = /^[A-Z0-9]{1,17}$/
export const TRIP_WORDS = '1 to 17 capital letters or digits'
export const CODE = /^[A-Z0-9]{1,17}$/
export const CODE_WORDS = '1 to 17 capital letters or digits'

export function consignmentId(s: Segment, e: number, c: number): string {
  return shaped(s, e, c, 'Consignment identifier', CONSIGNMENT, CONSIGNMENT_WORDS)
}

export function carrierCode(s: Segment, e: number, c: number): string {
  return shaped(s, e, c, 'Carrier code', CARRIER, CARRIER_WORDS)
}

export const carrierRow = row(
  'NAD',
  '1',
  'Carrier',
  ['1: CA (carrier)', '2:1 carrier code (IATA airline code or road/rail operator code)'],
  qualifier('CA'),
)
