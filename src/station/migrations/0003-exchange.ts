// The office of exchange: item events for EMSEVT, consignments handed to carriers, partners we exchange
// EDI with, every EDI message in and out (with its exact text, so what was sent can be shown and resent
// byte for byte), and the custody status partners report for receptacles.
import type { Migration } from './types'

export const exchange: Migration = {
  version: 3,
  name: 'exchange',
  up(db) {
    db.exec(`
      -- The highest-numbered receptacle as advised at dispatch close; receptacle.highest is what its S9
      -- says (set when it was closed as the last one).
      ALTER TABLE dispatch ADD COLUMN highest_serial INTEGER;
      ALTER TABLE dispatch ADD COLUMN closed_by TEXT;

      -- Item events (UPU EMSEVT codes) the station produced: EMB at the first accepted scan is derived
      -- from the scan events; the others (EMC at dispatch close, holds…) are written here.
      CREATE TABLE item_event (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL,
        code TEXT NOT NULL CHECK (length(code) = 3),
        at TEXT NOT NULL,
        office TEXT NOT NULL,
        receptacle TEXT,
        reason TEXT,
        seq INTEGER NOT NULL REFERENCES event (seq)
      ) STRICT;
      CREATE INDEX item_event_at ON item_event (at);
      -- EMB is an item's first accepted scan: found through every membership of the item, current or undone.
      CREATE INDEX membership_item ON membership (item_id);

      CREATE TABLE partner (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('post', 'carrier')),
        name TEXT,
        -- UNB interchange sender/recipient identification and its qualifier.
        edi_id TEXT NOT NULL,
        edi_qualifier TEXT,
        created_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE consignment (
        id TEXT PRIMARY KEY,
        origin TEXT NOT NULL,
        destination TEXT NOT NULL,
        category TEXT NOT NULL,
        carrier TEXT NOT NULL,
        -- JSON array of transport legs, as advised in CARDIT/PRECON.
        transport TEXT NOT NULL,
        closed_at TEXT NOT NULL,
        closed_by TEXT NOT NULL,
        -- The latest custody event a carrier reported (RESDIT code) and when.
        status TEXT,
        status_at TEXT
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE consignment_receptacle (
        consignment TEXT NOT NULL REFERENCES consignment (id),
        receptacle INTEGER NOT NULL UNIQUE REFERENCES receptacle (handle),
        PRIMARY KEY (consignment, receptacle)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE message (
        id INTEGER PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        type TEXT NOT NULL,
        partner TEXT,
        -- What it is about: an S8 dispatch, a consignment, or a file name for what could not be read.
        subject TEXT,
        control_ref TEXT,
        file TEXT,
        state TEXT NOT NULL CHECK (state IN ('written', 'sent', 'applied', 'quarantined')),
        reason TEXT,
        content TEXT NOT NULL,
        resend_of INTEGER REFERENCES message (id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX message_recent ON message (direction, id);

      -- Custody reports from partners (RESDIT, RESCON, RESDES) per receptacle S9.
      CREATE TABLE receptacle_report (
        id INTEGER PRIMARY KEY,
        receptacle_id TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('RESDIT', 'RESCON', 'RESDES')),
        code TEXT NOT NULL,
        at TEXT NOT NULL,
        location TEXT,
        message INTEGER NOT NULL REFERENCES message (id)
      ) STRICT;
      CREATE INDEX receptacle_report_id ON receptacle_report (receptacle_id);
    `)
  },
}
