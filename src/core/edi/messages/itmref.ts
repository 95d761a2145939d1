// Why this file exists: ITMREF carries a referral raised by destination customs or security on an item
// back to the origin post: RFI (request for information), RFS (request for screening) or DNL (do not
// load), with free text. Layout and codes UNCONFIRMED (UPU.md §4.2, §5.2).
import type { ItmrefRecord } from '../records'
import type { EdiMessage, Segment } from '../types'
import { seg } from './build'
import { Cursor } from './cursor'
import { isReferralType, optionalText, REFERRAL_TYPE_LIST } from './customs'
import { defineMapping } from './mapping'
import { bgmRow, decodeBgm, decodeCount, encodeBgm, encodeCount, EVENT_COUNT } from './segments'
import { qualifier, row, type MessageRow } from './table'
import { fail, itemId, required, Seen } from './values'

const DOCUMENT = '963'

type Referral = ItmrefRecord['referrals'][number]

const bgm = bgmRow(DOCUMENT, null)
const gin = row('GIN', 'G1*', 'Item', ['1: BN (serial number)', '2:1 S10 item identifier'], qualifier('BN'))
const sts = row(
  'STS',
  'G1:1',
  'Referral',
  [
    '1: 1 (status category)',
    `2:1 referral type: ${REFERRAL_TYPE_LIST.entries.map((e) => e.code).join(', ')}`,
  ],
  qualifier('1'),
)
const ftx = row('FTX', 'G1:?', 'What is asked, in words', ['1: AAI', '4:1 text'], qualifier('AAI'))
const cnt = row(
  'CNT',
  '1',
  'Control total: referrals',
  [`1:1 ${EVENT_COUNT} (number of line items)`, '1:2 how many referrals the message lists'],
  qualifier(EVENT_COUNT),
)

const table: readonly MessageRow[] = [bgm, gin, sts, ftx, cnt]

function encode(r: ItmrefRecord): Segment[] {
  const out: Segment[] = [encodeBgm(DOCUMENT, '')]
  for (const x of r.referrals) {
    out.push(seg('GIN', 'BN', [x.itemId]), seg('STS', '1', x.type))
    if (x.text !== null) out.push(seg('FTX', 'AAI', '', '', x.text))
  }
  out.push(encodeCount(EVENT_COUNT, r.referrals.length))
  return out
}

function decodeReferral(cur: Cursor, seen: Seen): Referral {
  const g = cur.one(gin)
  const item = itemId(g, 2, 1)
  seen.add(item, g, 2, 1)
  const s = cur.one(sts)
  const type = required(s, 2, 1, 'Referral type')
  if (!isReferralType(type)) {
    fail(
      s,
      2,
      1,
      `Referral type "${type}" is not ${REFERRAL_TYPE_LIST.entries.map((e) => e.code).join(', ')}.`,
    )
  }
  return { itemId: item, type, text: optionalText(cur.optional(ftx), 4, 1, 'Referral text') }
}

function decode(message: EdiMessage): ItmrefRecord {
  const cur = new Cursor(message, table)
  const head = decodeBgm(cur, bgm)
  if (head.number !== '') fail(head.seg, 2, 1, 'BGM 2 must be empty in an ITMREF.')
  const seen = new Seen('Item')
  const referrals: Referral[] = []
  while (cur.at(gin)) referrals.push(decodeReferral(cur, seen))
  decodeCount(cur, cnt, referrals.length, 'referrals')
  cur.end()
  return { referrals }
}

export const itmrefMapping = defineMapping<ItmrefRecord>(
  { type: 'ITMREF', version: '1', release: '0', agency: 'UP' },
  'Referrals raised by destination customs or security on items, to the origin post: request for information (RFI), for screening (RFS), do not load (DNL).',
  table,
  encode,
  decode,
)
