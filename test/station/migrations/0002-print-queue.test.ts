import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { LATEST_VERSION, MIGRATIONS } from '../../../src/station/migrations'
import { migrate, schemaVersion } from '../../../src/station/migrations/migrate'
import { PrintStore } from '../../../src/station/print/store'

let db: Database.Database
afterEach(() => db?.close())

function fresh(): Database.Database {
  db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  return db
}

function names(type: 'table' | 'index'): string[] {
  return db
    .prepare<[string], string>(`SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all(type)
}

function plan(sql: string, ...params: unknown[]): string {
  return db
    .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params)
    .map((row) => row.detail)
    .join('\n')
}

const job = (state = 'queued', extra = '') =>
  `INSERT INTO print_job (kind, subject, zpl, width_mm, height_mm, dpmm, state, created_at, created_by, updated_at${extra ? ', reprint_of' : ''})
   VALUES ('file', 'a.zpl', '^XA^XZ', 101.6, 152.4, 8, '${state}', 't', 'station', 't'${extra ? `, ${extra}` : ''})`

describe('migration 0002-print-queue', () => {
  it('is the second step and brings a version-1 database to version 2', () => {
    fresh()
    expect(MIGRATIONS[1]).toMatchObject({ version: 2, name: 'print-queue' })
    migrate(db, 1)
    expect(names('table')).not.toContain('print_job')
    migrate(db, 2)
    expect(schemaVersion(db)).toBe(2)
  })

  it('creates the printer and print_job tables, STRICT, with the runner’s indexes', () => {
    fresh()
    migrate(db, 2)
    expect(names('table')).toEqual(expect.arrayContaining(['printer', 'print_job']))
    for (const table of ['printer', 'print_job']) {
      expect(
        db.prepare<[string], string>('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table),
      ).toMatch(/STRICT/)
    }
    expect(names('index')).toEqual(
      expect.arrayContaining(['printer_default', 'print_job_waiting', 'print_job_receptacle']),
    )
  })

  it('keeps at most one default printer and only 203 or 300 dpi', () => {
    fresh()
    migrate(db, 2)
    db.exec(`INSERT INTO printer VALUES ('a', 'A', 'tcp:a', 203, 1, 't'), ('b', 'B', 'tcp:b', 300, 0, 't')`)
    expect(() => db.exec(`INSERT INTO printer VALUES ('c', 'C', 'tcp:c', 203, 1, 't')`)).toThrow(/UNIQUE/)
    db.exec(`INSERT INTO printer VALUES ('c', 'C', 'tcp:c', 203, 0, 't')`)
    expect(() => db.exec(`INSERT INTO printer VALUES ('d', 'D', 'tcp:d', 600, 0, 't')`)).toThrow(/CHECK/)
    expect(() => db.exec(`INSERT INTO printer VALUES ('d', 'D', 'tcp:d', 203, 2, 't')`)).toThrow(/CHECK/)
  })

  it('refuses unknown job states, kinds and resolutions, and reprints of jobs that do not exist', () => {
    fresh()
    migrate(db, 2)
    db.exec(job())
    expect(() => db.exec(job('lost'))).toThrow(/CHECK/)
    expect(() => db.exec(job().replace(`'file'`, `'poster'`))).toThrow(/CHECK/)
    expect(() => db.exec(job().replace(', 8,', ', 10,'))).toThrow(/CHECK/)
    db.exec(job('queued', '1'))
    expect(() => db.exec(job('queued', '99'))).toThrow(/FOREIGN KEY/)
    expect(() =>
      db.exec(job().replace('(kind,', '(receptacle, kind,').replace(`VALUES ('file'`, `VALUES (42, 'file'`)),
    ).toThrow(/FOREIGN KEY/)
  })

  it('keeps a job when its printer is removed (no foreign key to printer)', () => {
    fresh()
    migrate(db, 2)
    db.exec(`INSERT INTO printer VALUES ('a', 'A', 'tcp:a', 203, 1, 't')`)
    db.exec(job('printed'))
    db.exec(`UPDATE print_job SET printer = 'a'`)
    db.exec(`DELETE FROM printer WHERE id = 'a'`)
    expect(db.prepare('SELECT printer FROM print_job').pluck().get()).toBe('a')
  })

  it('answers the runner’s "next waiting job" and "left sending" from print_job_waiting, never a table scan', () => {
    fresh()
    migrate(db, LATEST_VERSION)
    // The statements the store prepares, as it prepares them.
    const prepared: string[] = []
    const prepare = db.prepare.bind(db)
    const spy = Object.assign(Object.create(db) as Database.Database, {
      prepare: (sql: string) => {
        prepared.push(sql)
        return prepare(sql)
      },
    })
    new PrintStore(spy)
    const next = prepared.find((sql) => /state = 'queued'/.test(sql) && /not_before/.test(sql))
    const sending = prepared.find((sql) => /state = 'sending'/.test(sql))
    expect(next).toBeDefined()
    expect(sending).toBeDefined()
    const nextPlan = plan(next!, { printer: 'bench-1', now: '2026-01-01T00:00:00.000Z', isDefault: 1 })
    expect(nextPlan).toMatch(/USING INDEX print_job_waiting \(state=\?\)/)
    expect(nextPlan).not.toMatch(/USE TEMP B-TREE/)
    expect(plan(sending!)).toMatch(/USING INDEX print_job_waiting \(state=\?\)/)
    expect(plan('SELECT * FROM print_job WHERE receptacle = ? ORDER BY id DESC LIMIT ?', 1, 10)).toMatch(
      /USING INDEX print_job_receptacle|USING INTEGER PRIMARY KEY/,
    )
  })
})
