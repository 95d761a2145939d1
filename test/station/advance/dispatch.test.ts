// Dispatch close and consignment close refuse to send items that may not be loaded, and name them:
// do-not-load, a customs request, or advance data that became incomplete after the item was bagged.
import { describe, expect, it } from 'vitest'
import { CHICAGO, newStation, sqlite } from '../fixtures'
import { itmattXml, manyItems, parcelId } from './fixtures'

async function bagged() {
  const s = newStation()
  const by = s.defaultSession()
  s.setPolicy(by, { destination: 'US', requiresEad: true, requiresPreAdvice: false, weightLimitKg: null })
  await s.importItmatt(by, { name: 'a.xml', content: itmattXml(manyItems(3)) })
  const { receptacle } = s.openReceptacle(by, { destination: CHICAGO, category: 'A', subclass: 'CN' })
  for (let n = 1; n <= 3; n++) {
    expect((await s.scan(by, { code: parcelId(n), receptacle: receptacle.handle })).outcome).toBe('accepted')
  }
  s.closeReceptacle(by, { receptacle: receptacle.handle, weightKg: 4, last: false })
  const dispatch = s.listDispatches('open')[0]!.id
  return { s, by, dispatch, handle: receptacle.handle }
}

describe('closing a dispatch', () => {
  it('is refused while an item of it may not be loaded, naming the items and why', async () => {
    const { s, by, dispatch } = await bagged()
    sqlite(s)
      .prepare(
        `INSERT INTO ead_referral (item_id, status, reason, seq) VALUES (?, 'dnl', 'high-risk consignee', 1)`,
      )
      .run(parcelId(1))
    // A corrected file arrives after bagging, and makes item 3's data incomplete.
    await s.importItmatt(by, {
      name: 'b.xml',
      content: itmattXml([{ id: parcelId(3), description: 'gift', hs: null }]),
    })
    await expect(s.closeDispatch(by, { dispatch })).rejects.toThrow(
      `Dispatch ${dispatch} cannot close: 2 items may not be loaded: ` +
        `${parcelId(1)} (do not load: high-risk consignee); ` +
        `${parcelId(3)} (advance data incomplete: description 'gift' is too vague; HS code missing for a sale of goods). ` +
        'Take them out (undo their scans) or have their advance data completed or cleared first.',
    )
    expect(s.listDispatches('open').map((d) => d.id)).toEqual([dispatch])
  })

  it('goes ahead once every item may be loaded', async () => {
    const { s, by, dispatch } = await bagged()
    const closed = await s.closeDispatch(by, { dispatch })
    expect(closed).toMatchObject({ dispatchId: dispatch, items: 3 })
  })

  it('by the close of its last receptacle is refused the same way, and the receptacle stays open', async () => {
    const s = newStation()
    const by = s.defaultSession()
    await s.importItmatt(by, { name: 'a.xml', content: itmattXml(manyItems(1)) })
    const { receptacle } = s.openReceptacle(by, { destination: CHICAGO, category: 'A', subclass: 'CN' })
    await s.scan(by, { code: parcelId(1), receptacle: receptacle.handle })
    sqlite(s)
      .prepare(`INSERT INTO ead_referral (item_id, status, reason, seq) VALUES (?, 'rfs', NULL, 1)`)
      .run(parcelId(1))
    expect(() => s.closeReceptacle(by, { receptacle: receptacle.handle, weightKg: 2, last: true })).toThrow(
      `1 item may not be loaded: ${parcelId(1)} (customs asked for screening)`,
    )
    expect(s.getReceptacle(receptacle.handle).receptacle.state).toBe('open')
  })
})

describe('closing a consignment', () => {
  it('is refused when an item of its dispatches became do-not-load', async () => {
    const { s, by, dispatch } = await bagged()
    await s.closeDispatch(by, { dispatch })
    sqlite(s)
      .prepare(`INSERT INTO ead_referral (item_id, status, reason, seq) VALUES (?, 'dnl', NULL, 1)`)
      .run(parcelId(2))
    const consign = () =>
      s.closeConsignment(by, {
        dispatches: [dispatch],
        carrier: 'AF',
        transport: [
          { carrier: 'AF', number: 'AF0626', from: 'CDG', to: 'ORD', departure: '2026-03-14T22:10:00+01:00' },
        ],
      })
    expect(consign).toThrow(
      `The consignment cannot close: 1 item may not be loaded: ${parcelId(2)} (do not load).`,
    )
    sqlite(s).prepare('UPDATE ead_referral SET closed_seq = 2').run()
    expect(consign().consignment.receptacles).toBe(1)
  })
})
