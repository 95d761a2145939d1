// Why this file exists: RESCON (M12, v1.1) is the destination post's answer to a PRECON: which receptacles
// of the consignment it took over from the carrier, when and where, and in what condition. Segment
// table reconstructed from UPU.md §4, every row unconfirmed.
import type { ResconRecord } from '../records'
import type { EdiMessage, Segment } from '../types'
import { seg } from './build'
import { defineMapping } from './mapping'
import { decodeSequence, gidRow, pciRow } from './receptacles'
import {
  bgmRow,
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
import { conditionRow, decodeCondition, encodeCondition } from './condition'
import { Cursor } from './cursor'
import type { MessageRow } from './table'
import { office, receptacleId, Seen, time } from './values'

const DOCUMENT = '632'
const RECEIVED = '50'
const OFFICE = '175'

const bgm = bgmRow(DOCUMENT, 'consignment identifier answered')
const received = dtmRow(RECEIVED, '1', 'Taken over', 'goods receipt date/time')
const where = locRow(OFFICE, '1', 'Receiving office', 'IMPC code (UPU code list 108)')
const gid = gidRow(1, false)
const pci = pciRow('G1:1')
const sts = conditionRow('G1:1')

const table: readonly MessageRow[] = [bgm, received, where, gid, pci, sts, cntReceptaclesRow]

function encode(r: ResconRecord): Segment[] {
  const out = [
    encodeBgm(DOCUMENT, r.consignmentId),
    encodeDtm(RECEIVED, r.receivedAt),
    seg('LOC', OFFICE, r.office),
  ]
  r.receptacles.forEach((x, i) => {
    out.push(seg('GID', String(i + 1)), seg('PCI', '', [x.id]), encodeCondition(x.condition))
  })
  out.push(encodeCount(RECEPTACLE_COUNT, r.receptacles.length))
  return out
}

function decode(message: EdiMessage): ResconRecord {
  const cur = new Cursor(message, table)
  const consignment = consignmentId(decodeBgm(cur, bgm).seg, 2, 1)
  const receivedAt = time(cur.one(received), 'Take-over time')
  const officeCode = office(cur.one(where), 2, 1, 'Receiving office')
  const receptacles: ResconRecord['receptacles'] = []
  const seen = new Seen('Receptacle')
  while (cur.at(gid)) {
    decodeSequence(cur.one(gid), receptacles.length + 1)
    const p = cur.one(pci)
    const id = receptacleId(p, 2, 1)
    seen.add(id, p, 2, 1)
    receptacles.push({ id, condition: decodeCondition(cur.one(sts)) })
  }
  decodeCount(cur, cntReceptaclesRow, receptacles.length, 'receptacles')
  cur.end()
  return { consignmentId: consignment, receivedAt, office: officeCode, receptacles }
}

export const resconMapping = defineMapping<ResconRecord>(
  { type: 'RESCON', version: '1', release: '1', agency: 'UP' },
  'Response to a PRECON, destination post → origin post: the receptacles of the consignment taken over from the carrier, with their condition.',
  table,
  encode,
  decode,
)
