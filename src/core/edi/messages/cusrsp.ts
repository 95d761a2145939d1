// Why this file exists: CUSRSP (M44) carries customs' answer on each item back to the post: a processing
// indicator (after UN/EDIFACT DE 7365: 4 released, 5 examination, 6 documents, 7 detained; see
// ./customs for the decision each stands for), duty to pay and customs' reason. Layout UNCONFIRMED.
import type { CusrspRecord, CustomsResponse } from '../records'
import type { EdiMessage, Segment } from '../types'
import { element } from '../syntax'
import { seg } from './build'
import { Cursor } from './cursor'
import { CUSTOMS_INDICATOR_LIST, customsIndicator, money, optionalText } from './customs'
import { defineMapping } from './mapping'
import { bgmRow, decodeBgm, decodeCount, encodeBgm, encodeCount, EVENT_COUNT } from './segments'
import { qualifier, row, type MessageRow } from './table'
import { fail, itemId, required, Seen } from './values'

const DOCUMENT = '962'
const DUTY = '55'

const bgm = bgmRow(DOCUMENT, null)
const gin = row('GIN', 'G1*', 'Item', ['1: BN (serial number)', '2:1 S10 item identifier'], qualifier('BN'))
const gis = row('GIS', 'G1:1', 'Customs decision', [
  `1:1 processing indicator: ${CUSTOMS_INDICATOR_LIST.entries.map((e) => `${e.code} ${e.decision}${e.holdReason ? ` (${e.holdReason})` : ''}`).join(', ')}`,
  '1:3 7365 (code list: processing indicator)',
])
const duty = row(
  'MOA',
  'G1:?',
  'Duty and taxes to pay',
  [`1:1 ${DUTY} (duty)`, '1:2 amount, at most two decimals', '1:3 currency (ISO 4217)'],
  qualifier(DUTY),
)
const ftx = row('FTX', 'G1:?', 'Customs’ reason', ['1: ACB', '4:1 reason in words'], qualifier('ACB'))
const cnt = row(
  'CNT',
  '1',
  'Control total: items',
  [`1:1 ${EVENT_COUNT} (number of line items)`, '1:2 how many items the message lists'],
  qualifier(EVENT_COUNT),
)

const table: readonly MessageRow[] = [bgm, gin, gis, duty, ftx, cnt]

function encode(r: CusrspRecord): Segment[] {
  const out: Segment[] = [encodeBgm(DOCUMENT, '')]
  for (const x of r.responses) {
    out.push(seg('GIN', 'BN', [x.itemId]), seg('GIS', [x.indicator, '', '7365']))
    if (x.duty !== null) out.push(seg('MOA', [DUTY, String(x.duty.amount), x.duty.currency]))
    if (x.reason !== null) out.push(seg('FTX', 'ACB', '', '', x.reason))
  }
  out.push(encodeCount(EVENT_COUNT, r.responses.length))
  return out
}

function decodeResponse(cur: Cursor, seen: Seen): CustomsResponse {
  const g = cur.one(gin)
  const item = itemId(g, 2, 1)
  seen.add(item, g, 2, 1)
  const s = cur.one(gis)
  const code = required(s, 1, 1, 'Processing indicator')
  const known = customsIndicator(code)
  if (known === null) {
    fail(
      s,
      1,
      1,
      `Processing indicator "${code}" is not one this mapping reads (${CUSTOMS_INDICATOR_LIST.entries.map((e) => e.code).join(', ')}).`,
    )
  }
  if (element(s, 1, 3) !== '7365')
    fail(s, 1, 3, `Code list is "${element(s, 1, 3)}"; this mapping writes 7365.`)
  const d = cur.optional(duty)
  const reason = optionalText(cur.optional(ftx), 4, 1, 'Reason')
  return { itemId: item, indicator: known.code, duty: d === null ? null : money(d, 'Duty'), reason }
}

function decode(message: EdiMessage): CusrspRecord {
  const cur = new Cursor(message, table)
  const head = decodeBgm(cur, bgm)
  if (head.number !== '') fail(head.seg, 2, 1, 'BGM 2 must be empty in a CUSRSP.')
  const seen = new Seen('Item')
  const responses: CustomsResponse[] = []
  while (cur.at(gin)) responses.push(decodeResponse(cur, seen))
  decodeCount(cur, cnt, responses.length, 'items')
  cur.end()
  return { responses }
}

export const cusrspMapping = defineMapping<CusrspRecord>(
  { type: 'CUSRSP', version: '1', release: '0', agency: 'UP' },
  'Customs’ decision on each item, to the post: processing indicator (release, examination, documents, detained), duty to pay, reason.',
  table,
  encode,
  decode,
)
