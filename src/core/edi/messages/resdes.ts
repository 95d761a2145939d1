// Why this file exists: RESDES (M13, v1.1) is the destination office's answer to a PREDES: when and
// where the dispatch's receptacles arrived, and each one's condition (received, missing, damaged,
// unadvised…) and weight found. Segment table reconstructed from UPU.md §4, every row unconfirmed.
import type { ResdesRecord } from '../records'
import type { EdiMessage, Segment } from '../types'
import { seg } from './build'
import { defineMapping } from './mapping'
import { decodeSequence, decodeWeight, encodeWeight, gidRow, meaRow, pciRow } from './receptacles'
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
import { conditionRow, decodeCondition, encodeCondition } from './condition'
import { Cursor } from './cursor'
import type { MessageRow } from './table'
import { dispatchId, office, receptacleId, Seen, time } from './values'

const DOCUMENT = '632'
const RECEIVED = '50'
const OFFICE = '175'

const bgm = bgmRow(DOCUMENT, 'S8 identifier of the dispatch answered (20 characters)')
const received = dtmRow(RECEIVED, '1', 'Received', 'goods receipt date/time')
const where = locRow(OFFICE, '1', 'Receiving office of exchange', 'IMPC code (UPU code list 108)')
const gid = gidRow(1, false)
const pci = pciRow('G1:1')
const sts = conditionRow('G1:1')
const mea = meaRow('G1:?')

const table: readonly MessageRow[] = [bgm, received, where, gid, pci, sts, mea, cntReceptaclesRow]

function encode(r: ResdesRecord): Segment[] {
  const out = [
    encodeBgm(DOCUMENT, r.dispatchId),
    encodeDtm(RECEIVED, r.receivedAt),
    seg('LOC', OFFICE, r.office),
  ]
  r.receptacles.forEach((x, i) => {
    out.push(seg('GID', String(i + 1)), seg('PCI', '', [x.id]), encodeCondition(x.condition))
    if (x.weightKg !== null) out.push(encodeWeight(x.weightKg))
  })
  out.push(encodeCount(RECEPTACLE_COUNT, r.receptacles.length))
  return out
}

function decode(message: EdiMessage): ResdesRecord {
  const cur = new Cursor(message, table)
  const dispatch = dispatchId(decodeBgm(cur, bgm).seg, 2, 1)
  const receivedAt = time(cur.one(received), 'Receipt time')
  const officeCode = office(cur.one(where), 2, 1, 'Receiving office')
  const receptacles: ResdesRecord['receptacles'] = []
  const seen = new Seen('Receptacle')
  while (cur.at(gid)) {
    decodeSequence(cur.one(gid), receptacles.length + 1)
    const p = cur.one(pci)
    const id = receptacleId(p, 2, 1)
    seen.add(id, p, 2, 1)
    const condition = decodeCondition(cur.one(sts))
    const m = cur.optional(mea)
    receptacles.push({ id, condition, weightKg: m === null ? null : decodeWeight(m) })
  }
  decodeCount(cur, cntReceptaclesRow, receptacles.length, 'receptacles')
  cur.end()
  return { dispatchId: dispatch, receivedAt, office: officeCode, receptacles }
}

export const resdesMapping = defineMapping<ResdesRecord>(
  { type: 'RESDES', version: '1', release: '1', agency: 'UP' },
  'Response to a PREDES, destination OE → origin OE on receipt: each receptacle of the dispatch with its condition (received, missing, damaged, unadvised…).',
  table,
  encode,
  decode,
)
