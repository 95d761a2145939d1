// Customs takes back an item already in a closed bag of a dispatch not yet closed. The dispatch close says
// what to do; a supervisor reopens the bag, takes the item out with an undo and closes it again, and then
// the dispatch leaves without the item.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ScanResult } from '../../../src/api/bagging'
import { readInterchange } from '../../../src/station/exchange/edi'
import { refusal } from '../refuse'
import { customsDesk, outbound, toChicago } from './setup'

describe('an item customs seized in a closed receptacle', () => {
  it('comes out through a reopen, an undo and a new close; then the dispatch closes without it', async () => {
    const { station, by, customs, supervisor, worker, scan, handle } = customsDesk()
    const scans: ScanResult[] = []
    for (const n of [1, 2, 3]) scans.push(await scan(outbound(n)))
    const first = station.closeReceptacle(by, { receptacle: handle, weightKg: 0.8, last: false }).receptacle
    station.decideCustoms(customs, [outbound(2)], 'seize', { reason: 'counterfeit watches' })

    await expect(station.closeDispatch(by, toChicago)).rejects.toThrow(
      `Dispatch ${first.dispatch} cannot close: 1 item is held by customs: ${outbound(2)} in receptacle 001 (seized by customs). ` +
        `Returned and seized items never leave: a supervisor reopens receptacle 001, takes ${outbound(2)} out and closes it again.`,
    )
    // The closed bag keeps what was in it when it closed: an undo is refused there.
    expect(refusal(() => station.undo(supervisor, scans[1]!.seq)).message).toMatch(/is closed/)
    expect(refusal(() => station.reopenReceptacle(worker, handle, 'seized item')).code).toBe('forbidden')

    const reopened = station.reopenReceptacle(supervisor, handle, `${outbound(2)} seized by customs`)
    expect(reopened.receptacle.state).toBe('open')
    // Still in the bag, the item still blocks the dispatch, now in words for an open bag.
    await expect(station.closeDispatch(by, toChicago)).rejects.toThrow(/still has an open receptacle/)
    expect(() => station.closeReceptacle(by, { receptacle: handle, weightKg: 0.5, last: true })).toThrow(
      `a supervisor takes ${outbound(2)} out of receptacle 001 (an undo of its scan).`,
    )

    const undone = station.undo(supervisor, scans[1]!.seq)
    expect(undone).toMatchObject({ type: 'undo', code: outbound(2), operator: 'bruno' })
    // A seized item goes back in no bag.
    expect(await scan(outbound(2))).toMatchObject({ outcome: 'held' })
    const again = station.closeReceptacle(by, { receptacle: handle, weightKg: 0.55, last: false }).receptacle
    expect(again).toMatchObject({ state: 'closed', items: 2, weightKg: 0.55 })
    expect(again.receptacleId).not.toBe(first.receptacleId)

    const closed = await station.closeDispatch(by, toChicago)
    expect(closed).toMatchObject({ receptacles: 1, items: 2, highestSerial: 1 })
    const predes = readInterchange(readFileSync(closed.files.predes, 'latin1')).messages[0]!
    if (predes.type !== 'PREDES') throw new Error(`expected PREDES, got ${predes.type}`)
    const [bag] = predes.record.receptacles
    expect(bag!.items).toEqual([outbound(1), outbound(3)])
    expect(bag!.weightKg).toBe(0.6)
    expect(bag!.id.slice(0, 23)).toBe(again.receptacleId!.slice(0, 23))
  })

  it('held (not yet decided for good): the refusal says customs releases it, or it comes out the same way', async () => {
    const { station, by, customs, scan, handle } = customsDesk()
    await scan(outbound(1))
    await scan(outbound(2))
    station.closeReceptacle(by, { receptacle: handle, weightKg: 0.5, last: false })
    station.decideCustoms(customs, [outbound(1)], 'hold', { kind: 'inspection', reason: 'x-ray anomaly' })
    await expect(station.closeDispatch(by, toChicago)).rejects.toThrow(
      `1 item is held by customs: ${outbound(1)} in receptacle 001 (inspection: x-ray anomaly). ` +
        `Customs must release ${outbound(1)}, or a supervisor reopens receptacle 001, takes it out and closes it again.`,
    )
  })
})
