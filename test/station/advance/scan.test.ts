// What advance data does at the scanner: where the destination requires EAD an item goes in only with
// complete (or customs-assessed) data, and the refusal says what is wrong; customs referrals hold or
// stop items whatever the policy; an import never stops the scanning.
import { describe, expect, it } from 'vitest'
import type { ReferralStatus } from '../../../src/core/customs'
import { writeBenchItmatt } from '../../../src/station/bench/itmatt'
import { ALGIERS, CHICAGO, newStation, sqlite, tempDir } from '../fixtures'
import { itmattXml, parcelId, registeredId } from './fixtures'
import { join } from 'node:path'

const parcels = { destination: CHICAGO, category: 'A', subclass: 'CN' }

async function station(opts: { requiresEad?: boolean } = {}) {
  const s = newStation()
  const by = s.defaultSession()
  if (opts.requiresEad !== false) {
    s.setPolicy(by, { destination: 'US', requiresEad: true, requiresPreAdvice: false, weightLimitKg: null })
  }
  await s.importItmatt(by, {
    name: 'itmatt.xml',
    content: itmattXml([
      { id: parcelId(1) },
      { id: parcelId(2), description: 'gift', hs: null },
      { id: parcelId(3), hs: '61A910' },
      { id: parcelId(4), country: 'DZ' },
    ]),
  })
  const handle = s.openReceptacle(by, parcels).receptacle.handle
  const scan = (code: string) => s.scan(by, { code, receptacle: handle })
  return { s, by, handle, scan }
}

function refer(
  s: ReturnType<typeof newStation>,
  itemId: string,
  status: ReferralStatus,
  reason: string | null,
): void {
  sqlite(s)
    .prepare('INSERT INTO ead_referral (item_id, status, reason, seq) VALUES (?, ?, ?, 1)')
    .run(itemId, status, reason)
}

describe('scanning with advance data', () => {
  it('accepts an item whose data is complete, as pre-advised, with its weight', async () => {
    const { s, handle, scan } = await station()
    const r = await scan(parcelId(1))
    expect(r).toMatchObject({
      outcome: 'accepted',
      reason: `Accepted into receptacle ${handle} for ${CHICAGO} (1 item).`,
    })
    expect(s.getReceptacle(handle).receptacle.weightKg).toBe(1.25)
  })

  it('refuses no_ead, naming the blocking findings', async () => {
    const { scan } = await station()
    const vague = await scan(parcelId(2))
    expect(vague.outcome).toBe('no_ead')
    expect(vague.reason).toBe(
      `${parcelId(2)}: advance data incomplete: description 'gift' is too vague; HS code missing for a sale of goods. Put it aside.`,
    )
    const wrong = await scan(parcelId(3))
    expect(wrong).toMatchObject({
      outcome: 'no_ead',
      reason: `${parcelId(3)}: advance data in error: HS code '61A910' is not 6 to 10 digits. Put it aside.`,
    })
  })

  it('leaves the data unenforced where the destination does not require EAD', async () => {
    const { scan } = await station({ requiresEad: false })
    expect((await scan(parcelId(2))).outcome).toBe('accepted')
  })

  it('routes by the addressee country of the advance data', async () => {
    const { scan } = await station()
    const r = await scan(parcelId(4))
    expect(r.outcome).toBe('missort')
    expect(r.reason).toContain('is for DZ (Algeria)')
    void ALGIERS
  })

  it('still asks EAD of items with none at all', async () => {
    const { scan } = await station()
    expect((await scan(parcelId(8))).outcome).toBe('no_ead')
  })

  it('do-not-load from customs: do_not_load', async () => {
    const { s, scan } = await station()
    refer(s, parcelId(1), 'dnl', 'high-risk consignee')
    const r = await scan(parcelId(1))
    expect(r).toMatchObject({
      outcome: 'do_not_load',
      reason: `${parcelId(1)} is marked do-not-load: put it aside, do not bag it.`,
    })
  })

  it('requests for information or screening: no_ead in words, whatever the policy', async () => {
    const { s, scan } = await station({ requiresEad: false })
    refer(s, parcelId(1), 'rfi', 'invoice requested')
    refer(s, parcelId(4), 'rfs', null)
    expect(await scan(parcelId(1))).toMatchObject({
      outcome: 'no_ead',
      reason: `${parcelId(1)}: customs asked for information (invoice requested) before it may be loaded; put it aside.`,
    })
    const other = s.openReceptacle(s.defaultSession(), { ...parcels, destination: ALGIERS })
    expect(
      await s.scan(s.defaultSession(), { code: parcelId(4), receptacle: other.receptacle.handle }),
    ).toMatchObject({
      outcome: 'no_ead',
      reason: `${parcelId(4)}: customs asked for screening before it may be loaded; put it aside.`,
    })
  })

  it('assessment complete lets incomplete data go; a closed referral no longer counts', async () => {
    const { s, scan } = await station()
    refer(s, parcelId(2), 'assessment_complete', null)
    expect((await scan(parcelId(2))).outcome).toBe('accepted')
    refer(s, parcelId(3), 'rfi', 'invoice')
    sqlite(s).prepare('UPDATE ead_referral SET closed_seq = 2 WHERE item_id = ?').run(parcelId(3))
    expect((await scan(parcelId(3))).outcome).toBe('no_ead')
    expect(s.advanceItem(parcelId(2))).toMatchObject({
      status: 'assessment_complete',
      dataStatus: 'incomplete',
    })
  })

  it('goes on while a large file is imported: scans are acknowledged before the import ends', async () => {
    const s = newStation()
    const by = s.defaultSession()
    const file = join(tempDir(), 'big.xml')
    writeBenchItmatt(file, 50_000)
    const handle = s.openReceptacle(by, { destination: CHICAGO, category: 'A', subclass: 'UN' }).receptacle
      .handle
    let importing = true
    const importDone = s.importItmatt(by, { name: 'big.xml', path: file }).finally(() => {
      importing = false
    })
    const acknowledged: boolean[] = []
    const latencies: number[] = []
    for (let n = 1; n <= 40 && importing; n++) {
      const t = performance.now()
      const r = await s.scan(by, { code: registeredId(n), receptacle: handle })
      latencies.push(performance.now() - t)
      expect(r.outcome).toBe('accepted')
      acknowledged.push(importing)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    const report = await importDone
    expect(report.items).toBe(50_000)
    expect(acknowledged.filter(Boolean).length).toBeGreaterThanOrEqual(10)
    latencies.sort((a, b) => a - b)
    // A scan waits for at most a chunk transaction or two, never for the import.
    expect(latencies.at(-1)!).toBeLessThan(500)
  }, 60_000)
})
