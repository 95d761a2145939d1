// The registry: one mapping per UPU message type, decodeMessage dispatching on UNH, encodeMessage
// giving UNH the mapping's identifiers.
import { describe, expect, it } from 'vitest'
import {
  decodeMessage,
  encodeMessage,
  MESSAGE_MAPPINGS,
  UPU_MESSAGE_TYPES,
} from '../../../../src/core/edi/messages'
import type { UpuMessageType } from '../../../../src/core/edi/records'
import { SAMPLES } from './fixtures'
import { encoded, expectIssue, messageOf } from './helpers'

describe('MESSAGE_MAPPINGS', () => {
  it('has the eleven UPU messages, each under its own type', () => {
    expect([...UPU_MESSAGE_TYPES].sort()).toEqual([
      'CARDIT',
      'CUSITM',
      'CUSRSP',
      'EMSEVT',
      'ITMREF',
      'PRECON',
      'PREDES',
      'REFRSP',
      'RESCON',
      'RESDES',
      'RESDIT',
    ])
    for (const type of UPU_MESSAGE_TYPES) expect(MESSAGE_MAPPINGS[type].type).toBe(type)
  })

  it('keeps the UNH identifiers as data', () => {
    const ids = Object.fromEntries(
      UPU_MESSAGE_TYPES.map((t) => {
        const m = MESSAGE_MAPPINGS[t]
        return [t, `${m.type}:${m.version}:${m.release}:${m.agency}`]
      }),
    )
    expect(ids).toEqual({
      PREDES: 'PREDES:2:1:UP',
      RESDES: 'RESDES:1:1:UP',
      CARDIT: 'CARDIT:2:1:UP',
      PRECON: 'PRECON:1:1:UP',
      RESCON: 'RESCON:1:1:UP',
      RESDIT: 'RESDIT:1:1:UP',
      EMSEVT: 'EMSEVT:3:0:UP',
      CUSITM: 'CUSITM:1:0:UP',
      CUSRSP: 'CUSRSP:1:0:UP',
      ITMREF: 'ITMREF:1:0:UP',
      REFRSP: 'REFRSP:1:0:UP',
    })
  })
})

describe('decodeMessage', () => {
  it.each(Object.keys(SAMPLES) as UpuMessageType[])('dispatches %s on UNH', (type) => {
    const decoded = decodeMessage(messageOf(type, encoded(type, SAMPLES[type] as never)))
    expect(decoded).toEqual({ type, record: SAMPLES[type] })
  })

  it('refuses a type with no mapping, naming UNH 2:1', () => {
    const message = messageOf('PREDES', encoded('PREDES', SAMPLES.PREDES))
    const invoic = { ...message, header: { ...message.header, type: 'INVOIC' } }
    expectIssue(() => decodeMessage(invoic), { tag: 'UNH', element: 2, component: 1, segment: 2 }, /INVOIC/)
  })

  it('does not mistake an inherited property for a message type', () => {
    const message = messageOf('PREDES', encoded('PREDES', SAMPLES.PREDES))
    const odd = { ...message, header: { ...message.header, type: 'toString' } }
    expectIssue(() => decodeMessage(odd), { tag: 'UNH', element: 2, component: 1 })
  })

  it('refuses another controlling agency', () => {
    const message = messageOf('RESDIT', encoded('RESDIT', SAMPLES.RESDIT))
    const iata = { ...message, header: { ...message.header, agency: 'IA' } }
    expectIssue(() => decodeMessage(iata), { tag: 'UNH', element: 2, component: 4 })
  })
})

describe('encodeMessage', () => {
  it('writes the mapping identifiers into UNH', () => {
    const message = encodeMessage('EMSEVT', SAMPLES.EMSEVT, '42')
    expect(message.header).toEqual({
      ref: '42',
      type: 'EMSEVT',
      version: '3',
      release: '0',
      agency: 'UP',
      association: null,
    })
    expect(message.segments).toEqual(encoded('EMSEVT', SAMPLES.EMSEVT))
  })
})
