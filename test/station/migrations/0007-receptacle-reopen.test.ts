// Migration 0007-receptacle-reopen: print_job is rebuilt so a label may be "void" (its receptacle was
// reopened), every job kept as it was, reprints still pointing at their first job, the runner's indexes
// back in place.
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../src/station/migrations'
import { receptacleReopen } from '../../../src/station/migrations/0007-receptacle-reopen'
import { migrate, schemaVersion } from '../../../src/station/migrations/migrate'

let db: Database.Database
afterEach(() => db?.close())

const S9 = 'FRCDGAUSORDAAUN60001001100008'

const JOB = `INSERT INTO print_job (id, kind, subject, receptacle, zpl, width_mm, height_mm, dpmm, state, reason,
    attempts, reprint_of, created_at, created_by, updated_at, printed_at)
  VALUES (?, 'receptacle', ?, 1, '^XA^FDlabel^FS^XZ', 101.6, 152.4, 8, ?, ?, ?, ?, ?, 'amina', ?, ?)`

function plan(sql: string, ...params: unknown[]): string {
  return db
    .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params)
    .map((row) => row.detail)
    .join('\n')
}

describe('migration 0007-receptacle-reopen', () => {
  it('keeps every print job and its reprint link, and then accepts a void label (and nothing else new)', () => {
    db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    expect(MIGRATIONS.find((m) => m.version === receptacleReopen.version)).toBe(receptacleReopen)
    migrate(db, receptacleReopen.version - 1)
    db.exec(`
      INSERT INTO dispatch (id, origin, destination, category, subclass, year, number, state, opened_at)
        VALUES ('FRCDGAUSORDAAUN60001', 'FRCDGA', 'USORDA', 'A', 'UN', 2026, 1, 'open', 't');
      INSERT INTO receptacle (handle, dispatch_id, serial, state, weight_limit_kg, weight_kg, receptacle_id,
          opened_at, opened_by, closed_at)
        VALUES (1, 'FRCDGAUSORDAAUN60001', 1, 'closed', 30, 0.8, '${S9}', 't', 'amina', 't');
    `)
    db.prepare(JOB).run(1, S9, 'printed', null, 1, null, '2026-03-14T09:30:00Z', 't1', 't1')
    db.prepare(JOB).run(2, S9, 'queued', 'torn label', 0, 1, '2026-03-14T09:40:00Z', 't2', null)
    expect(() => db.prepare(`UPDATE print_job SET state = 'void' WHERE id = 1`).run()).toThrow(/CHECK/)
    const before = db.prepare('SELECT * FROM print_job ORDER BY id').all()

    migrate(db, receptacleReopen.version)
    expect(schemaVersion(db)).toBe(7)
    expect(db.prepare('SELECT * FROM print_job ORDER BY id').all()).toEqual(before)
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(
      db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'print_job%' ORDER BY name`).pluck().all(),
    ).toEqual(['print_job', 'print_job_receptacle', 'print_job_waiting'])
    expect(db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'print_job'`).pluck().get()).toMatch(
      /REFERENCES "?print_job"? \(id\)[\s\S]*STRICT/,
    )

    db.prepare(`UPDATE print_job SET state = 'void' WHERE id = 1`).run()
    expect(db.prepare('SELECT state FROM print_job WHERE id = 1').pluck().get()).toBe('void')
    expect(() => db.prepare(`UPDATE print_job SET state = 'lost' WHERE id = 2`).run()).toThrow(/CHECK/)
    // The reprint link and the receptacle are still foreign keys.
    expect(() => db.prepare(JOB).run(3, S9, 'queued', null, 0, 99, 't', 't', null)).toThrow(/FOREIGN KEY/)
    expect(
      plan(`SELECT * FROM print_job WHERE state IN ('queued', 'sending') AND state = 'queued' ORDER BY id`),
    ).toMatch(/print_job_waiting/)
    expect(plan('SELECT * FROM print_job WHERE receptacle = ?', 1)).toMatch(/print_job_receptacle/)
  })
})
