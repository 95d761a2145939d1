// What customs blocks downstream: a dispatch or a consignment holding an item customs holds (or returned,
// or seized) cannot close, and the refusal names the items and what to do.
import { describe, expect, it } from 'vitest'
import { customsDesk, outbound, toChicago } from './setup'

const leg = {
  carrier: 'AF',
  number: 'AF0012',
  from: 'CDG',
  to: 'ORD',
  departure: '2026-03-14T22:10:00+01:00',
}

describe('a dispatch holding a held item', () => {
  it('cannot close; the refusal names the held items', async () => {
    const { station, by, customs, scan, handle } = customsDesk()
    for (const n of [1, 2, 3]) await scan(outbound(n))
    // Customs holds items already in the bag.
    station.decideCustoms(customs, [outbound(2)], 'hold', { kind: 'inspection', reason: 'x-ray anomaly' })
    station.decideCustoms(customs, [outbound(3)], 'seize')
    station.closeReceptacle(by, { receptacle: handle, weightKg: 1.2, last: false })
    await expect(station.closeDispatch(by, toChicago)).rejects.toThrow(
      `cannot close: 2 items are held by customs: ${outbound(2)} in receptacle 001 (inspection: x-ray anomaly), ` +
        `${outbound(3)} in receptacle 001 (seized by customs). ` +
        `Returned and seized items never leave: a supervisor reopens receptacle 001, takes ${outbound(3)} out and closes it again. ` +
        `Customs must release ${outbound(2)}, or it is taken out the same way.`,
    )
    expect(station.listDispatches('open')).toHaveLength(1)
    station.decideCustoms(customs, [outbound(2)], 'release')
    await expect(station.closeDispatch(by, toChicago)).rejects.toThrow(
      `1 item is held by customs: ${outbound(3)}`,
    )
  })

  it('a released item no longer blocks it', async () => {
    const { station, by, customs, scan, handle } = customsDesk()
    await scan(outbound(1))
    station.decideCustoms(customs, [outbound(1)], 'hold', { kind: 'documents_required' })
    station.closeReceptacle(by, { receptacle: handle, weightKg: 0.3, last: false })
    await expect(station.closeDispatch(by, toChicago)).rejects.toThrow(/held by customs/)
    station.decideCustoms(customs, [outbound(1)], 'release')
    const closed = await station.closeDispatch(by, toChicago)
    expect(closed.items).toBe(1)
  })

  it('closing its last receptacle is refused too: the bag stays open and the item can come out', async () => {
    const { station, by, customs, supervisor, scan, handle } = customsDesk()
    const returned = await scan(outbound(1))
    await scan(outbound(2))
    station.decideCustoms(customs, [outbound(1)], 'return')
    expect(() => station.closeReceptacle(by, { receptacle: handle, weightKg: 0.3, last: true })).toThrow(
      `${outbound(1)} in receptacle 001 (returned to sender by customs). ` +
        `Returned and seized items never leave: a supervisor takes ${outbound(1)} out of receptacle 001 (an undo of its scan).`,
    )
    expect(station.getReceptacle(handle).receptacle.state).toBe('open')
    station.undo(supervisor, returned.seq)
    const closed = station.closeReceptacle(by, { receptacle: handle, weightKg: 0.3, last: true })
    expect(closed.dispatch.state).toBe('closed')
  })
})

describe('a consignment holding a held item', () => {
  it('cannot close; the refusal names the item', async () => {
    const { station, by, customs, scan, handle } = customsDesk()
    await scan(outbound(1))
    station.closeReceptacle(by, { receptacle: handle, weightKg: 0.3, last: false })
    const { dispatchId } = await station.closeDispatch(by, toChicago)
    // Held after the dispatch closed, before the bag left with a carrier.
    station.decideCustoms(customs, [outbound(1)], 'hold', { kind: 'prohibited_restricted' })
    expect(() =>
      station.closeConsignment(by, { dispatches: [dispatchId], carrier: 'AF', transport: [leg] }),
    ).toThrow(
      `The consignment cannot close: 1 item is held by customs: ${outbound(1)} in receptacle 001 (prohibited or restricted goods). ` +
        `Customs must release ${outbound(1)} before it leaves: its dispatch's PREDES already advised it.`,
    )
    station.decideCustoms(customs, [outbound(1)], 'release')
    const { consignment } = station.closeConsignment(by, {
      dispatches: [dispatchId],
      carrier: 'AF',
      transport: [leg],
    })
    expect(consignment.receptacles).toBe(1)
  })
})
