import { describe, expect, it } from 'vitest'
import type { Consignment, DispatchSummary } from '../../../src/api/exchange'
import { carrierStatusWords } from '../../../src/renderer/dispatch/carrierStatus'
import {
  applyConsignment,
  applyDispatch,
  consignable,
  deliveryBillForm,
  sortDispatches,
} from '../../../src/renderer/dispatch/dispatchList'
import { dispatchLook } from '../../../src/renderer/dispatch/look'
import { dispatchActionForKey, messagesActionForKey } from '../../../src/renderer/dispatch/shortcuts'
import { mayExchange } from '../../../src/renderer/dispatch/permissions'
import { translator } from '../../../src/renderer/i18n/languages'

function dispatch(number: number, over: Partial<DispatchSummary> = {}): DispatchSummary {
  const destination = over.destination ?? 'CHGVAA'
  const category = over.category ?? 'A'
  return {
    id: `FRCDGA${destination}${category}UN6${String(number).padStart(4, '0')}`,
    origin: 'FRCDGA',
    destination,
    category,
    subclass: 'UN',
    year: 2026,
    number,
    state: 'open',
    receptacles: 2,
    openReceptacles: 0,
    registeredReceptacles: 1,
    items: 3,
    weightKg: 4.5,
    highestSerial: null,
    openedAt: `2026-03-14T0${number}:00:00.000Z`,
    closedAt: null,
    ...over,
  }
}

const closed = (number: number, at: string, over: Partial<DispatchSummary> = {}) =>
  dispatch(number, { state: 'closed', closedAt: at, highestSerial: 2, ...over })

describe('the dispatch list', () => {
  it('puts open dispatches first, newest first, then closed ones by when they closed', () => {
    const list = sortDispatches([
      closed(1, '2026-03-14T09:00:00.000Z'),
      dispatch(2),
      closed(3, '2026-03-14T10:00:00.000Z'),
      dispatch(4, { destination: 'GBLHRA' }),
    ])
    expect(list.map((d) => d.number)).toEqual([4, 2, 3, 1])
  })

  it('moves a dispatch that closes from the open ones to the top of the closed ones', () => {
    const list = sortDispatches([
      dispatch(2),
      dispatch(3, { destination: 'GBLHRA' }),
      closed(1, '2026-03-14T08:00:00.000Z'),
    ])
    const after = applyDispatch(list, closed(2, '2026-03-14T11:00:00.000Z'))
    expect(after.map((d) => [d.number, d.state])).toEqual([
      [3, 'open'],
      [2, 'closed'],
      [1, 'closed'],
    ])
  })

  it('offers to consign together only closed dispatches for the same destination and category', () => {
    const chosen = closed(2, '2026-03-14T11:00:00.000Z')
    const list = [
      chosen,
      closed(1, '2026-03-14T08:00:00.000Z'),
      dispatch(3),
      closed(4, '2026-03-14T08:00:00.000Z', { destination: 'GBLHRA' }),
      closed(5, '2026-03-14T08:00:00.000Z', { category: 'C' }),
    ]
    expect(consignable(list, chosen).map((d) => d.number)).toEqual([2, 1])
  })

  it('names the delivery bill of each mail category, and the look of each state', () => {
    expect(deliveryBillForm('A')).toBe('CN 38')
    expect(deliveryBillForm('B')).toBe('CN 41')
    expect(deliveryBillForm('C')).toBe('CN 37')
    expect(deliveryBillForm('Z')).toBeNull()
    expect(dispatchLook('open')).toEqual({ tone: 'working', icon: 'hourglass' })
    expect(dispatchLook('closed')).toEqual({ tone: 'good', icon: 'tick' })
  })
})

describe('consignments and their carriers’ reports', () => {
  const consignment = (id: string, closedAt: string, status: string | null = null): Consignment => ({
    id,
    origin: 'FRCDGA',
    destination: 'CHGVAA',
    category: 'A',
    carrier: 'AF',
    transport: [
      {
        carrier: 'AF',
        number: 'AF1146',
        from: 'CDG',
        to: 'GVA',
        departure: '2026-03-14T22:10:00+01:00',
        arrival: null,
        mode: '4',
      },
    ],
    receptacles: 2,
    weightKg: 4.5,
    closedAt,
    closedBy: 'ana',
    status,
    statusAt: status ? '2026-03-14T21:40:00.000Z' : null,
  })

  it('keeps the newest first and updates a consignment when its carrier reports', () => {
    const list = [
      consignment('FRCDGA600002', '2026-03-14T10:00:00.000Z'),
      consignment('FRCDGA600001', '2026-03-14T09:00:00.000Z'),
    ]
    const after = applyConsignment(
      list,
      consignment('FRCDGA600001', '2026-03-14T09:00:00.000Z', '24 uplifted'),
    )
    expect(after.map((c) => [c.id, c.status])).toEqual([
      ['FRCDGA600002', null],
      ['FRCDGA600001', '24 uplifted'],
    ])
  })

  it('says the RESDIT event in the person’s language, keeping the engine’s words for an unknown code', () => {
    expect(carrierStatusWords('24 uplifted', translator('en'))).toBe('Uplifted (event 24)')
    expect(carrierStatusWords('74 received by the carrier', translator('fr'))).toBe(
      'Reçu par le transporteur (événement 74)',
    )
    expect(carrierStatusWords('21 delivered to the destination post', translator('es'))).toBe(
      'Entregado al correo de destino (evento 21)',
    )
    expect(carrierStatusWords('99 lost in a hangar', translator('en'))).toBe('lost in a hangar (event 99)')
    expect(carrierStatusWords(null, translator('en'))).toBeNull()
    expect(carrierStatusWords('seen', translator('en'))).toBe('seen')
  })
})

describe('keys and roles of the exchange screens', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  })

  it('closes with F8 and consigns with F9; imports with F6 and resends with F8; never with a modifier', () => {
    expect(dispatchActionForKey(key('F8'))).toBe('close')
    expect(dispatchActionForKey(key('F9'))).toBe('consign')
    expect(dispatchActionForKey(key('F8', { shiftKey: true }))).toBeNull()
    expect(messagesActionForKey(key('F6'))).toBe('import')
    expect(messagesActionForKey(key('F8'))).toBe('resend')
    expect(messagesActionForKey(key('F8', { ctrlKey: true }))).toBeNull()
    expect(messagesActionForKey(key('8'))).toBeNull()
  })

  it('expects supervisors, exchange office staff and administrators to do the exchange work', () => {
    expect(mayExchange('oe')).toBe(true)
    expect(mayExchange('supervisor')).toBe(true)
    expect(mayExchange('admin')).toBe(true)
    expect(mayExchange('worker')).toBe(false)
    expect(mayExchange('customs')).toBe(false)
  })
})
