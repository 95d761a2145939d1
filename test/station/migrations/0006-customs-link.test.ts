// Migration 0006-customs-link: the partner table is rebuilt to accept the customs administration as a
// partner, every existing partner kept as it was; referrals gain the ITMREF that raised them and the
// event of their answer.
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../src/station/migrations'
import { customsLink } from '../../../src/station/migrations/0006-customs-link'
import { migrate, schemaVersion } from '../../../src/station/migrations/migrate'

let db: Database.Database
afterEach(() => db?.close())

const PARTNER = `INSERT INTO partner (id, kind, name, edi_id, edi_qualifier, created_at) VALUES (?, ?, ?, ?, ?, ?)`

describe('migration 0006-customs-link', () => {
  it('keeps every partner and referral, and then accepts a customs partner (and nothing else new)', () => {
    db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    expect(MIGRATIONS).toContain(customsLink)
    migrate(db, customsLink.version - 1)
    db.prepare(PARTNER).run('USORDA', 'post', 'Chicago', 'USCHIA', null, '2026-03-01T08:00:00Z')
    db.prepare(PARTNER).run('AF', 'carrier', null, 'AFCARGO', 'ZZ', '2026-03-02T08:00:00Z')
    expect(() => db.prepare(PARTNER).run('DOUANE', 'customs', null, 'FRDGDDI', null, 't')).toThrow(/CHECK/)
    db.prepare(
      `INSERT INTO ead_referral (item_id, status, reason, seq) VALUES ('CP000000015FR', 'rfi', 'invoice', 4)`,
    ).run()

    migrate(db, customsLink.version)
    expect(schemaVersion(db)).toBe(6)
    expect(db.prepare('SELECT * FROM partner ORDER BY id').all()).toEqual([
      {
        id: 'AF',
        kind: 'carrier',
        name: null,
        edi_id: 'AFCARGO',
        edi_qualifier: 'ZZ',
        created_at: '2026-03-02T08:00:00Z',
      },
      {
        id: 'USORDA',
        kind: 'post',
        name: 'Chicago',
        edi_id: 'USCHIA',
        edi_qualifier: null,
        created_at: '2026-03-01T08:00:00Z',
      },
    ])
    db.prepare(PARTNER).run('DOUANE', 'customs', 'Douane', 'FRDGDDI', null, '2026-03-14T09:00:00Z')
    expect(db.prepare(`SELECT kind FROM partner WHERE id = 'DOUANE'`).pluck().get()).toBe('customs')
    expect(() => db.prepare(PARTNER).run('BANK', 'bank', null, 'X', null, 't')).toThrow(/CHECK/)
    expect(() => db.prepare(PARTNER).run('AF', 'post', null, 'X', null, 't')).toThrow(/UNIQUE|PRIMARY/)

    expect(
      db
        .prepare('SELECT item_id, status, reason, seq, closed_seq, message, answered_seq FROM ead_referral')
        .all(),
    ).toEqual([
      {
        item_id: 'CP000000015FR',
        status: 'rfi',
        reason: 'invoice',
        seq: 4,
        closed_seq: null,
        message: null,
        answered_seq: null,
      },
    ])
  })
})
