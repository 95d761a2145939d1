import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../src/station/migrations'
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

const TABLES = ['advance_batch', 'advance_item', 'advance_line', 'ead_referral']

describe('migration 0004-advance-data', () => {
  it('is the fourth step and keeps what version 3 held', () => {
    fresh()
    expect(MIGRATIONS[3]).toMatchObject({ version: 4, name: 'advance-data' })
    migrate(db, 3)
    db.prepare(`INSERT INTO item (id, mail_class, created_seq) VALUES ('CP123456785FR', 'C', 1)`).run()
    migrate(db, 4)
    expect(schemaVersion(db)).toBe(4)
    expect(db.prepare('SELECT id, mail_class FROM item').all()).toEqual([
      { id: 'CP123456785FR', mail_class: 'C' },
    ])
    for (const table of TABLES) {
      const sql = db
        .prepare<[string], string>(`SELECT sql FROM sqlite_master WHERE name = ?`)
        .pluck()
        .get(table)
      expect(sql, table).toMatch(/STRICT/)
    }
  })

  it('holds only the statuses and categories of the model', () => {
    fresh()
    migrate(db, 4)
    const item = db.prepare(
      `INSERT INTO advance_item (batch, item_id, needs_ead, status, category) VALUES (1, ?, 1, ?, ?)`,
    )
    item.run('CP123456785FR', 'complete', 'sale_of_goods')
    expect(() => item.run('CP123456799FR', 'rfi', null)).toThrow(/CHECK/)
    expect(() => item.run('CP123456799FR', 'complete', 'bribe')).toThrow(/CHECK/)
    expect(() => item.run('CP123456785FR', 'complete', null)).toThrow(/UNIQUE/)
    const referral = db.prepare(
      `INSERT INTO ead_referral (item_id, status, seq) VALUES ('CP123456785FR', ?, 1)`,
    )
    for (const s of ['rfi', 'rfs', 'dnl', 'assessment_complete']) referral.run(s)
    expect(() => referral.run('complete')).toThrow(/CHECK/)
  })

  it("answers the scan's question through the indexes", () => {
    fresh()
    migrate(db, 4)
    const newest = plan(
      `SELECT x.id FROM advance_item x JOIN advance_batch b ON b.id = x.batch
       WHERE x.item_id = ? AND b.state = 'published' ORDER BY b.seq DESC LIMIT 1`,
      'CP123456785FR',
    )
    expect(newest).toMatch(/SEARCH x USING (COVERING )?INDEX advance_item_item \(item_id=\?\)/)
    expect(newest).toMatch(/SEARCH b USING INTEGER PRIMARY KEY/)
    expect(plan(`SELECT max(id) FROM ead_referral WHERE item_id = ? AND closed_seq IS NULL`, 'x')).toMatch(
      /INDEX ead_referral_open/,
    )
    expect(plan('SELECT * FROM advance_line WHERE item = ? ORDER BY line', 1)).toMatch(
      /SEARCH advance_line USING PRIMARY KEY \(item=\?\)/,
    )
  })
})
