// Customs and referral messages coming in: an ITMREF becomes the item's EAD referral (a DNL stops it at
// the scan); unknown items quarantine the file naming them; a CUSRSP from a post (not the customs partner)
// is quarantined with its reason (test/station/customs/cusrsp.test.ts applies the customs partner's).
import { describe, expect, it } from 'vitest'
import type { CusrspRecord, ItmrefRecord } from '../../../src/core/edi/records'
import { encodeRecord } from '../../../src/station/exchange/edi'
import { CHICAGO, newStation } from '../fixtures'
import { itmattXml, parcelId } from '../advance/fixtures'

const envelope = {
  sender: { id: 'USCHIA', qualifier: null },
  recipient: { id: 'FRCDGA', qualifier: null },
  controlRef: '501',
  at: new Date('2026-03-14T20:41:00Z'),
}

async function station() {
  const s = newStation()
  const by = s.defaultSession()
  s.setPolicy(by, { destination: 'US', requiresEad: true, requiresPreAdvice: false, weightLimitKg: null })
  await s.importItmatt(by, {
    name: 'itmatt.xml',
    content: itmattXml([{ id: parcelId(1) }, { id: parcelId(2) }]),
  })
  const handle = s.openReceptacle(by, { destination: CHICAGO, category: 'A', subclass: 'CN' }).receptacle
    .handle
  const scan = (code: string) => s.scan(by, { code, receptacle: handle })
  return { s, by, scan }
}

const itmref = (record: ItmrefRecord) => encodeRecord('ITMREF', record, envelope)

describe('ITMREF in', () => {
  it('a DNL makes the item’s next scan do_not_load', async () => {
    const { s, by, scan } = await station()
    expect((await scan(parcelId(2))).outcome).toBe('accepted')
    const result = s.importEdi(
      by,
      'itmref-501.edi',
      itmref({
        referrals: [
          { itemId: parcelId(1), type: 'DNL', text: 'High-risk consignee' },
          { itemId: parcelId(2), type: 'RFI', text: null },
        ],
      }),
    )
    expect(result).toMatchObject({ applied: true, issues: [] })
    expect(result.message).toMatchObject({ direction: 'in', type: 'ITMREF', state: 'applied' })
    expect(result.message.reason).toContain(`${parcelId(1)} DNL`)
    expect(await scan(parcelId(1))).toMatchObject({
      outcome: 'do_not_load',
      reason: `${parcelId(1)} is marked do-not-load: put it aside, do not bag it.`,
    })
  })

  it('quarantines a referral for an item the station has no data for, naming it, applying nothing', async () => {
    const { s, by, scan } = await station()
    const result = s.importEdi(
      by,
      'itmref-502.edi',
      itmref({
        referrals: [
          { itemId: parcelId(1), type: 'DNL', text: null },
          { itemId: parcelId(7), type: 'RFS', text: null },
        ],
      }),
    )
    expect(result.applied).toBe(false)
    expect(result.message.state).toBe('quarantined')
    expect(result.message.reason).toContain(`ITMREF refers item ${parcelId(7)} (RFS)`)
    expect((await scan(parcelId(1))).outcome).toBe('accepted')
  })
})

describe('CUSRSP in', () => {
  it('from a sender that is not the customs partner is quarantined with its reason', async () => {
    const { s, by } = await station()
    const record: CusrspRecord = {
      responses: [{ itemId: parcelId(1), indicator: '4', duty: null, reason: null }],
    }
    const result = s.importEdi(by, 'cusrsp-503.edi', encodeRecord('CUSRSP', record, envelope))
    expect(result.applied).toBe(false)
    expect(result.message).toMatchObject({ type: 'CUSRSP', state: 'quarantined' })
    expect(result.message.reason).toContain(
      'CUSRSP from USCHIA is not applied: USCHIA is not a partner of this station.',
    )
    expect(result.message.reason).toContain(parcelId(1))
  })
})
