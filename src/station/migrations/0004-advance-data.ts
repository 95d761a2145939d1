// Electronic advance data (ITMATT). An import writes its items in short chunk transactions, each row
// tagged with its batch; readers (the scan, advance.item, dispatch close) see only batches whose state is
// 'published', which ONE tiny transaction sets at the end. A failed or killed import leaves its batch
// unpublished, so invisible, and its rows are deleted (at once, or at the next open for a dead process).
import type { Migration } from './types'

export const advanceData: Migration = {
  version: 4,
  name: 'advance-data',
  up(db) {
    db.exec(`
      -- pid: the process writing an 'importing' batch, so a later open can tell a dead import from a
      -- live one in another process. first_item: its first advance_item id, where deleting its rows
      -- starts (ids only grow within a batch). seq: the event that published it; an item's newest
      -- published data is that of the batch published last. report: JSON, written at publish.
      CREATE TABLE advance_batch (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('xml', 'csv')),
        state TEXT NOT NULL CHECK (state IN ('importing', 'published', 'failed')),
        pid INTEGER,
        operator TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        first_item INTEGER,
        items INTEGER NOT NULL DEFAULT 0,
        bytes INTEGER,
        seq INTEGER,
        report TEXT
      ) STRICT;
      CREATE INDEX advance_batch_unfinished ON advance_batch (state) WHERE state <> 'published';

      -- One row per item and batch. No foreign key to item: advance data may come before the item is
      -- ever scanned, and item rows are the scan's. status: what the data-quality rules said for the
      -- item's destination (complete, incomplete, error); reason: its blocking findings in words;
      -- findings: JSON array of {code, field, severity, message}. Address lines are joined by newlines.
      CREATE TABLE advance_item (
        id INTEGER PRIMARY KEY,
        batch INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        mail_class TEXT,
        category TEXT CHECK (category IN ('gift', 'documents', 'commercial_sample', 'sale_of_goods', 'returned_goods', 'other')),
        gift INTEGER CHECK (gift IN (0, 1)),
        total_value REAL,
        currency TEXT,
        total_weight_kg REAL,
        postal_charges REAL,
        postal_charges_currency TEXT,
        origin_country TEXT,
        destination_country TEXT,
        sender_name TEXT,
        sender_address TEXT,
        sender_postcode TEXT,
        sender_city TEXT,
        sender_country TEXT,
        sender_phone TEXT,
        sender_email TEXT,
        sender_tax_id TEXT,
        addressee_name TEXT,
        addressee_address TEXT,
        addressee_postcode TEXT,
        addressee_city TEXT,
        addressee_country TEXT,
        addressee_phone TEXT,
        addressee_email TEXT,
        addressee_tax_id TEXT,
        needs_ead INTEGER NOT NULL CHECK (needs_ead IN (0, 1)),
        status TEXT NOT NULL CHECK (status IN ('complete', 'incomplete', 'error')),
        reason TEXT,
        findings TEXT
      ) STRICT;
      -- The scan's question (this item's newest published data) and the duplicate check of an import.
      CREATE UNIQUE INDEX advance_item_item ON advance_item (item_id, batch);

      -- Content lines, clustered under their advance_item row: an import appends, a read is one range.
      CREATE TABLE advance_line (
        item INTEGER NOT NULL,
        line INTEGER NOT NULL,
        description TEXT,
        quantity INTEGER,
        net_weight_kg REAL,
        value REAL,
        currency TEXT,
        hs_code TEXT,
        origin_country TEXT,
        PRIMARY KEY (item, line)
      ) STRICT, WITHOUT ROWID;

      -- What customs or the destination's risk assessment said of an item (ICS2 referrals, ITMREF):
      -- request for information, request for screening, do not load, or assessment complete. The newest
      -- open row wins over the data-quality status; closed_seq is the event that closed it.
      CREATE TABLE ead_referral (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('rfi', 'rfs', 'dnl', 'assessment_complete')),
        reason TEXT,
        seq INTEGER NOT NULL,
        closed_seq INTEGER
      ) STRICT;
      CREATE INDEX ead_referral_open ON ead_referral (item_id) WHERE closed_seq IS NULL;
    `)
  },
}
