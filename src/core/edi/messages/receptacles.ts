// Why this file exists: PREDES, CARDIT and PRECON list receptacles the same way (GID group: number,
// type, S9, gross weight, and in PREDES v2.1 the S10 items inside), and RESDES/RESCON/RESDIT reuse its
// rows. The S9's own positions 24–25 carry the highest-receptacle and registered flags.
import type { ReceptacleAdvice } from '../records'
import { element } from '../syntax'
import type { Segment } from '../types'
import { seg } from './build'
import type { Cursor } from './cursor'
import { CODE, CODE_WORDS } from './segments'
import { qualifier, row, type MessageRow } from './table'
import { count, fail, fixed, itemId, kilograms, receptacleId, Seen, shaped } from './values'

export interface ReceptacleRows {
  gid: MessageRow
  pci: MessageRow
  mea: MessageRow
  /** Item membership (PREDES v2.1 only). */
  gin: MessageRow | null
}

export function gidRow(group: number, withType: boolean): MessageRow {
  return row(
    'GID',
    `G${group}*`,
    'Receptacle',
    withType
      ? [
          '1: receptacle number in this message: 1, 2, 3…',
          '2:1 number of packages: 1',
          '2:2 receptacle type (BG bag, BX box…; code list UNCONFIRMED), absent when unknown',
        ]
      : ['1: receptacle number in this message: 1, 2, 3…'],
  )
}

export function pciRow(occurs: string): MessageRow {
  return row('PCI', occurs, 'Receptacle identifier', [
    '1: (empty)',
    '2:1 S9 receptacle identifier, 29 characters; its positions 24 and 25 carry the highest-receptacle and registered flags (9, not given, reads as false)',
  ])
}

export function meaRow(occurs: string): MessageRow {
  return row(
    'MEA',
    occurs,
    'Gross weight',
    ['1: WT (weights)', '2: G (gross weight)', '3:1 KGM', '3:2 kilograms, decimal point, up to 6 decimals'],
    qualifier('WT'),
  )
}

export function receptacleRows(group: number, withItems: boolean): ReceptacleRows {
  const g = `G${group}`
  return {
    gid: gidRow(group, true),
    pci: pciRow(`${g}:1`),
    mea: meaRow(`${g}:1`),
    gin: withItems
      ? row(
          'GIN',
          `${g}:*`,
          'Item in the receptacle',
          ['1: BN (serial number)', '2:1 S10 item identifier, 13 characters'],
          qualifier('BN'),
        )
      : null,
  }
}

export function receptacleTable(r: ReceptacleRows): MessageRow[] {
  return r.gin === null ? [r.gid, r.pci, r.mea] : [r.gid, r.pci, r.mea, r.gin]
}

/** Kilograms as EDIFACT writes them: a decimal point, no exponent, at most 6 decimals. */
export function formatKg(kg: number): string {
  if (!Number.isFinite(kg) || kg < 0 || kg >= 1e9) {
    throw new RangeError(`weight must be a finite number of kg from 0 to 999 999 999, got ${kg}`)
  }
  return String(Number(kg.toFixed(6)))
}

export function encodeWeight(kg: number): Segment {
  return seg('MEA', 'WT', 'G', ['KGM', formatKg(kg)])
}

export function decodeWeight(mea: Segment): number {
  fixed(mea, 2, 1, 'G', 'Measured property')
  fixed(mea, 3, 1, 'KGM', 'Weight unit')
  return kilograms(mea, 3, 2, 'Gross weight')
}

/** S9 positions 24 and 25 hold the flags, so a record must agree with its own identifier. */
function checkFlags(r: ReceptacleAdvice): void {
  const highest = r.id.charAt(23) === '1'
  const registered = r.id.charAt(24) === '1'
  if (highest !== r.highest || registered !== r.registered) {
    throw new RangeError(
      `receptacle ${r.id}: highest=${r.highest} registered=${r.registered} disagree with its S9 (positions 24–25)`,
    )
  }
}

export function encodeReceptacles(receptacles: readonly ReceptacleAdvice[], withItems: boolean): Segment[] {
  const out: Segment[] = []
  receptacles.forEach((r, i) => {
    checkFlags(r)
    out.push(
      seg('GID', String(i + 1), r.type === null ? ['1'] : ['1', r.type]),
      seg('PCI', '', [r.id]),
      encodeWeight(r.weightKg),
    )
    if (withItems) for (const item of r.items) out.push(seg('GIN', 'BN', [item]))
  })
  return out
}

/** Reads GID 1, which numbers the receptacles 1, 2, 3… in order. */
export function decodeSequence(gid: Segment, expected: number): void {
  const n = count(gid, 1, 1, 'Receptacle number in the message')
  if (n !== expected) fail(gid, 1, 1, `Receptacle number ${n} is out of sequence: expected ${expected}.`)
}

/** `dispatch`: the S8 every receptacle must belong to (PREDES). */
export function decodeReceptacles(
  cur: Cursor,
  r: ReceptacleRows,
  dispatch: string | null,
): ReceptacleAdvice[] {
  const out: ReceptacleAdvice[] = []
  const receptacles = new Seen('Receptacle')
  const items = new Seen('Item')
  while (cur.at(r.gid)) {
    const gid = cur.one(r.gid)
    decodeSequence(gid, out.length + 1)
    const packages = element(gid, 2, 1)
    if (packages !== '' && packages !== '1') {
      fail(gid, 2, 1, `Number of packages is ${packages}: one GID describes one receptacle.`)
    }
    const typeValue = element(gid, 2, 2)
    const type = typeValue === '' ? null : shaped(gid, 2, 2, 'Receptacle type', CODE, CODE_WORDS)

    const pci = cur.one(r.pci)
    const id = receptacleId(pci, 2, 1)
    receptacles.add(id, pci, 2, 1)
    if (dispatch !== null && !id.startsWith(dispatch)) {
      fail(
        pci,
        2,
        1,
        `Receptacle ${id} does not belong to dispatch ${dispatch} (its first 20 characters differ).`,
      )
    }
    const weightKg = decodeWeight(cur.one(r.mea))
    const listed: string[] = []
    if (r.gin !== null) {
      for (const gin of cur.many(r.gin)) {
        const item = itemId(gin, 2, 1)
        items.add(item, gin, 2, 1)
        listed.push(item)
      }
    }
    out.push({
      id,
      weightKg,
      type,
      registered: id.charAt(24) === '1',
      highest: id.charAt(23) === '1',
      items: listed,
    })
  }
  return out
}
