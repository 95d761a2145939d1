// Migration 0005-customs: created on a database with holds written before customs decisions existed,
// which keep working, and the officer's queue and the scan path's hold lookup use their indexes.
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../src/station/migrations'
import { customs } from '../../../src/station/migrations/0005-customs'
import { migrate, schemaVersion } from '../../../src/station/migrations/migrate'

let db: Database.Database
afterEach(() => db?.close())

function fresh(): Database.Database {
  db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  return db
}

function plan(sql: string, ...params: unknown[]): string {
  return db
    .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params)
    .map((row) => row.detail)
    .join('\n')
}

const EVENT = `INSERT INTO event (seq, at, station, operator, type) VALUES (?, '2026-03-14T09:30:00Z', 'FRCDGA', 'station', 'test')`

describe('migration 0005-customs', () => {
  it('is in the list and brings the database before it to version 5, keeping the holds there', () => {
    fresh()
    expect(MIGRATIONS).toContain(customs)
    migrate(db, customs.version - 1)
    db.prepare(EVENT).run(1)
    db.prepare(`INSERT INTO item (id, created_seq) VALUES ('RR473124829GB', 1)`).run()
    db.prepare(
      `INSERT INTO hold (item_id, reason, placed_seq) VALUES ('RR473124829GB', 'inspection', 1)`,
    ).run()
    migrate(db, customs.version)
    expect(schemaVersion(db)).toBe(5)
    expect(db.prepare('SELECT item_id, reason, lifted_seq, decision FROM hold').all()).toEqual([
      { item_id: 'RR473124829GB', reason: 'inspection', lifted_seq: null, decision: null },
    ])
  })

  it('keeps decisions honest: known words only, duty with its currency, payment only on a duty', () => {
    fresh()
    migrate(db, customs.version)
    db.prepare(EVENT).run(1)
    db.prepare(EVENT).run(2)
    db.prepare(`INSERT INTO item (id, created_seq) VALUES ('RR473124829GB', 1)`).run()
    const decide = (values: string) =>
      db
        .prepare(
          `INSERT INTO customs_decision (item_id, decision, kind, duty_amount, duty_currency, payment_ref,
             decided_by, decided_at, seq, item_event) VALUES ('RR473124829GB', ${values}, 'dmitri', 't', 2, 'EXB')`,
        )
        .run()
    expect(() => decide(`'confiscate', NULL, NULL, NULL, NULL`)).toThrow(/CHECK/)
    expect(() => decide(`'hold', 'whim', NULL, NULL, NULL`)).toThrow(/CHECK/)
    expect(() => decide(`'hold', 'duty_payable', 12.5, NULL, NULL`)).toThrow(/CHECK/)
    expect(() => decide(`'release', NULL, NULL, NULL, 'PAY-1'`)).toThrow(/CHECK/)
    decide(`'hold', 'duty_payable', 12.5, 'EUR', NULL`)
    expect(() => decide(`'hold', 'inspection', NULL, NULL, NULL`)).toThrow(/UNIQUE/)
  })

  it('the queue reads its index; the scan path’s hold lookup still reads the open-hold index', () => {
    fresh()
    migrate(db, customs.version)
    expect(
      plan(`SELECT item_id FROM customs_presentation WHERE state = 'held' ORDER BY presented_at LIMIT 100`),
    ).toMatch(/customs_presentation_state/)
    expect(
      plan(`SELECT reason FROM hold WHERE item_id = ? AND lifted_seq IS NULL ORDER BY id LIMIT 1`, 'x'),
    ).toMatch(/hold_open|hold_item/)
    expect(plan(`SELECT code FROM item_event WHERE item_id = ? ORDER BY id`, 'x')).toMatch(/item_event_item/)
  })
})
