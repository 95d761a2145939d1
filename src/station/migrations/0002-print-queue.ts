// Printers and the durable print queue. A job keeps the exact ZPL it will send, so a restart, a retry or
// an operator's reprint prints the very label the preview showed; its state records what is known about
// the paper, and nothing moves a job from "sending" back to "queued": that is a person's decision.
import type { Migration } from './types'

export const printQueue: Migration = {
  version: 2,
  name: 'print-queue',
  up(db) {
    db.exec(`
      CREATE TABLE printer (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        uri TEXT NOT NULL,
        dpi INTEGER NOT NULL CHECK (dpi IN (203, 300)),
        is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- At most one default printer per station.
      CREATE UNIQUE INDEX printer_default ON printer (is_default) WHERE is_default = 1;

      -- printer NULL: "the station's default printer when the job is sent". No foreign key: removing a
      -- printer must not rewrite the history of what it printed.
      CREATE TABLE print_job (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('receptacle', 'item', 'customs', 'file')),
        subject TEXT NOT NULL,
        receptacle INTEGER REFERENCES receptacle (handle),
        printer TEXT,
        zpl TEXT NOT NULL,
        width_mm REAL NOT NULL,
        height_mm REAL NOT NULL,
        dpmm INTEGER NOT NULL CHECK (dpmm IN (6, 8, 12, 24)),
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'printed', 'uncertain', 'canceled')),
        reason TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        not_before TEXT,
        reprint_of INTEGER REFERENCES print_job (id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        printed_at TEXT
      ) STRICT;

      -- The runner's question: what is waiting, oldest first.
      CREATE INDEX print_job_waiting ON print_job (state, id) WHERE state IN ('queued', 'sending');
      CREATE INDEX print_job_receptacle ON print_job (receptacle) WHERE receptacle IS NOT NULL;
    `)
  },
}
