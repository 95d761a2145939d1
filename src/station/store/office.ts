// The single office row: which office of exchange this station is, and its settings.
import type { Database } from 'better-sqlite3'
import type { Durability } from '../types'

export interface OfficeRow {
  impc: string
  name: string | null
  durability: Durability
  weight_limit_kg: number
}

export function readOffice(db: Database): OfficeRow | null {
  const row = db
    .prepare<[], OfficeRow>('SELECT impc, name, durability, weight_limit_kg FROM office WHERE id = 1')
    .get()
  return row ?? null
}

export function insertOffice(
  db: Database,
  o: { impc: string; name: string | null; durability: Durability; createdAt: string },
): void {
  db.prepare('INSERT INTO office (id, impc, name, durability, created_at) VALUES (1, ?, ?, ?, ?)').run(
    o.impc,
    o.name,
    o.durability,
    o.createdAt,
  )
}

export function storeDurability(db: Database, durability: Durability): void {
  db.prepare('UPDATE office SET durability = ? WHERE id = 1').run(durability)
}
