// Brings a database to a schema version: all pending steps in one transaction, so a crash mid-upgrade
// leaves the previous version intact. A database from a newer build is refused, never "downgraded".
import type { Database } from 'better-sqlite3'
import { StationError } from '../errors'
import { LATEST_VERSION, MIGRATIONS } from './index'

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

export function refuseNewer(found: number): void {
  if (found > LATEST_VERSION) {
    throw new StationError(
      'newer_database',
      `This station database is at schema version ${found}, written by a newer Post Station; this build knows versions up to ${LATEST_VERSION}. Install the newer version to open it.`,
    )
  }
}

/** Runs the steps after the current version up to `to` (default: the latest). Returns the new version. */
export function migrate(db: Database, to: number = LATEST_VERSION): number {
  const from = schemaVersion(db)
  refuseNewer(from)
  if (to > LATEST_VERSION || to < from) throw new RangeError(`cannot migrate from ${from} to ${to}`)
  const pending = MIGRATIONS.filter((step) => step.version > from && step.version <= to)
  if (pending.length === 0) return from
  db.transaction(() => {
    for (const step of pending) step.up(db)
    db.pragma(`user_version = ${to}`)
  }).immediate()
  return to
}
