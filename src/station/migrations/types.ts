import type { Database } from 'better-sqlite3'

export interface Migration {
  /** The user_version the database has once this step ran. */
  version: number
  name: string
  up(db: Database): void
}
