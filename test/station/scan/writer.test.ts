import { describe, expect, it } from 'vitest'
import type { Receptacle, StationEvent } from '../../../src/station'
import { CHICAGO, letter, newStation, sqlite } from '../fixtures'

const toChicago = { destination: CHICAGO, category: 'A', subclass: 'UN' }

describe('the scan loop', () => {
  it('commits a burst of scans together, in order, and acknowledges each', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, toChicago)
    const before = station.scanTransactions
    const codes = Array.from({ length: 50 }, (_, i) => letter(i + 1))
    const results = await Promise.all(codes.map((code) => station.scan(by, { code })))
    expect(results.map((r) => r.outcome)).toEqual(codes.map(() => 'accepted'))
    expect(results.map((r) => r.code)).toEqual(codes)
    const seqs = results.map((r) => r.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
    expect(new Set(seqs).size).toBe(50)
    expect(station.scanTransactions - before).toBeLessThan(50)
    expect(station.scanTransactions - before).toBe(1)
    // Each scan saw the ones before it in the same batch: the counts run 1..50.
    expect(results.map((r) => Number(/\((\d+) items?\)/.exec(r.reason)![1]))).toEqual(
      codes.map((_, i) => i + 1),
    )
    expect(station.getReceptacle(1).receptacle.items).toBe(50)
  })

  it('decides a duplicate inside the same batch against the earlier scan', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, toChicago)
    const [first, second] = await Promise.all([
      station.scan(by, { code: letter(1) }),
      station.scan(by, { code: letter(1) }),
    ])
    expect([first!.outcome, second!.outcome]).toEqual(['accepted', 'duplicate'])
    expect(sqlite(station).prepare('SELECT count(*) FROM membership').pluck().get()).toBe(1)
  })

  it('commits a lone scan straight away', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, toChicago)
    for (let i = 1; i <= 3; i++) await station.scan(by, { code: letter(i) })
    expect(station.scanTransactions).toBe(3)
  })

  it('acknowledges a scan only once another connection can read it', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, toChicago)
    const reader = sqlite(station)
    const pending = station.scan(by, { code: letter(1) })
    expect(reader.prepare("SELECT count(*) FROM event WHERE type = 'scan'").pluck().get()).toBe(0)
    const result = await pending
    expect(reader.prepare('SELECT outcome FROM event WHERE seq = ?').pluck().get(result.seq)).toBe('accepted')
  })

  it('rejects every scan of a batch whose commit fails, and writes none of them', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, toChicago)
    await station.scan(by, { code: letter(1) })
    sqlite(station).exec(`
      CREATE TRIGGER disk_trouble BEFORE INSERT ON membership WHEN NEW.item_id = '${letter(3)}'
      BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END`)
    const batch = [letter(2), letter(3), letter(4)].map((code) => station.scan(by, { code }))
    const settled = await Promise.allSettled(batch)
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected'])
    expect(String((settled[0] as PromiseRejectedResult).reason)).toMatch(/simulated write failure/)
    expect(station.events().filter((e) => e.type === 'scan')).toHaveLength(1)
    // The loop goes on with the state as committed: one item in, the next scan is the second.
    sqlite(station).exec('DROP TRIGGER disk_trouble')
    const next = await station.scan(by, { code: letter(2) })
    expect(next.reason).toMatch(/\(2 items\)/)
  })

  it('tells listeners after the commit: each event, then the receptacles that changed', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, toChicago)
    const heard: Array<[string, StationEvent | Receptacle]> = []
    const committed: boolean[] = []
    const stop = station.on((name, payload) => {
      if (name === 'station.event' || name === 'receptacle.changed')
        heard.push([name, payload as StationEvent])
      if (name === 'station.event') {
        const e = payload as StationEvent
        committed.push(station.events(e.seq - 1, 1)[0]?.seq === e.seq)
      }
    })
    await Promise.all([station.scan(by, { code: letter(1) }), station.scan(by, { code: 'HELLO' })])
    expect(heard.map(([name, p]) => [name, (p as StationEvent).outcome ?? (p as Receptacle).items])).toEqual([
      ['station.event', 'accepted'],
      ['station.event', 'invalid_id'],
      ['receptacle.changed', 1],
    ])
    expect(committed).toEqual([true, true])
    stop()
    await station.scan(by, { code: letter(2) })
    expect(heard).toHaveLength(3)
  })

  it('keeps acknowledging when a listener throws', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, toChicago)
    const errors = console.error
    console.error = () => {}
    try {
      station.on(() => {
        throw new Error('screen gone')
      })
      expect((await station.scan(by, { code: letter(1) })).outcome).toBe('accepted')
    } finally {
      console.error = errors
    }
  })

  it('commits the queued scans before closing', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, toChicago)
    const pending = [letter(1), letter(2)].map((code) => station.scan(by, { code }))
    station.close()
    expect((await Promise.all(pending)).map((r) => r.outcome)).toEqual(['accepted', 'accepted'])
    await expect(station.scan(by, { code: letter(3) })).rejects.toThrow(/closed/)
  })

  it('sees receptacles another process opened or closed', async () => {
    const station = newStation()
    const by = station.defaultSession()
    const mine = station.openReceptacle(by, toChicago).receptacle
    const { openStation } = await import('../../../src/station')
    const other = openStation({ dataDir: station.dataDir })
    try {
      const theirs = other.openReceptacle(other.defaultSession(), toChicago).receptacle
      expect((await station.scan(by, { code: letter(1) })).receptacle).toBe(theirs.handle)
      other.closeReceptacle(other.defaultSession(), { receptacle: mine.handle, weightKg: 1, last: false })
      expect((await station.scan(by, { code: letter(2), receptacle: mine.handle })).outcome).toBe(
        'receptacle_closed',
      )
    } finally {
      other.close()
    }
  })
})

describe('group commit when commits are slow', () => {
  it('gathers scans that arrive from separate callbacks into one transaction', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, toChicago)
    const scanFromCallback = (code: string) =>
      new Promise((resolve) => setImmediate(() => resolve(station.scan(by, { code }))))

    const writer = (station as unknown as { scans: { slowCommitMs: number } }).scans
    // Fast disk: each message's scan commits at once.
    writer.slowCommitMs = Number.POSITIVE_INFINITY
    let before = station.scanTransactions
    await Promise.all([scanFromCallback(letter(1)), scanFromCallback(letter(2))])
    expect(station.scanTransactions - before).toBe(2)

    // Slow disk: the writer yields a turn so the second message's scan joins the first one's batch.
    writer.slowCommitMs = 0
    before = station.scanTransactions
    await Promise.all([scanFromCallback(letter(3)), scanFromCallback(letter(4))])
    expect(station.scanTransactions - before).toBe(1)
  })
})
