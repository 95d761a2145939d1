// The yardstick: better-sqlite3 alone doing the durable work of one accepted scan, on its own copy of
// the engine's database (same schema, indexes, triggers and items): one transaction per scan that
// reads the item, checks it is in no receptacle, appends the event and the membership, and commits.
import Database from 'better-sqlite3'
import type { Durability } from '../../api'

export interface RawScanner {
  /** Scans one item into the receptacle; false when the item is unknown or already bagged. */
  scan(itemId: string): boolean
  close(): void
}

/**
 * `receptacle` is the handle scanned into; the event rows carry what the engine's carry (office, operator,
 * outcome and a reason in words of the same length), so both sides write the same bytes.
 */
export function openRawScanner(
  file: string,
  durability: Durability,
  receptacle: { handle: number; origin: string; destination: string; items: number },
): RawScanner {
  const db = new Database(file, { fileMustExist: true })
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`)
  const item = db.prepare<[string], { id: string; destination_office: string | null }>(
    'SELECT id, destination_office FROM item WHERE id = ?',
  )
  const member = db
    .prepare<[string], number>('SELECT receptacle FROM membership WHERE item_id = ? AND removed_seq IS NULL')
    .pluck()
  const event = db.prepare(
    `INSERT INTO event (at, station, operator, device, type, code, outcome, reason, receptacle, ref, detail)
     VALUES (?, ?, 'station', NULL, 'scan', ?, ?, ?, ?, NULL, NULL)`,
  )
  let items = receptacle.items
  const membership = db.prepare('INSERT INTO membership (seq, item_id, receptacle) VALUES (?, ?, ?)')

  const scanOne = db.transaction((itemId: string): boolean => {
    const found = item.get(itemId)
    const accepted = found !== undefined && member.get(itemId) === undefined
    if (accepted) items++
    const seq = event.run(
      new Date().toISOString(),
      receptacle.origin,
      itemId,
      accepted ? 'accepted' : 'duplicate',
      accepted
        ? `Accepted into receptacle ${receptacle.handle} for ${receptacle.destination} (${items} items).`
        : `${itemId} is already in receptacle ${receptacle.handle}; nothing changed.`,
      receptacle.handle,
    ).lastInsertRowid
    if (accepted) membership.run(seq, itemId, receptacle.handle)
    return accepted
  })

  return {
    scan: (itemId) => scanOne.immediate(itemId),
    close: () => db.close(),
  }
}

/** Scans the block one transaction at a time; returns the milliseconds it took. */
export function rawScans(raw: RawScanner, itemIds: readonly string[]): number {
  const started = performance.now()
  for (const id of itemIds) if (!raw.scan(id)) throw new Error(`bench: raw scan of ${id} was not accepted`)
  return performance.now() - started
}
