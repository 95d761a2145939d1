import { describe, expect, it } from 'vitest'
import { CHICAGO, crew, letter, newStation, sqlite } from './fixtures'

const toChicago = { destination: CHICAGO, category: 'A', subclass: 'UN' }

describe('the event log', () => {
  it('records every action with who did it', async () => {
    const station = newStation()
    const { worker, supervisor } = crew(station)
    station.setPolicy(supervisor, {
      destination: 'US',
      requiresEad: false,
      requiresPreAdvice: false,
      weightLimitKg: 20,
    })
    station.importManifest(supervisor, `itemId,destinationCountry\n${letter(1)},US`)
    station.openReceptacle(worker, toChicago)
    const scan = await station.scan(worker, { code: letter(1), device: 'gun-1' })
    await station.scan(worker, { code: 'HELLO' })
    station.undo(supervisor, scan.seq)
    station.closeReceptacle(worker, { weightKg: 0.4, last: true })
    const log = station.events().map((e) => [e.type, e.operator, e.outcome])
    expect(log).toEqual([
      ['operator.add', 'station', null],
      ['operator.add', 'station', null],
      ['operator.add', 'station', null],
      ['operator.add', 'station', null],
      ['policy.set', 'bruno', null],
      ['import', 'bruno', null],
      ['receptacle.open', 'amina', null],
      ['scan', 'amina', 'accepted'],
      ['scan', 'amina', 'invalid_id'],
      ['undo', 'bruno', null],
      ['receptacle.close', 'amina', null],
      ['dispatch.close', 'amina', null],
      // The receptacle's label, queued in the same commit as the close.
      ['label.queued', 'amina', null],
      ['dispatch.documents', 'amina', null],
    ])
    for (const e of station.events()) {
      expect(e.station).toBe('FRCDGA')
      expect(e.reason).toEqual(expect.any(String))
    }
  })

  it('pages through the log by sequence', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, toChicago)
    for (let i = 1; i <= 5; i++) await station.scan(by, { code: letter(i) })
    expect(station.events(2, 2).map((e) => e.seq)).toEqual([3, 4])
    expect(station.events(6).map((e) => e.seq)).toEqual([])
    expect(station.events().map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('is append-only: the database itself refuses to change or delete an event', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, toChicago)
    const { seq } = await station.scan(by, { code: letter(1) })
    const db = sqlite(station)
    expect(() => db.prepare(`UPDATE event SET outcome = 'missort' WHERE seq = ?`).run(seq)).toThrow(
      /append-only/,
    )
    expect(() => db.prepare('DELETE FROM event WHERE seq = ?').run(seq)).toThrow(/append-only/)
    expect(station.events(seq - 1, 1)[0]!.outcome).toBe('accepted')
  })
})
