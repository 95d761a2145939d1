// The bagging manifest: office, operators, items, dispatches, receptacles, memberships, holds, policies
// and the append-only event log.
import type { Migration } from './types'

export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE office (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        impc TEXT NOT NULL CHECK (length(impc) = 6),
        name TEXT,
        durability TEXT NOT NULL DEFAULT 'normal' CHECK (durability IN ('normal', 'full')),
        weight_limit_kg REAL NOT NULL DEFAULT 30 CHECK (weight_limit_kg > 0),
        created_at TEXT NOT NULL
      ) STRICT;

      -- pin_hash NULL: the default 'station' operator, which cannot sign in with a PIN.
      CREATE TABLE operator (
        id TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('worker', 'supervisor', 'oe', 'customs', 'admin')),
        name TEXT,
        pin_hash BLOB,
        pin_salt BLOB,
        created_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- WITHOUT ROWID: the S10 id is the only key a scan or an import looks up, so the table is its index.
      CREATE TABLE item (
        id TEXT PRIMARY KEY,
        mail_class TEXT,
        destination_country TEXT,
        destination_office TEXT,
        weight_kg REAL,
        contents_type TEXT,
        sender TEXT,
        addressee TEXT,
        pre_advised INTEGER NOT NULL DEFAULT 0 CHECK (pre_advised IN (0, 1)),
        ead INTEGER NOT NULL DEFAULT 0 CHECK (ead IN (0, 1)),
        do_not_load INTEGER NOT NULL DEFAULT 0 CHECK (do_not_load IN (0, 1)),
        created_seq INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- destination: a 2-letter country or a 6-letter IMPC code; the office row wins over the country row.
      CREATE TABLE destination_policy (
        destination TEXT PRIMARY KEY CHECK (length(destination) IN (2, 6)),
        requires_ead INTEGER NOT NULL CHECK (requires_ead IN (0, 1)),
        requires_pre_advice INTEGER NOT NULL CHECK (requires_pre_advice IN (0, 1)),
        weight_limit_kg REAL CHECK (weight_limit_kg > 0),
        set_seq INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- year is the full year; the S8 id carries only its last digit.
      CREATE TABLE dispatch (
        id TEXT PRIMARY KEY CHECK (length(id) = 20),
        origin TEXT NOT NULL,
        destination TEXT NOT NULL,
        category TEXT NOT NULL,
        subclass TEXT NOT NULL,
        year INTEGER NOT NULL,
        number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999),
        state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
        opened_at TEXT NOT NULL,
        closed_at TEXT,
        UNIQUE (origin, destination, category, subclass, year, number)
      ) STRICT, WITHOUT ROWID;

      -- weight_kg: the weight given at closing. Running counts of open receptacles are derived from
      -- membership (and cached by the engine), so a scan writes no receptacle row.
      CREATE TABLE receptacle (
        handle INTEGER PRIMARY KEY,
        dispatch_id TEXT NOT NULL REFERENCES dispatch (id),
        serial INTEGER NOT NULL CHECK (serial BETWEEN 1 AND 999),
        state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
        weight_limit_kg REAL NOT NULL CHECK (weight_limit_kg > 0),
        weight_kg REAL,
        receptacle_id TEXT UNIQUE CHECK (length(receptacle_id) = 29),
        highest INTEGER CHECK (highest IN (0, 1)),
        registered INTEGER CHECK (registered IN (0, 1)),
        opened_at TEXT NOT NULL,
        opened_by TEXT NOT NULL,
        closed_at TEXT,
        closed_by TEXT,
        UNIQUE (dispatch_id, serial)
      ) STRICT;
      CREATE INDEX receptacle_open ON receptacle (handle) WHERE state = 'open';

      -- seq: the scan event that put the item in; removed_seq: the undo event that took it out.
      CREATE TABLE membership (
        seq INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES item (id),
        receptacle INTEGER NOT NULL REFERENCES receptacle (handle),
        removed_seq INTEGER
      ) STRICT;
      -- An item is in one receptacle at a time.
      CREATE UNIQUE INDEX membership_current ON membership (item_id) WHERE removed_seq IS NULL;
      CREATE INDEX membership_receptacle ON membership (receptacle) WHERE removed_seq IS NULL;

      CREATE TABLE hold (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES item (id),
        reason TEXT NOT NULL,
        placed_seq INTEGER NOT NULL,
        lifted_seq INTEGER
      ) STRICT;
      CREATE INDEX hold_open ON hold (item_id) WHERE lifted_seq IS NULL;

      CREATE TABLE event (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        operator TEXT NOT NULL,
        device TEXT,
        type TEXT NOT NULL,
        code TEXT,
        outcome TEXT,
        reason TEXT,
        receptacle INTEGER,
        ref INTEGER,
        detail TEXT
      ) STRICT;
      -- The audit trail is evidence: corrections are new events, never edits.
      CREATE TRIGGER event_no_update BEFORE UPDATE ON event
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only: an event cannot be changed'); END;
      CREATE TRIGGER event_no_delete BEFORE DELETE ON event
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only: an event cannot be deleted'); END;
    `)
  },
}
