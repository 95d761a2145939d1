// Why this file exists: CUSITM (M43) gives a post's customs the declaration of one item, the CN 22 / CN 23
// in data: S10, destination, declared category, total value, sender and addressee, content lines. The
// real segment layout is UNCONFIRMED (UPU.md §4.2); this mapping writes it in the house EDIFACT style.
import type { CusitmRecord, CustomsContentLine, CustomsParty } from '../records'
import type { EdiMessage, Segment } from '../types'
import { element } from '../syntax'
import { seg } from './build'
import { Cursor } from './cursor'
import { amount, country, money, text } from './customs'
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
import { count, fail, itemId, kilograms, shaped } from './values'

const DOCUMENT = '830'
const TOTAL = '39'
const LINE_VALUE = '38'
const HS = /^\d{6,10}$/

const bgm = bgmRow(DOCUMENT, null)
const gin = row('GIN', '1', 'Item', ['1: BN (serial number)', '2:1 S10 item identifier'], qualifier('BN'))
const destination = row(
  'LOC',
  '1',
  'Destination country',
  ['1: 28 (country of destination)', '2:1 ISO 3166-1 alpha-2'],
  qualifier('28'),
)
const cst = row(
  'CST',
  '1',
  'Declared category',
  ['1: CAT', '2:1 category code (gift, sale of goods…; code list UNCONFIRMED)'],
  qualifier('CAT'),
)
const total = row(
  'MOA',
  '1',
  'Total declared value',
  [`1:1 ${TOTAL} (invoice amount)`, '1:2 amount, at most two decimals', '1:3 currency (ISO 4217)'],
  qualifier(TOTAL),
)
function partyRow(q: string, meaning: string): MessageRow {
  return row('NAD', '1', meaning, [`1: ${q}`, '4:1 name', '9:1 country (ISO 3166-1 alpha-2)'], qualifier(q))
}
const sender = partyRow('CZ', 'Sender')
const addressee = partyRow('CN', 'Addressee')
const lin = row('LIN', 'G1*', 'Content line', ['1:1 line number, from 1'])
const ftx = row('FTX', 'G1:1', 'Description of the contents', ['1: AAA', '4:1 description'], qualifier('AAA'))
const qty = row('QTY', 'G1:1', 'Quantity', ['1:1 1', '1:2 number of pieces'], qualifier('1'))
const mea = row('MEA', 'G1:1', 'Net weight', ['1: WT', '3:1 KGM', '3:2 kilograms'], qualifier('WT'))
const lineValue = row(
  'MOA',
  'G1:1',
  'Value of the line',
  [`1:1 ${LINE_VALUE}`, '1:2 amount, in the total’s currency'],
  qualifier(LINE_VALUE),
)
const pia = row(
  'PIA',
  'G1:?',
  'HS tariff code',
  ['1: 5', '2:1 HS code, 6 to 10 digits', '2:2 HS'],
  qualifier('5'),
)
const origin = row(
  'LOC',
  'G1:?',
  'Country of origin',
  ['1: 27 (country of origin)', '2:1 ISO 3166-1 alpha-2'],
  qualifier('27'),
)
const cnt = row(
  'CNT',
  '1',
  'Control total: content lines',
  [`1:1 ${EVENT_COUNT} (number of line items)`, '1:2 how many content lines the message lists'],
  qualifier(EVENT_COUNT),
)

const table: readonly MessageRow[] = [
  bgm,
  gin,
  destination,
  cst,
  total,
  sender,
  addressee,
  lin,
  ftx,
  qty,
  mea,
  lineValue,
  pia,
  origin,
  cnt,
]

function encodeParty(q: string, p: CustomsParty): Segment {
  return seg('NAD', q, '', '', p.name, '', '', '', '', p.country)
}

function encode(r: CusitmRecord): Segment[] {
  const out: Segment[] = [
    encodeBgm(DOCUMENT, ''),
    seg('GIN', 'BN', [r.itemId]),
    seg('LOC', '28', r.destination),
    seg('CST', 'CAT', r.category),
    seg('MOA', [TOTAL, String(r.total.amount), r.total.currency]),
    encodeParty('CZ', r.sender),
    encodeParty('CN', r.addressee),
  ]
  r.contents.forEach((l, i) => {
    out.push(
      seg('LIN', String(i + 1)),
      seg('FTX', 'AAA', '', '', l.description),
      seg('QTY', ['1', String(l.quantity)]),
      seg('MEA', 'WT', '', ['KGM', String(l.weightKg)]),
      seg('MOA', [LINE_VALUE, String(l.value)]),
    )
    if (l.hsCode !== null) out.push(seg('PIA', '5', [l.hsCode, 'HS']))
    if (l.origin !== null) out.push(seg('LOC', '27', l.origin))
  })
  out.push(encodeCount(EVENT_COUNT, r.contents.length))
  return out
}

function decodeParty(s: Segment, what: string): CustomsParty {
  return { name: text(s, 4, 1, `${what} name`), country: country(s, 9, 1, `${what} country`) }
}

function decodeLine(cur: Cursor, n: number): CustomsContentLine {
  const l = cur.one(lin)
  if (count(l, 1, 1, 'Line number') !== n)
    fail(l, 1, 1, `Line number is "${element(l, 1, 1)}"; line ${n} is expected here.`)
  const description = text(cur.one(ftx), 4, 1, 'Description')
  const q = cur.one(qty)
  const quantity = count(q, 1, 2, 'Quantity')
  if (quantity === 0) fail(q, 1, 2, 'Quantity is 0: a content line has at least one piece.')
  const m = cur.one(mea)
  if (element(m, 3, 1) !== 'KGM')
    fail(m, 3, 1, `Weight unit is "${element(m, 3, 1)}"; this mapping writes KGM.`)
  const weightKg = kilograms(m, 3, 2, 'Net weight')
  const value = amount(cur.one(lineValue), 1, 2, 'Line value')
  const p = cur.optional(pia)
  let hsCode: string | null = null
  if (p !== null) {
    hsCode = shaped(p, 2, 1, 'HS code', HS, '6 to 10 digits')
    if (element(p, 2, 2) !== 'HS')
      fail(p, 2, 2, `HS code list is "${element(p, 2, 2)}"; this mapping writes HS.`)
  }
  const o = cur.optional(origin)
  return {
    description,
    quantity,
    weightKg,
    value,
    hsCode,
    origin: o === null ? null : country(o, 2, 1, 'Country of origin'),
  }
}

function decode(message: EdiMessage): CusitmRecord {
  const cur = new Cursor(message, table)
  const head = decodeBgm(cur, bgm)
  if (head.number !== '') fail(head.seg, 2, 1, 'BGM 2 must be empty in a CUSITM.')
  const item = itemId(cur.one(gin), 2, 1)
  const dest = country(cur.one(destination), 2, 1, 'Destination country')
  const cat = shaped(cur.one(cst), 2, 1, 'Declared category', CODE, CODE_WORDS)
  const t = money(cur.one(total), 'Total value')
  const from = decodeParty(cur.one(sender), 'Sender')
  const to = decodeParty(cur.one(addressee), 'Addressee')
  const contents: CustomsContentLine[] = []
  while (cur.at(lin)) contents.push(decodeLine(cur, contents.length + 1))
  decodeCount(cur, cnt, contents.length, 'content lines')
  cur.end()
  return {
    itemId: item,
    destination: dest,
    category: cat,
    total: t,
    sender: from,
    addressee: to,
    contents,
  }
}

export const cusitmMapping = defineMapping<CusitmRecord>(
  { type: 'CUSITM', version: '1', release: '0', agency: 'UP' },
  'One item’s customs declaration (CN 22 / CN 23 in data) from the post to its customs: S10, destination, category, value, sender, addressee, content lines.',
  table,
  encode,
  decode,
)
