// Before a mode is measured, what earlier work left in the OS page cache (the million-item import, the
// other mode's scans) is written out: otherwise the first fsyncs of `full` mode pay for it, and whichever
// side happens to fsync first pays most.
import Database from 'better-sqlite3'
import { closeSync, existsSync, fsyncSync, openSync } from 'node:fs'

export function settleDatabase(file: string): void {
  const db = new Database(file, { fileMustExist: true })
  try {
    db.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    db.close()
  }
  for (const path of [file, `${file}-wal`]) {
    if (!existsSync(path)) continue
    const fd = openSync(path, 'r+')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  }
}
