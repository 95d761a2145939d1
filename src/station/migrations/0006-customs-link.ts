// The post ↔ customs link. A partner may now be the customs administration (kind 'customs'): CUSITM goes
// to it when an item is presented, and a CUSRSP is applied only when its interchange comes from it.
// SQLite cannot change a CHECK in place, so the partner table is rebuilt, its rows copied as they are.
// A referral keeps the ITMREF message that raised it (whom a REFRSP answers) and the event of its
// answer: an RFI or RFS is closed by its answer, a DNL stays in force once answered (the item must still
// not be loaded), so "answered" is its own column.
import type { Migration } from './types'

export const customsLink: Migration = {
  version: 6,
  name: 'customs-link',
  up(db) {
    db.exec(`
      CREATE TABLE partner_new (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('post', 'carrier', 'customs')),
        name TEXT,
        -- UNB interchange sender/recipient identification and its qualifier.
        edi_id TEXT NOT NULL,
        edi_qualifier TEXT,
        created_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      INSERT INTO partner_new (id, kind, name, edi_id, edi_qualifier, created_at)
        SELECT id, kind, name, edi_id, edi_qualifier, created_at FROM partner;
      DROP TABLE partner;
      ALTER TABLE partner_new RENAME TO partner;

      -- message: the ITMREF that raised the referral (NULL for referrals from elsewhere or from before).
      -- answered_seq: the ead.answer event whose REFRSP answered it.
      ALTER TABLE ead_referral ADD COLUMN message INTEGER REFERENCES message (id);
      ALTER TABLE ead_referral ADD COLUMN answered_seq INTEGER;
      -- An item's referrals, open or answered, for its history and its answer.
      CREATE INDEX ead_referral_item ON ead_referral (item_id, id);
    `)
  },
}
