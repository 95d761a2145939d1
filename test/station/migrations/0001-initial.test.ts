import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { LATEST_VERSION, MIGRATIONS } from '../../../src/station/migrations'
import { migrate, schemaVersion } from '../../../src/station/migrations/migrate'

let db: Database.Database
afterEach(() => db?.close())

function fresh(): Database.Database {
  db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  return db
}

function names(type: 'table' | 'index' | 'trigger'): string[] {
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

describe('migration 0001-initial', () => {
  it('is the first step and brings an empty database to version 1', () => {
    fresh()
    expect(MIGRATIONS[0]).toMatchObject({ version: 1, name: 'initial' })
    expect(schemaVersion(db)).toBe(0)
    migrate(db, 1)
    expect(schemaVersion(db)).toBe(1)
  })

  it('creates the manifest tables, all STRICT, and the indexes the scan path needs', () => {
    fresh()
    migrate(db, 1)
    expect(names('table').sort()).toEqual(
      [
        'destination_policy',
        'dispatch',
        'event',
        'hold',
        'item',
        'membership',
        'office',
        'operator',
        'receptacle',
      ].sort(),
    )
    for (const table of names('table')) {
      expect(
        db.prepare<[string], string>('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table),
      ).toMatch(/STRICT/)
    }
    expect(names('index')).toEqual(
      expect.arrayContaining(['membership_current', 'membership_receptacle', 'hold_open', 'receptacle_open']),
    )
    expect(names('trigger').sort()).toEqual(['event_no_delete', 'event_no_update'])
  })

  it('lets an item be in one receptacle at a time, and again after it was taken out', () => {
    fresh()
    migrate(db, 1)
    db.exec(`
      INSERT INTO dispatch VALUES ('FRCDGAUSORDAAUN60001', 'FRCDGA', 'USORDA', 'A', 'UN', 2026, 1, 'open', 't', NULL);
      INSERT INTO receptacle (handle, dispatch_id, serial, state, weight_limit_kg, opened_at, opened_by)
        VALUES (1, 'FRCDGAUSORDAAUN60001', 1, 'open', 30, 't', 'station'),
               (2, 'FRCDGAUSORDAAUN60001', 2, 'open', 30, 't', 'station');
      INSERT INTO item (id, created_seq) VALUES ('RR473124829GB', 1);
      INSERT INTO membership (seq, item_id, receptacle) VALUES (1, 'RR473124829GB', 1);
    `)
    expect(() =>
      db.exec(`INSERT INTO membership (seq, item_id, receptacle) VALUES (2, 'RR473124829GB', 2)`),
    ).toThrow(/UNIQUE/)
    db.exec(`UPDATE membership SET removed_seq = 3 WHERE seq = 1`)
    db.exec(`INSERT INTO membership (seq, item_id, receptacle) VALUES (4, 'RR473124829GB', 2)`)
    expect(() =>
      db.exec(`INSERT INTO membership (seq, item_id, receptacle) VALUES (5, 'UA000000014FR', 2)`),
    ).toThrow(/FOREIGN KEY/)
  })

  it('refuses to change or delete an event', () => {
    fresh()
    migrate(db, 1)
    db.exec(`INSERT INTO event (at, station, operator, type) VALUES ('t', 'FRCDGA', 'station', 'scan')`)
    expect(() => db.exec(`UPDATE event SET outcome = 'accepted'`)).toThrow(/append-only/)
    expect(() => db.exec(`DELETE FROM event`)).toThrow(/append-only/)
  })

  it('serves the hot scan-path queries from indexes, never a table scan', () => {
    fresh()
    migrate(db, LATEST_VERSION)
    const lookup = plan(
      `SELECT i.id IS NOT NULL, i.mail_class,
         (SELECT m.receptacle FROM membership m WHERE m.item_id = ? AND m.removed_seq IS NULL),
         (SELECT h.reason FROM hold h WHERE h.item_id = ? AND h.lifted_seq IS NULL ORDER BY h.id LIMIT 1)
       FROM (SELECT ? AS id) AS q LEFT JOIN item i ON i.id = q.id`,
      'x',
      'x',
      'x',
    )
    expect(lookup).toMatch(/SEARCH i USING PRIMARY KEY \(id=\?\)/)
    expect(lookup).toMatch(/SEARCH m USING INDEX membership_current \(item_id=\?\)/)
    expect(lookup).toMatch(/SEARCH h USING INDEX hold_open \(item_id=\?\)/)
    expect(plan('SELECT * FROM membership WHERE receptacle = ? AND removed_seq IS NULL', 1)).toMatch(
      /USING INDEX membership_receptacle/,
    )
    expect(
      plan(
        `SELECT coalesce(max(number), 0) FROM dispatch
         WHERE origin = ? AND destination = ? AND category = ? AND subclass = ? AND year = ?`,
        'a',
        'b',
        'c',
        'd',
        1,
      ),
    ).toMatch(/USING (COVERING )?INDEX/)
    expect(plan('SELECT max(seq) FROM event')).not.toMatch(/SCAN/)
  })
})
