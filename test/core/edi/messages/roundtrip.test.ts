// Encode → decode gives back the record, for random valid records of every message type, both on
// segments and through EDIFACT text (the syntax layer's encodeInterchange and parseInterchange).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeMessage, encodeMessage, MESSAGE_MAPPINGS } from '../../../../src/core/edi/messages'
import type { RecordsByType, UpuMessageType } from '../../../../src/core/edi/records'
import { DEFAULT_SERVICE, encodeInterchange, parseInterchange } from '../../../../src/core/edi/syntax'
import type { EdiMessage, Interchange, Segment } from '../../../../src/core/edi/types'
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
import { messageOf } from './helpers'

const ARBITRARIES: { [K in UpuMessageType]: fc.Arbitrary<RecordsByType[K]> } = {
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

function throughText(type: UpuMessageType, record: unknown): unknown {
  const interchange: Interchange = {
    service: DEFAULT_SERVICE,
    header: {
      syntax: { id: 'UNOC', version: '3' },
      sender: { id: 'FRA01', qualifier: 'ZZ' },
      recipient: { id: 'GBA01', qualifier: 'ZZ' },
      prepared: { date: '260314', time: '1030' },
      controlRef: 'FR0000123',
      test: false,
    },
    messages: [encodeMessage(type, record as never)],
  }
  const text = encodeInterchange(interchange, { una: true, newlines: true })
  const parsed = parseInterchange(text)
  expect(parsed.issues).toEqual([])
  const message = parsed.interchange?.messages[0]
  if (!message) throw new Error('no message parsed')
  const decoded = decodeMessage(message)
  expect(decoded.type).toBe(type)
  return decoded.record
}

describe.each(Object.keys(ARBITRARIES) as UpuMessageType[])('%s round trip', (type) => {
  const mapping = MESSAGE_MAPPINGS[type] as unknown as {
    encode(r: unknown): Segment[]
    decode(m: EdiMessage): unknown
  }
  const arbitrary = ARBITRARIES[type] as fc.Arbitrary<unknown>

  it('decodes the sample record it encodes', () => {
    const record = SAMPLES[type]
    expect(mapping.decode(messageOf(type, mapping.encode(record)))).toEqual(record)
  })

  it('encode → decode on segments gives back any valid record', () => {
    fc.assert(
      fc.property(arbitrary, (record) => {
        expect(mapping.decode(messageOf(type, mapping.encode(record)))).toEqual(record)
      }),
      { numRuns: 200 },
    )
  })

  it('encode → text → parse → decode gives back any valid record', () => {
    fc.assert(
      fc.property(arbitrary, (record) => {
        expect(throughText(type, record)).toEqual(record)
      }),
      { numRuns: 100 },
    )
  })
})
