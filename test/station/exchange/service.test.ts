// The office of exchange end to end on a real station file: closing dispatches with their PREDES and
// documents, consignments with CARDIT and PRECON, partners' files applied whole or quarantined whole,
// item events out as EMSEVT, and the mailbox folders.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ResditRecord } from '../../../src/core/edi/records'
import { encodeRecord, readInterchange } from '../../../src/station/exchange/edi'
import { Mailbox } from '../../../src/station/exchange/mailbox'
import { CHICAGO, crew, letter, newStation, registered, sqlite } from '../fixtures'

const toChicago = { destination: CHICAGO, category: 'A', subclass: 'UN' }

function bagging() {
  const station = newStation()
  const people = crew(station)
  const by = station.defaultSession()
  return { station, by, ...people }
}

/** Opens `bags` receptacles to Chicago, scans `perBag` items into each and closes them (not as last). */
async function fill(
  station: ReturnType<typeof newStation>,
  by: ReturnType<typeof station.defaultSession>,
  bags: number,
  perBag: number,
) {
  let n = 1
  for (let b = 0; b < bags; b++) {
    const { receptacle } = station.openReceptacle(by, toChicago)
    for (let i = 0; i < perBag; i++) {
      const code = i === 0 && b === 0 ? registered(n++) : letter(n++, 'US')
      await station.scan(by, { code, receptacle: receptacle.handle })
    }
    station.closeReceptacle(by, { receptacle: receptacle.handle, weightKg: 2 + b, last: false })
  }
}

describe('closing a dispatch', () => {
  it('refuses while a receptacle is open, naming it, and when there is no such dispatch', async () => {
    const { station, by } = bagging()
    await fill(station, by, 1, 2)
    station.openReceptacle(by, toChicago)
    await expect(station.closeDispatch(by, toChicago)).rejects.toThrow(
      /still has an open receptacle: receptacle 002/,
    )
    await expect(
      station.closeDispatch(by, { destination: 'GBLHRA', category: 'A', subclass: 'UN' }),
    ).rejects.toThrow(/no open dispatch from FRCDGA to GBLHRA/)
  })

  it('is for exchange-office staff, supervisors and admins', async () => {
    const { station, by, worker } = bagging()
    await fill(station, by, 1, 1)
    await expect(station.closeDispatch(worker, toChicago)).rejects.toThrow(/Closing a dispatch needs/)
  })

  it('totals the dispatch, marks the highest receptacle, records EMC per item and writes PREDES and PDFs', async () => {
    const { station, by } = bagging()
    await fill(station, by, 3, 4)
    const result = await station.closeDispatch(by, toChicago)
    expect(result).toMatchObject({
      receptacles: 3,
      registeredReceptacles: 1,
      items: 12,
      weightKg: 9,
      highestSerial: 3,
    })
    expect(result.dispatchId).toMatch(/^FRCDGAUSORDAAUN\d{5}$/)
    for (const file of Object.values(result.files)) expect(existsSync(file)).toBe(true)
    expect(readFileSync(result.files.letterBill).subarray(0, 5).toString()).toBe('%PDF-')
    expect(result.files.deliveryBill).toMatch(/CN38-/)
    const predes = readInterchange(readFileSync(result.files.predes, 'latin1'))
    expect(predes.issues).toEqual([])
    expect(predes.messages).toHaveLength(1)
    const message = predes.messages[0]!
    if (message.type !== 'PREDES') throw new Error(`expected PREDES, got ${message.type}`)
    expect(message.record.dispatchId).toBe(result.dispatchId)
    expect(message.record.receptacles.map((r) => r.highest)).toEqual([false, false, true])
    expect(message.record.receptacles.flatMap((r) => r.items)).toHaveLength(12)
    expect(message.record.receptacles[0]!.registered).toBe(true)
    // The same file waits in the destination's outbox.
    const [out] = station.messages('out', 10)
    expect(out).toMatchObject({
      type: 'PREDES',
      partner: CHICAGO,
      state: 'written',
      subject: result.dispatchId,
    })
    expect(readFileSync(out!.file!, 'latin1')).toBe(readFileSync(result.files.predes, 'latin1'))
    const emc = sqlite(station).prepare(`SELECT count(*) AS n FROM item_event WHERE code = 'EMC'`).get() as {
      n: number
    }
    expect(emc.n).toBe(12)
    expect(station.listDispatches('closed')[0]).toMatchObject({
      id: result.dispatchId,
      state: 'closed',
      highestSerial: 3,
    })
    await expect(station.closeDispatch(by, { dispatch: result.dispatchId })).rejects.toThrow(/already closed/)
  })

  it('gives the highest receptacle an S9 that says so, and queues its new label, when none was closed as last', async () => {
    const { station, by } = bagging()
    await fill(station, by, 2, 1)
    const before = station.listReceptacles('closed').find((r) => r.serial === 2)!
    expect(before.receptacleId!.charAt(23)).toBe('0')
    await station.closeDispatch(by, toChicago)
    const after = station.getReceptacle(before.handle).receptacle
    expect(after.receptacleId).toBe(`${before.receptacleId!.slice(0, 23)}1${before.receptacleId!.slice(24)}`)
    expect(after.highest).toBe(true)
    const jobs = station.printJobs(10, before.handle)
    expect(jobs.map((j) => j.subject)).toEqual([after.receptacleId, before.receptacleId])
    expect(
      station.events().some((e) => e.type === 'receptacle.relabel' && e.code === after.receptacleId),
    ).toBe(true)
  })

  it('writes the documents when the last receptacle closes the dispatch', async () => {
    const { station, by } = bagging()
    const { receptacle } = station.openReceptacle(by, toChicago)
    await station.scan(by, { code: letter(1, 'US'), receptacle: receptacle.handle })
    const closed = station.closeReceptacle(by, { receptacle: receptacle.handle, weightKg: 1.5, last: true })
    const id = closed.dispatch.id
    const until = Date.now() + 5000
    while (station.dispatchDocuments(id).length < 3 && Date.now() < until)
      await new Promise((r) => setTimeout(r, 20))
    expect(
      station
        .dispatchDocuments(id)
        .map((d) => d.form)
        .sort(),
    ).toEqual(['CN 31', 'CN 38', 'PREDES'])
  })
})

describe('consignments', () => {
  it('groups closed dispatches for one flight and writes CARDIT and PRECON', async () => {
    const { station, by } = bagging()
    await fill(station, by, 2, 2)
    const { dispatchId } = await station.closeDispatch(by, toChicago)
    const leg = {
      carrier: 'AF',
      number: 'AF0012',
      from: 'CDG',
      to: 'ORD',
      departure: '2026-03-14T22:10:00+01:00',
    }
    const { consignment, documents } = station.closeConsignment(by, {
      dispatches: [dispatchId],
      carrier: 'AF',
      transport: [leg],
    })
    expect(consignment).toMatchObject({ receptacles: 2, weightKg: 5, carrier: 'AF', destination: CHICAGO })
    expect(documents.map((d) => d.form).sort()).toEqual(['CARDIT', 'PRECON'])
    for (const d of documents) {
      const read = readInterchange(readFileSync(d.path, 'latin1'))
      expect(read.issues).toEqual([])
      expect(read.messages[0]!.type).toBe(d.form)
    }
    expect(() =>
      station.closeConsignment(by, { dispatches: [dispatchId], carrier: 'AF', transport: [leg] }),
    ).toThrow(/already in a consignment/)
  })

  it('refuses an open dispatch', async () => {
    const { station, by } = bagging()
    const { dispatch } = station.openReceptacle(by, toChicago)
    expect(() =>
      station.closeConsignment(by, {
        dispatches: [dispatch.id],
        carrier: 'AF',
        transport: [
          { carrier: 'AF', number: 'AF1', from: 'CDG', to: 'ORD', departure: '2026-03-14T22:10:00+01:00' },
        ],
      }),
    ).toThrow(/only closed dispatches are consigned/)
  })
})

describe('EDI from partners', () => {
  async function consigned() {
    const ctx = bagging()
    await fill(ctx.station, ctx.by, 2, 1)
    const { dispatchId } = await ctx.station.closeDispatch(ctx.by, toChicago)
    const { consignment } = ctx.station.closeConsignment(ctx.by, {
      dispatches: [dispatchId],
      carrier: 'AF',
      transport: [
        { carrier: 'AF', number: 'AF0012', from: 'CDG', to: 'ORD', departure: '2026-03-14T22:10:00+01:00' },
      ],
    })
    const receptacles = ctx.station.listReceptacles('closed').map((r) => r.receptacleId!)
    return { ...ctx, consignment, receptacles }
  }

  function resdit(consignmentId: string, receptacles: string[], code: '74' | '21' = '74'): string {
    const record: ResditRecord = {
      consignmentId,
      carrier: 'AF',
      events: [
        {
          code,
          at: '2026-03-14T21:40:00+01:00',
          location: 'CDG',
          transport: { carrier: 'AF', number: 'AF0012' },
          receptacles,
        },
      ],
    }
    return encodeRecord('RESDIT', record, {
      sender: { id: 'AF', qualifier: null },
      recipient: { id: 'FRCDGA', qualifier: null },
      controlRef: '77',
      at: new Date('2026-03-14T20:41:00Z'),
    })
  }

  it('applies a RESDIT: the consignment shows the carrier event, its receptacles are confirmed', async () => {
    const { station, by, consignment, receptacles } = await consigned()
    expect(
      station
        .unconfirmedReceptacles(0)
        .map((r) => r.receptacleId)
        .sort(),
    ).toEqual([...receptacles].sort())
    const result = station.importEdi(by, 'resdit-77.edi', resdit(consignment.id, receptacles))
    expect(result).toMatchObject({ applied: true, issues: [] })
    expect(result.message).toMatchObject({ direction: 'in', type: 'RESDIT', state: 'applied' })
    expect(station.consignments(10)[0]!.status).toBe('74 received by the carrier')
    expect(station.unconfirmedReceptacles(0)).toEqual([])
  })

  it('quarantines a RESDIT for a consignment this station never sent, applying nothing', async () => {
    const { station, by, receptacles } = await consigned()
    const result = station.importEdi(by, 'stranger.edi', resdit('XXCDGA600099', receptacles))
    expect(result.applied).toBe(false)
    expect(result.message.state).toBe('quarantined')
    expect(result.message.reason).toMatch(/which this station did not send/)
    expect(station.unconfirmedReceptacles(0)).toHaveLength(2)
  })

  it('quarantines a truncated file whole, saying where', async () => {
    const { station, by, consignment, receptacles } = await consigned()
    const text = resdit(consignment.id, receptacles)
    const result = station.importEdi(by, 'cut.edi', text.slice(0, Math.floor(text.length * 0.6)))
    expect(result.applied).toBe(false)
    expect(result.issues.length).toBeGreaterThan(0)
    expect(result.message.reason).toMatch(/line \d+/)
    expect(station.consignments(10)[0]!.status).toBeNull()
  })
})

describe('EMSEVT out', () => {
  it('exports EMB for first scans and EMC for dispatched items, in local time with an offset', async () => {
    const { station, by } = bagging()
    await fill(station, by, 1, 2)
    await station.closeDispatch(by, toChicago)
    const out = station.exportEmsevt(by, new Date('2000-01-01T00:00:00Z'))
    expect(out.events).toBe(4)
    const read = readInterchange(out.content)
    expect(read.issues).toEqual([])
    const message = read.messages[0]!
    if (message.type !== 'EMSEVT') throw new Error('expected EMSEVT')
    expect(message.record.events.map((e) => e.code).sort()).toEqual(['EMB', 'EMB', 'EMC', 'EMC'])
    for (const e of message.record.events) {
      expect(e.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/)
      expect(e.office).toBe('FRCDGA')
    }
  })
})

describe('the mailboxes', () => {
  it('imports inbox files, moving them to processed/ or quarantine/, and sees outbox files taken', async () => {
    const { station, by } = bagging()
    await fill(station, by, 1, 1)
    const { files } = await station.closeDispatch(by, toChicago)
    const inbox = join(station.dataDir, 'inbox', 'AF')
    mkdirSync(inbox, { recursive: true })
    writeFileSync(join(inbox, 'garbage.edi'), "UNB+UNOC:3+AF+FRCDGA+260314:2141+1'UNH+1+RESDIT:1:1:UP'")
    writeFileSync(join(inbox, '.partial.edi'), 'still being written')
    const mailbox = new Mailbox(station, station.dataDir, { emsevtEveryMs: 0, log: () => undefined })
    const out = station.messages('out', 1)[0]!
    rmSync(out.file!)
    const counts = await mailbox.tick()
    expect(counts).toEqual({ imported: 0, quarantined: 1, sent: 1 })
    expect(readdirSync(join(inbox, 'quarantine'))).toEqual(['garbage.edi'])
    expect(existsSync(join(inbox, '.partial.edi'))).toBe(true)
    expect(station.message(out.id).message.state).toBe('sent')
    expect(existsSync(files.predes)).toBe(true)
  })
})
