// The customs officer's queue and the detail of one item: current state, destination, declared value
// from the advance data (when the ITMATT tables exist), age, the last decision, and the whole history.
import { describe, expect, it } from 'vitest'
import type { StationEventName } from '../../../src/station'
import { StationError } from '../../../src/station'
import { tableAdvance } from '../../../src/station/customs/advance'
import { CHICAGO, letter, sqlite } from '../fixtures'
import { customsDesk, inbound, outbound } from './setup'

/**
 * Publishes an ITMATT batch the way the advance-data import stores it (migration 0004: advance_batch,
 * advance_item, advance_line), creating those tables with the columns customs reads when this build
 * does not have them yet.
 */
function publishItmatt(
  db: ReturnType<typeof sqlite>,
  items: Array<{ itemId: string; total?: number; currency?: string; lines?: Array<[number, string]> }>,
  opts: { seq?: number; state?: string } = {},
): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS advance_batch (id INTEGER PRIMARY KEY, file TEXT NOT NULL, format TEXT NOT NULL,
      state TEXT NOT NULL, operator TEXT NOT NULL, started_at TEXT NOT NULL, seq INTEGER);
    CREATE TABLE IF NOT EXISTS advance_item (id INTEGER PRIMARY KEY, batch INTEGER NOT NULL, item_id TEXT NOT NULL,
      total_value REAL, currency TEXT, needs_ead INTEGER NOT NULL, status TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS advance_line (item INTEGER NOT NULL, line INTEGER NOT NULL, description TEXT,
      value REAL, currency TEXT, hs_code TEXT, PRIMARY KEY (item, line));`)
  const batch = db
    .prepare(
      `INSERT INTO advance_batch (file, format, state, operator, started_at, seq)
       VALUES ('itmatt.xml', 'xml', ?, 'station', '2026-03-14T08:00:00Z', ?)`,
    )
    .run(opts.state ?? 'published', opts.seq ?? 1).lastInsertRowid
  for (const item of items) {
    const id = db
      .prepare(
        `INSERT INTO advance_item (batch, item_id, total_value, currency, needs_ead, status)
         VALUES (?, ?, ?, ?, 1, 'complete')`,
      )
      .run(batch, item.itemId, item.total ?? null, item.currency ?? null).lastInsertRowid
    ;(item.lines ?? []).forEach(([value, currency], i) =>
      db
        .prepare(
          `INSERT INTO advance_line (item, line, description, value, currency, hs_code)
           VALUES (?, ?, 'cotton T-shirt', ?, ?, '610910')`,
        )
        .run(id, i + 1, value, currency),
    )
  }
}

describe('the customs queue', () => {
  it('lists presented items, oldest first, with state, destination, age, hold and last decision', () => {
    const { station, by, customs, clock } = customsDesk()
    station.presentToCustoms(by, [outbound(1)])
    clock.now = new Date(clock.now.getTime() + 3 * 3_600_000)
    station.presentToCustoms(by, [inbound(1), outbound(2)])
    station.decideCustoms(customs, [outbound(2)], 'hold', { kind: 'inspection' })
    clock.now = new Date(clock.now.getTime() + 1_800_000)
    const all = station.customsQueue()
    expect(all.map((e) => [e.itemId, e.state, e.direction, e.destination, e.ageHours])).toEqual([
      [outbound(1), 'presented', 'export', CHICAGO, 3.5],
      [inbound(1), 'presented', 'import', 'FR', 0.5],
      [outbound(2), 'held', 'export', CHICAGO, 0.5],
    ])
    const held = all[2]!
    expect(held.hold).toBe('inspection')
    expect(held.lastDecision).toMatchObject({ decision: 'hold', decidedBy: 'dmitri', itemEvent: 'EXB' })
    expect(held.value).toBeNull()
  })

  it('filters by state, destination and age', () => {
    const { station, by, customs, clock } = customsDesk()
    station.presentToCustoms(by, [outbound(1), inbound(1)])
    clock.now = new Date(clock.now.getTime() + 30 * 3_600_000)
    station.decideCustoms(customs, [outbound(3)], 'release')
    const ids = (f: Parameters<typeof station.customsQueue>[0]) =>
      station.customsQueue(f).map((e) => e.itemId)
    expect(ids({ status: 'presented' })).toEqual([outbound(1), inbound(1)])
    expect(ids({ status: 'released' })).toEqual([outbound(3)])
    expect(ids({ destination: 'US' })).toEqual([outbound(1), outbound(3)])
    expect(ids({ destination: CHICAGO })).toEqual([outbound(1), outbound(3)])
    expect(ids({ destination: 'FR' })).toEqual([inbound(1)])
    expect(ids({ olderThanHours: 24 })).toEqual([outbound(1), inbound(1)])
    expect(ids({ limit: 1 })).toEqual([outbound(1)])
    expect(() => station.customsQueue({ destination: 'Chicago' })).toThrow(StationError)
  })

  it('reads the declared value from the advance data when it exists, and filters on it', () => {
    const { station, by } = customsDesk()
    publishItmatt(sqlite(station), [
      {
        itemId: outbound(1),
        lines: [
          [20, 'EUR'],
          [25.5, 'EUR'],
        ],
      },
      { itemId: outbound(2), total: 180, currency: 'EUR' },
    ])
    station.presentToCustoms(by, [outbound(1), outbound(2), outbound(3)])
    const values = station.customsQueue().map((e) => e.value)
    expect(values).toEqual([{ amount: 45.5, currency: 'EUR' }, { amount: 180, currency: 'EUR' }, null])
    expect(station.customsQueue({ minValue: 150 }).map((e) => e.itemId)).toEqual([outbound(2)])
    expect(station.customsQueue({ maxValue: 100 }).map((e) => e.itemId)).toEqual([outbound(1)])
  })

  it('announces every change to faces after the commit', () => {
    const { station, by, customs } = customsDesk()
    const heard: Array<[StationEventName, unknown]> = []
    station.on((name, payload) => heard.push([name, payload]))
    station.presentToCustoms(by, [outbound(1)])
    station.decideCustoms(customs, [outbound(1)], 'hold', { kind: 'inspection' })
    const changes = heard.filter(([name]) => name === 'customs.changed').map(([, p]) => p)
    expect(changes).toMatchObject([
      { itemId: outbound(1), state: 'presented' },
      { itemId: outbound(1), state: 'held', hold: 'inspection' },
    ])
    const types = heard
      .filter(([name]) => name === 'station.event')
      .map(([, e]) => (e as { type: string }).type)
    expect(types).toEqual(['customs.present', 'customs.hold'])
  })
})

describe('presenting', () => {
  it('records an item in no manifest as new, and presenting twice changes nothing', () => {
    const { station, by } = customsDesk()
    const stranger = letter(77, 'DE')
    const [entry] = station.presentToCustoms(by, [stranger])
    // No destination on file, posted in Germany: it came in.
    expect(entry).toMatchObject({ itemId: stranger, direction: 'import', state: 'presented' })
    station.presentToCustoms(by, [stranger])
    expect(station.customsItem(stranger).itemEvents.map((e) => e.code)).toEqual(['EDB'])
    expect(station.customsItem(stranger).manifest).toMatchObject({ mailClass: 'U', preAdvised: false })
  })
})

describe('one item in full', () => {
  it('gathers manifest facts, receptacle, holds, decisions, item events, history and advance data', async () => {
    const { station, customs, scan, handle } = customsDesk()
    publishItmatt(sqlite(station), [{ itemId: outbound(1), lines: [[45, 'USD']] }])
    await scan(outbound(1))
    station.decideCustoms(customs, [outbound(1)], 'hold', { kind: 'documents_required', reason: 'invoice' })
    station.decideCustoms(customs, [outbound(1)], 'release', { note: 'invoice produced at the desk' })
    const item = station.customsItem(outbound(1).toLowerCase())
    expect(item.manifest).toMatchObject({
      destinationCountry: 'US',
      destinationOffice: CHICAGO,
      weightKg: 0.25,
      contentsType: 'merchandise',
      preAdvised: true,
    })
    expect(item.receptacle).toMatchObject({ handle, state: 'open', destination: CHICAGO })
    expect(item.customs).toMatchObject({ state: 'released', hold: null, presentedBy: 'dmitri' })
    expect(item.holds).toEqual([
      expect.objectContaining({ reason: 'documents required: invoice', open: false }),
    ])
    expect(item.decisions.map((d) => [d.decision, d.itemEvent, d.note])).toEqual([
      ['hold', 'EXB', null],
      ['release', 'EXC', 'invoice produced at the desk'],
    ])
    expect(item.itemEvents.map((e) => e.code)).toEqual(['EXA', 'EXB', 'EXC'])
    expect(item.history.map((e) => e.type)).toEqual([
      'import',
      'scan',
      'customs.present',
      'customs.hold',
      'customs.release',
    ])
    expect(item.advance?.value).toEqual({ amount: 45, currency: 'USD' })
    expect(item.advance?.records.advance_line).toEqual([
      expect.objectContaining({ description: 'cotton T-shirt', hs_code: '610910', value: 45 }),
    ])
  })

  it('lists the scans customs refused and the refused attempts to decide on it, in order', async () => {
    const { station, customs, worker, scan } = customsDesk()
    station.decideCustoms(customs, [outbound(2)], 'hold', { kind: 'inspection' })
    expect((await scan(outbound(2))).outcome).toBe('held')
    expect(() => station.decideCustoms(worker, [outbound(2)], 'release')).toThrow()
    station.decideCustoms(customs, [outbound(2)], 'release')
    expect((await scan(outbound(2))).outcome).toBe('accepted')
    const history = station.customsItem(outbound(2)).history
    expect(history.map((e) => [e.type, e.outcome ?? null])).toEqual([
      ['import', null],
      ['customs.present', null],
      ['customs.hold', null],
      ['scan', 'held'],
      ['customs.refused', 'forbidden'],
      ['customs.release', null],
      ['scan', 'accepted'],
    ])
  })

  it('says when the item is not known', () => {
    const { station } = customsDesk()
    expect(() => station.customsItem(letter(98))).toThrow(/is not known at this station/)
  })
})

describe('the advance-data reader', () => {
  it('finds nothing, without failing, before the ITMATT tables exist', () => {
    const { station } = customsDesk()
    const advance = tableAdvance(sqlite(station))
    expect(advance.value(outbound(1))).toBeNull()
    expect(advance.read(outbound(1))).toBeNull()
  })

  it('reads the newest published batch only, its declared total before its lines', () => {
    const { station } = customsDesk()
    const db = sqlite(station)
    publishItmatt(db, [{ itemId: outbound(1), total: 40, currency: 'EUR', lines: [[10, 'EUR']] }], { seq: 5 })
    publishItmatt(db, [{ itemId: outbound(1), total: 99.9, currency: 'USD' }], { seq: 9 })
    publishItmatt(db, [{ itemId: outbound(1), total: 1, currency: 'EUR' }], { seq: 12, state: 'importing' })
    const advance = tableAdvance(db)
    expect(advance.value(outbound(1))).toEqual({ amount: 99.9, currency: 'USD' })
    expect(advance.read(outbound(1))!.records.advance_item).toEqual([
      expect.objectContaining({ total_value: 99.9 }),
    ])
    expect(advance.value(outbound(2))).toBeNull()
  })
})
