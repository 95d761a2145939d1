// A customs officer's decisions on a real station file: what the next scan at the bagging station says,
// who may decide (and the recorded refusal of anyone else), all-or-nothing bulk decisions, and the UPU
// item events each decision produces in each direction.
import { describe, expect, it } from 'vitest'
import { StationError } from '../../../src/station'
import { letter } from '../fixtures'
import { committed, customsDesk, inbound, outbound } from './setup'

function refusal(run: () => unknown): StationError {
  try {
    run()
  } catch (error) {
    if (error instanceof StationError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('the next scan after a decision', () => {
  it('hold: the item is held with the hold’s reason; release: it is bagged', async () => {
    const { station, customs, scan, handle } = customsDesk()
    station.decideCustoms(customs, [outbound(1)], 'hold', {
      kind: 'documents_required',
      reason: 'commercial invoice missing',
    })
    const held = await scan(outbound(1))
    expect(held.outcome).toBe('held')
    expect(held.reason).toBe(
      `Held by customs (documents required: commercial invoice missing): put ${outbound(1)} aside for the customs officer.`,
    )
    station.decideCustoms(customs, [outbound(1)], 'release', { reason: 'invoice produced' })
    const bagged = await scan(outbound(1))
    expect(bagged.outcome).toBe('accepted')
    expect(station.getReceptacle(handle).items.map((i) => i.itemId)).toEqual([outbound(1)])
  })

  it('a second hold replaces the first: one open hold, the newest reason', async () => {
    const { station, customs, scan } = customsDesk()
    station.decideCustoms(customs, [outbound(1)], 'hold', { kind: 'documents_required' })
    station.decideCustoms(customs, [outbound(1)], 'hold', {
      kind: 'duty_payable',
      duty: { amount: 12.5, currency: 'EUR' },
    })
    expect(committed(station).openHolds()).toEqual([
      { item_id: outbound(1), reason: 'duty payable 12.50 EUR' },
    ])
    expect((await scan(outbound(1))).reason).toContain('(duty payable 12.50 EUR)')
  })

  it('return: the item is not baggable, in words, until customs says otherwise', async () => {
    const { station, customs, scan } = customsDesk()
    station.decideCustoms(customs, [outbound(2)], 'hold', { kind: 'prohibited_restricted' })
    station.decideCustoms(customs, [outbound(2)], 'return', { reason: 'import licence refused' })
    const result = await scan(outbound(2))
    expect(result.outcome).toBe('held')
    expect(result.reason).toContain('returned to sender by customs')
    expect(committed(station).openHolds()).toEqual([
      { item_id: outbound(2), reason: 'returned to sender by customs' },
    ])
    expect(station.customsQueue({ status: 'returned' }).map((e) => e.itemId)).toEqual([outbound(2)])
  })

  it('seize: the item is never baggable again and no decision can follow', async () => {
    const { station, customs, scan } = customsDesk()
    station.decideCustoms(customs, [outbound(3)], 'seize', {
      kind: 'prohibited_restricted',
      reason: 'counterfeit goods',
      note: 'CN 13 report to origin',
    })
    const result = await scan(outbound(3))
    expect(result.outcome).toBe('held')
    expect(result.reason).toContain('seized by customs')
    const again = refusal(() => station.decideCustoms(customs, [outbound(3)], 'release'))
    expect(again.code).toBe('conflict')
    expect(again.message).toMatch(/was seized by customs; nothing can follow a seizure/)
    expect((await scan(outbound(3))).outcome).toBe('held')
    expect(refusal(() => station.presentToCustoms(station.defaultSession(), [outbound(3)])).code).toBe(
      'conflict',
    )
  })

  it('refuses a decision the item is already in, saying so', () => {
    const { station, customs } = customsDesk()
    station.decideCustoms(customs, [outbound(1)], 'release')
    expect(refusal(() => station.decideCustoms(customs, [outbound(1)], 'release')).message).toMatch(
      `${outbound(1)} is already released. Nothing was decided.`,
    )
  })
})

describe('who decides', () => {
  it('only a customs officer: a worker is refused, and the refusal is committed to the log', async () => {
    const { station, customs, worker, scan } = customsDesk()
    station.decideCustoms(customs, [outbound(1)], 'hold', { reason: 'x-ray anomaly' })
    const refused = refusal(() => station.decideCustoms(worker, [outbound(1)], 'release'))
    expect(refused.code).toBe('forbidden')
    expect(refused.message).toBe(
      'Deciding a customs matter needs a customs officer; operator amina is a worker.',
    )
    const [event] = committed(station).events('customs.refused')
    expect(event).toMatchObject({ operator: 'amina', code: outbound(1) })
    expect(event!.reason).toContain('tried to release')
    expect(JSON.parse(event!.detail)).toEqual({ decision: 'release', items: [outbound(1)], role: 'worker' })
    // Nothing changed: the item is still held.
    expect((await scan(outbound(1))).outcome).toBe('held')
  })

  it('not the station’s default operator, not an admin, not a supervisor', () => {
    const { station, by, admin, supervisor } = customsDesk()
    for (const session of [by, admin, supervisor]) {
      const refused = refusal(() =>
        station.decideCustoms(session, [outbound(1), outbound(2)], 'hold', { reason: 'inspection' }),
      )
      expect(refused.code).toBe('forbidden')
    }
    const events = committed(station).events('customs.refused')
    expect(events.map((e) => e.operator)).toEqual(['station', 'chloe', 'bruno'])
    expect(JSON.parse(events[0]!.detail)).toMatchObject({ items: [outbound(1), outbound(2)] })
    expect(committed(station).decisions()).toBe(0)
    expect(committed(station).openHolds()).toEqual([])
  })

  it('post staff present items; a worker may not', () => {
    const { station, by, worker } = customsDesk()
    expect(refusal(() => station.presentToCustoms(worker, [outbound(1)])).code).toBe('forbidden')
    const [entry] = station.presentToCustoms(by, [outbound(1)])
    expect(entry).toMatchObject({ itemId: outbound(1), state: 'presented', presentedBy: 'station' })
  })
})

describe('bulk decisions', () => {
  it('decide every item in one transaction', async () => {
    const { station, customs, scan } = customsDesk()
    const { decisions, items } = station.decideCustoms(
      customs,
      [outbound(1), outbound(2), ` ${outbound(3).toLowerCase()} `],
      'hold',
      { kind: 'inspection' },
    )
    expect(decisions.map((d) => d.itemId)).toEqual([outbound(1), outbound(2), outbound(3)])
    expect(items.every((e) => e.state === 'held' && e.hold === 'inspection')).toBe(true)
    for (const n of [1, 2, 3]) expect((await scan(outbound(n))).outcome).toBe('held')
  })

  it('are all or nothing: one unknown item and nothing is decided', async () => {
    const { station, customs, scan } = customsDesk()
    const unknown = letter(99)
    const refused = refusal(() =>
      station.decideCustoms(customs, [outbound(1), unknown, outbound(2)], 'hold', { kind: 'inspection' }),
    )
    expect(refused.code).toBe('not_found')
    expect(refused.message).toContain(`${unknown} is not known at this station`)
    expect(refused.message).toContain('Nothing was decided.')
    const seen = committed(station)
    expect(seen.decisions()).toBe(0)
    expect(seen.openHolds()).toEqual([])
    expect(seen.events('customs.hold')).toEqual([])
    expect(seen.events('customs.present')).toEqual([])
    expect(seen.itemEvents(outbound(1))).toEqual([])
    expect((await scan(outbound(1))).outcome).toBe('accepted')
  })

  it('are all or nothing: one seized item refuses the whole release', () => {
    const { station, customs } = customsDesk()
    station.decideCustoms(customs, [outbound(1), outbound(2)], 'hold', { kind: 'inspection' })
    station.decideCustoms(customs, [outbound(2)], 'seize')
    expect(refusal(() => station.decideCustoms(customs, [outbound(1), outbound(2)], 'release')).code).toBe(
      'conflict',
    )
    expect(
      committed(station)
        .openHolds()
        .map((h) => h.reason),
    ).toEqual(['inspection', 'seized by customs'])
  })

  it('say what is wrong with the request itself', () => {
    const { station, customs } = customsDesk()
    expect(refusal(() => station.decideCustoms(customs, [outbound(1)], 'hold')).message).toMatch(
      /A hold needs its reason/,
    )
    expect(
      refusal(() =>
        station.decideCustoms(customs, [outbound(1)], 'seize', { duty: { amount: 5, currency: 'EUR' } }),
      ).message,
    ).toMatch(/not on a seize/)
    expect(refusal(() => station.decideCustoms(customs, ['RB123456784GB'], 'release')).message).toMatch(
      /Not an S10 item identifier: "RB123456784GB"/,
    )
    expect(committed(station).decisions()).toBe(0)
  })
})

describe('UPU item events by direction', () => {
  it('export (to the United States): EXA presented, EXB held, EXC released', () => {
    const { station, customs } = customsDesk()
    station.decideCustoms(customs, [outbound(1)], 'hold', { kind: 'documents_required' })
    station.decideCustoms(customs, [outbound(1)], 'release')
    expect(committed(station).itemEvents(outbound(1))).toEqual([
      { code: 'EXA', reason: null },
      { code: 'EXB', reason: 'DOCS' },
      { code: 'EXC', reason: null },
    ])
  })

  it('import (for France): EDB presented, EME held, EDC released', () => {
    const { station, by, customs } = customsDesk()
    const [entry] = station.presentToCustoms(by, [inbound(1)])
    expect(entry!.direction).toBe('import')
    station.decideCustoms(customs, [inbound(1)], 'hold', {
      kind: 'duty_payable',
      duty: { amount: 31.2, currency: 'EUR' },
    })
    station.decideCustoms(customs, [inbound(1)], 'release')
    expect(committed(station).itemEvents(inbound(1))).toEqual([
      { code: 'EDB', reason: null },
      { code: 'EME', reason: 'DUTY' },
      { code: 'EDC', reason: null },
    ])
  })

  it('return goes back to post with RTS; seizure stays with customs, SEIZED', () => {
    const { station, customs } = customsDesk()
    station.decideCustoms(customs, [outbound(1), inbound(1)], 'return')
    station.decideCustoms(customs, [outbound(2), inbound(2)], 'seize')
    const seen = committed(station)
    expect(seen.itemEvents(outbound(1)).at(-1)).toEqual({ code: 'EXC', reason: 'RTS' })
    expect(seen.itemEvents(inbound(1)).at(-1)).toEqual({ code: 'EDC', reason: 'RTS' })
    expect(seen.itemEvents(outbound(2)).at(-1)).toEqual({ code: 'EXB', reason: 'SEIZED' })
    expect(seen.itemEvents(inbound(2)).at(-1)).toEqual({ code: 'EME', reason: 'SEIZED' })
  })

  it('every decision is an audited event with who, reason and note', () => {
    const { station, customs } = customsDesk()
    station.decideCustoms(customs, [outbound(1)], 'hold', {
      kind: 'inspection',
      reason: 'x-ray anomaly',
      note: 'open in the presence of the officer',
    })
    const [event] = committed(station).events('customs.hold')
    expect(event).toMatchObject({ operator: 'dmitri', code: outbound(1) })
    expect(event!.reason).toBe(
      `${outbound(1)} held by export customs (EXB INSPECTION): inspection: x-ray anomaly. Note: open in the presence of the officer`,
    )
    expect(JSON.parse(event!.detail)).toMatchObject({
      decision: 'hold',
      kind: 'inspection',
      reason: 'x-ray anomaly',
      note: 'open in the presence of the officer',
      itemEvent: 'EXB',
    })
  })

  it('are in the EMSEVT export for partners', () => {
    const { station, by, customs } = customsDesk()
    station.decideCustoms(customs, [outbound(1)], 'hold', { kind: 'inspection' })
    const out = station.exportEmsevt(by, new Date('2026-03-14T00:00:00Z'))
    expect(out.content).toContain('STS+1+EXB+INSPECTION')
  })
})

describe('duty', () => {
  it('records the payment reference on the decision that set the duty, once', () => {
    const { station, by, customs } = customsDesk()
    station.decideCustoms(customs, [inbound(1)], 'hold', {
      kind: 'duty_payable',
      duty: { amount: 31.2, currency: 'EUR' },
    })
    const paid = station.recordDutyPayment(by, inbound(1), 'PAY-2026-000417')
    expect(paid.decision).toMatchObject({
      duty: { amount: 31.2, currency: 'EUR' },
      paymentReference: 'PAY-2026-000417',
    })
    expect(paid.decision.paidAt).not.toBeNull()
    expect(paid.item.lastDecision?.paymentReference).toBe('PAY-2026-000417')
    expect(refusal(() => station.recordDutyPayment(by, inbound(1), 'PAY-AGAIN')).message).toMatch(
      /already paid \(reference PAY-2026-000417/,
    )
    expect(refusal(() => station.recordDutyPayment(by, outbound(1), 'X')).message).toMatch(
      /No duty is payable/,
    )
  })
})
