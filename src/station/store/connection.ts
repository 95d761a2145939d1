// Opening the station's SQLite file with the settings every connection needs.
import Database from 'better-sqlite3'
import { join } from 'node:path'
import type { Durability } from '../types'

export const DB_FILE = 'station.db'

export function databaseFile(dataDir: string): string {
  return join(dataDir, DB_FILE)
}

let nativeBinding: string | null = null

/** The driver build main named with `useSqliteDriver`, for other threads that open the database. */
export function sqliteDriverBinding(): string | null {
  return nativeBinding
}

/**
 * The desktop app runs in Electron, whose Node ABI differs from the system Node that built
 * better-sqlite3; `npm start` prepares a build for Electron (scripts/electron-native.mjs) and main
 * names it here before any station is opened.
 */
export function useSqliteDriver(path: string): void {
  nativeBinding = path
}

/** `create: false` refuses to make a new empty file where the station expected its manifest. */
export function openDatabase(file: string, { create }: { create: boolean }): Database.Database {
  const db = new Database(file, {
    fileMustExist: !create,
    ...(nativeBinding === null ? {} : { nativeBinding }),
  })
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    // Another process (a CLI command beside `station serve`) may hold the write lock for a moment.
    db.pragma('busy_timeout = 5000')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * In WAL mode NORMAL syncs only at checkpoints: a committed transaction survives the death of the process
 * (it is in the OS page cache) but may be lost on power loss. FULL syncs the WAL on every commit.
 *
 * The checkpoint runs inside whichever commit crosses the threshold. Under NORMAL it holds the only
 * fsyncs, so fewer, larger checkpoints (every ~16 MB of WAL) take that wait out of most scans. Under
 * FULL every commit syncs anyway, and a longer WAL only means more file to grow and sync, so SQLite's
 * default stays (measured with `station bench`). A station with a background checkpointer
 * (store/checkpointer.ts) takes the checkpoint out of the commits altogether and leaves these alone.
 */
/** Bytes of WAL file kept when the WAL restarts (SQLite's journal_size_limit). */
export const WAL_KEPT_BYTES = 64 * 1024 * 1024

export function applyDurability(
  db: Database.Database,
  durability: Durability,
  { autocheckpoint = true }: { autocheckpoint?: boolean } = {},
): void {
  db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`)
  // A WAL that grew during a large import (a million ITMATT items write ~400 MB of it) is cut back to
  // this when it restarts, instead of keeping its largest size on disk for good.
  db.pragma(`journal_size_limit = ${WAL_KEPT_BYTES}`)
  if (autocheckpoint) db.pragma(`wal_autocheckpoint = ${durability === 'full' ? 1000 : 4000}`)
}
