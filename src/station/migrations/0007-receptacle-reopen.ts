// Reopening a closed receptacle (an item customs returned or seized comes out of the bag). The receptacle
// row itself needs nothing new: it goes back to open and the event log keeps the S9 and weight it had. Its
// label does: a label for an S9 that no longer holds is "void", never printed again, and one already on
// the bag must come off. SQLite cannot change a CHECK in place, so print_job is rebuilt, its rows copied
// as they are. The copy's reprint_of names the copy itself, so dropping the old table orphans nothing;
// the rename then makes it print_job (and its self-reference with it).
import type { Migration } from './types'

export const receptacleReopen: Migration = {
  version: 7,
  name: 'receptacle-reopen',
  up(db) {
    db.exec(`
      CREATE TABLE print_job_new (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('receptacle', 'item', 'customs', 'file')),
        subject TEXT NOT NULL,
        receptacle INTEGER REFERENCES receptacle (handle),
        printer TEXT,
        zpl TEXT NOT NULL,
        width_mm REAL NOT NULL,
        height_mm REAL NOT NULL,
        dpmm INTEGER NOT NULL CHECK (dpmm IN (6, 8, 12, 24)),
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'printed', 'uncertain', 'canceled', 'void')),
        reason TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        not_before TEXT,
        reprint_of INTEGER REFERENCES print_job_new (id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        printed_at TEXT
      ) STRICT;
      INSERT INTO print_job_new (id, kind, subject, receptacle, printer, zpl, width_mm, height_mm, dpmm, state,
          reason, attempts, not_before, reprint_of, created_at, created_by, updated_at, printed_at)
        SELECT id, kind, subject, receptacle, printer, zpl, width_mm, height_mm, dpmm, state,
          reason, attempts, not_before, reprint_of, created_at, created_by, updated_at, printed_at
        FROM print_job;
      DROP TABLE print_job;
      ALTER TABLE print_job_new RENAME TO print_job;

      -- As in 0002: the runner's question, and a receptacle's labels.
      CREATE INDEX print_job_waiting ON print_job (state, id) WHERE state IN ('queued', 'sending');
      CREATE INDEX print_job_receptacle ON print_job (receptacle) WHERE receptacle IS NOT NULL;
    `)
  },
}
