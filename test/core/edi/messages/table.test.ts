// The segment tables are what the documentation promises, so what encode emits must fit them: each
// table is turned into a regular expression over the emitted segments (tag + qualifier) and random
// records are checked against it. Also: the tables are well-formed and honest about being unconfirmed.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MESSAGE_MAPPINGS, type MessageRow } from '../../../../src/core/edi/messages'
import type { UpuMessageType } from '../../../../src/core/edi/records'
import type { Segment } from '../../../../src/core/edi/types'
import {
  consignmentRecord,
  cusitmRecord,
  cusrspRecord,
  emsevtRecord,
  itmrefRecord,
  predesRecord,
  refrspRecord,
  resconRecord,
  resdesRecord,
  resditRecord,
} from './arbitraries'
import { SAMPLES } from './fixtures'
import { encoded } from './helpers'

const ARBITRARIES: { [K in UpuMessageType]: fc.Arbitrary<unknown> } = {
  PREDES: predesRecord,
  RESDES: resdesRecord,
  CARDIT: consignmentRecord,
  PRECON: consignmentRecord,
  RESCON: resconRecord,
  RESDIT: resditRecord,
  EMSEVT: emsevtRecord,
  CUSITM: cusitmRecord,
  CUSRSP: cusrspRecord,
  ITMREF: itmrefRecord,
  REFRSP: refrspRecord,
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Each segment as `TAG/e1c1:e1c2:…;`, i.e. the tag and its first element. */
function tokens(segments: readonly Segment[]): string {
  return segments.map((s) => `${s.tag}/${(s.elements[0] ?? ['']).join(':')};`).join('')
}

function rowPattern(r: MessageRow): string {
  if (r.match === null) return `${r.tag}/[^;]*;`
  expect(r.match.element, 'conformance check reads element 1 only').toBe(1)
  const before = '[^:;]*:'.repeat(r.match.component - 1)
  return `${r.tag}/${before}${escape(r.match.value)}(?::[^;]*)?;`
}

const QUANTIFIERS: Record<string, string> = { '1': '', '?': '?', '*': '*', '+': '+' }

function quantifier(q: string): string {
  const found = QUANTIFIERS[q]
  if (found === undefined) throw new Error(`unknown occurrence "${q}"`)
  return found
}

/** The table as a regular expression; also checks the occurrence notation. */
function tablePattern(table: readonly MessageRow[]): RegExp {
  let out = ''
  let group: { n: string; q: string; body: string } | null = null
  const close = (): void => {
    if (group) out += `(?:${group.body})${quantifier(group.q)}`
    group = null
  }
  for (const r of table) {
    const start = /^G(\d+)([?*+]?)$/.exec(r.occurs)
    const inside = /^G(\d+):([1?*+])$/.exec(r.occurs)
    if (start) {
      close()
      group = { n: start[1] ?? '', q: start[2] || '1', body: rowPattern(r) }
    } else if (inside) {
      const current: { n: string; body: string } | null = group
      expect(current?.n, `${r.tag} ${r.occurs} outside its group`).toBe(inside[1])
      if (group) group.body += `(?:${rowPattern(r)})${quantifier(inside[2] ?? '1')}`
    } else {
      close()
      out += `(?:${rowPattern(r)})${quantifier(r.occurs)}`
    }
  }
  close()
  return new RegExp(`^${out}$`)
}

describe.each(Object.keys(MESSAGE_MAPPINGS) as UpuMessageType[])('%s segment table', (type) => {
  const mapping = MESSAGE_MAPPINGS[type]
  const table = mapping.table as readonly MessageRow[]

  it('describes every element and marks every row unconfirmed', () => {
    expect(table.length).toBeGreaterThan(0)
    for (const r of table) {
      expect(r.tag).toMatch(/^[A-Z]{3}$/)
      expect(r.meaning).not.toBe('')
      expect(r.elements.length).toBeGreaterThan(0)
      expect(r.confirmed).toBe(false)
    }
  })

  it('has UNH identifiers as data', () => {
    expect(mapping.type).toBe(type)
    expect(mapping.version).toMatch(/^\d+$/)
    expect(mapping.release).toMatch(/^\d+$/)
    expect(mapping.agency).toBe('UP')
  })

  it('is strict enough to notice a row missing from the table', () => {
    const sample = tokens(encoded(type, SAMPLES[type] as never))
    expect(sample).toMatch(tablePattern(table))
    expect(sample).not.toMatch(tablePattern(table.filter((r) => r.tag !== 'CNT')))
    expect(sample).not.toMatch(tablePattern(table.filter((r) => r.tag !== 'BGM')))
  })

  it('is what encode emits, for any valid record', () => {
    const pattern = tablePattern(table)
    fc.assert(
      fc.property(ARBITRARIES[type], (record) => {
        expect(tokens(encoded(type, record as never))).toMatch(pattern)
      }),
      { numRuns: 100 },
    )
  })
})
