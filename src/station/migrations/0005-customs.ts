// Customs: items presented to customs and the officer's decisions. The `hold` table of 0001 stays what the
// scan path reads (an open hold is lifted_seq NULL): a decision writes and lifts hold rows, so the single
// lookup of the scan writer needs no new join. A returned or seized item keeps an open hold worded
// "returned to sender by customs" / "seized by customs", which is what keeps it out of every bag.
import type { Migration } from './types'

export const customs: Migration = {
  version: 5,
  name: 'customs',
  up(db) {
    db.exec(`
      -- One row per item in the customs queue. direction: export (leaving this office's country) or
      -- import, fixed when presented; state: presented (nothing decided yet) or the latest decision.
      CREATE TABLE customs_presentation (
        item_id TEXT PRIMARY KEY REFERENCES item (id),
        direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
        state TEXT NOT NULL CHECK (state IN ('presented', 'held', 'released', 'returned', 'seized')),
        presented_at TEXT NOT NULL,
        presented_by TEXT NOT NULL,
        presented_seq INTEGER NOT NULL REFERENCES event (seq),
        last_decision INTEGER REFERENCES customs_decision (id)
      ) STRICT, WITHOUT ROWID;
      -- The officer's queue: by state, oldest first.
      CREATE INDEX customs_presentation_state ON customs_presentation (state, presented_at);

      -- Every decision, as decided; payment_ref and paid_seq are set later, when the duty is paid.
      -- duty_amount is in the currency's units (12.5 EUR), as the officer typed it.
      CREATE TABLE customs_decision (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES item (id),
        decision TEXT NOT NULL CHECK (decision IN ('hold', 'release', 'return', 'seize')),
        kind TEXT CHECK (kind IN ('documents_required', 'inspection', 'duty_payable', 'prohibited_restricted')),
        reason TEXT,
        note TEXT,
        duty_amount REAL CHECK (duty_amount > 0),
        duty_currency TEXT CHECK (length(duty_currency) = 3),
        payment_ref TEXT,
        paid_seq INTEGER REFERENCES event (seq),
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        seq INTEGER NOT NULL UNIQUE REFERENCES event (seq),
        item_event TEXT NOT NULL CHECK (length(item_event) = 3),
        item_event_reason TEXT,
        CHECK ((duty_amount IS NULL) = (duty_currency IS NULL)),
        CHECK (payment_ref IS NULL OR duty_amount IS NOT NULL OR coalesce(kind, '') = 'duty_payable')
      ) STRICT;
      CREATE INDEX customs_decision_item ON customs_decision (item_id, id);

      -- The decision that placed a hold (NULL for holds from before customs decisions existed).
      ALTER TABLE hold ADD COLUMN decision INTEGER REFERENCES customs_decision (id);
      -- Every hold of an item, open or lifted, for its history. (Decisions keep at most one hold open
      -- per item; no unique index says so, because a database may already hold rows written by hand.)
      CREATE INDEX hold_item ON hold (item_id, id);
      -- The item events of one item, for its detail (EMSEVT export reads them by time).
      CREATE INDEX item_event_item ON item_event (item_id);
    `)
  },
}
