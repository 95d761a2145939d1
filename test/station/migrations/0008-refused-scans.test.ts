// Migration 0008-refused-scans: an index over the refused events' codes only, which the item history
// query uses, and which accepted scans never enter.
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../src/station/migrations'
import { REFUSED_OUTCOMES_SQL, refusedScans } from '../../../src/station/migrations/0008-refused-scans'
import { migrate } from '../../../src/station/migrations/migrate'

let db: Database.Database
afterEach(() => db?.close())

describe('migration 0008-refused-scans', () => {
  it('indexes refused events by code, and the history query finds them through it', () => {
    db = new Database(':memory:')
    expect(MIGRATIONS.find((m) => m.version === 8)).toBe(refusedScans)
    migrate(db, refusedScans.version)
    const add = db.prepare(
      `INSERT INTO event (at, station, operator, type, code, outcome, reason) VALUES ('t', 'FRCDGA', 'amina', 'scan', ?, ?, 'r')`,
    )
    add.run('RR000000001FR', 'accepted')
    add.run('RR000000001FR', 'held')
    add.run('RR000000002FR', 'no_ead')
    const sql = `SELECT seq FROM event WHERE code = ? AND outcome IN ${REFUSED_OUTCOMES_SQL}`
    expect(db.prepare(sql).pluck().all('RR000000001FR')).toEqual([2])
    const plan = db
      .prepare<[string], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all('RR000000001FR')
      .map((r) => r.detail)
      .join('\n')
    expect(plan).toContain('event_refused_code')
    // Only the refused events are in it.
    const entries = db
      .prepare(
        `SELECT count(*) FROM event INDEXED BY event_refused_code WHERE code IS NOT NULL AND outcome IN ${REFUSED_OUTCOMES_SQL}`,
      )
      .pluck()
      .get()
    expect(entries).toBe(2)
  })
})
