// Why this file exists: REFRSP is the origin post's answer to an ITMREF, per item: a response code and
// the action taken, in words. Layout and response codes UNCONFIRMED (UPU.md §4.2).
import type { RefrspRecord } from '../records'
import type { EdiMessage, Segment } from '../types'
import { seg } from './build'
import { Cursor } from './cursor'
import { optionalText } from './customs'
import { defineMapping } from './mapping'
import {
  bgmRow,
  CODE,
  CODE_WORDS,
  decodeBgm,
  decodeCount,
  encodeBgm,
  encodeCount,
  EVENT_COUNT,
} from './segments'
import { qualifier, row, type MessageRow } from './table'
import { fail, itemId, Seen, shaped } from './values'

const DOCUMENT = '964'

type Response = RefrspRecord['responses'][number]

const bgm = bgmRow(DOCUMENT, null)
const gin = row('GIN', 'G1*', 'Item', ['1: BN (serial number)', '2:1 S10 item identifier'], qualifier('BN'))
const sts = row(
  'STS',
  'G1:1',
  'Response',
  ['1: 1 (status category)', '2:1 response code (code list UNCONFIRMED)'],
  qualifier('1'),
)
const ftx = row('FTX', 'G1:?', 'Action taken, in words', ['1: ACD', '4:1 text'], qualifier('ACD'))
const cnt = row(
  'CNT',
  '1',
  'Control total: responses',
  [`1:1 ${EVENT_COUNT} (number of line items)`, '1:2 how many responses the message lists'],
  qualifier(EVENT_COUNT),
)

const table: readonly MessageRow[] = [bgm, gin, sts, ftx, cnt]

function encode(r: RefrspRecord): Segment[] {
  const out: Segment[] = [encodeBgm(DOCUMENT, '')]
  for (const x of r.responses) {
    out.push(seg('GIN', 'BN', [x.itemId]), seg('STS', '1', x.code))
    if (x.action !== null) out.push(seg('FTX', 'ACD', '', '', x.action))
  }
  out.push(encodeCount(EVENT_COUNT, r.responses.length))
  return out
}

function decodeResponse(cur: Cursor, seen: Seen): Response {
  const g = cur.one(gin)
  const item = itemId(g, 2, 1)
  seen.add(item, g, 2, 1)
  const code = shaped(cur.one(sts), 2, 1, 'Response code', CODE, CODE_WORDS)
  return { itemId: item, code, action: optionalText(cur.optional(ftx), 4, 1, 'Action taken') }
}

function decode(message: EdiMessage): RefrspRecord {
  const cur = new Cursor(message, table)
  const head = decodeBgm(cur, bgm)
  if (head.number !== '') fail(head.seg, 2, 1, 'BGM 2 must be empty in a REFRSP.')
  const seen = new Seen('Item')
  const responses: Response[] = []
  while (cur.at(gin)) responses.push(decodeResponse(cur, seen))
  decodeCount(cur, cnt, responses.length, 'responses')
  cur.end()
  return { responses }
}

export const refrspMapping = defineMapping<RefrspRecord>(
  { type: 'REFRSP', version: '1', release: '0', agency: 'UP' },
  'The origin post’s answer to an ITMREF, per item: response code and the action taken.',
  table,
  encode,
  decode,
)
