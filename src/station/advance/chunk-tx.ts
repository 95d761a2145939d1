// An import's items written in short transactions, in the import's own thread and on its own connection
// to the station file, in the thread's write turn (store/write-turn.ts). A transaction takes the rows of
// a chunk (~1,000 items, a few milliseconds) unless the station's own thread starts waiting for the
// turn: then it commits what it wrote so far and gives the turn up, and the rest of the chunk follows in
// the next turn. A chunk need not be atomic: no reader sees the batch before it is published.
import type { Database, Statement } from 'better-sqlite3'
import { ADVANCE_SQL, type ItemRow } from './store'

export interface ChunkProgress {
  /** The index of the first row not written yet (rows.length when the chunk is done). */
  next: number
  /** Index of an item the batch already held (written twice in the file); -1 when none. */
  duplicate: number
  /** Rows written that already had published advance data. */
  updated: number
}

export class ChunkTransaction {
  private readonly insertItem: Statement
  private readonly insertLine: Statement
  private readonly setFirst: Statement
  private readonly known: Statement<[string], number>
  private readonly tx: (rows: ItemRow[], from: number, stop: () => boolean) => ChunkProgress

  constructor(db: Database, batch: number) {
    this.insertItem = db.prepare(ADVANCE_SQL.item)
    this.insertLine = db.prepare(ADVANCE_SQL.line)
    this.setFirst = db.prepare(ADVANCE_SQL.first)
    this.known = db.prepare<[string], number>(ADVANCE_SQL.known).pluck()
    let first = true
    const run = db.transaction((rows: ItemRow[], from: number, stop: () => boolean): ChunkProgress => {
      let updated = 0
      for (let i = from; i < rows.length; i++) {
        if (i > from && stop()) return { next: i, duplicate: -1, updated }
        const [values, lines] = rows[i]!
        if (this.known.get(values[1] as string) === 1) updated++
        const result = this.insertItem.run(values)
        // ON CONFLICT DO NOTHING: the batch already holds this item; the import fails on it.
        if (result.changes === 0) return { next: i, duplicate: i, updated }
        const id = Number(result.lastInsertRowid)
        // The batch's first row, where deleting it starts; the UPDATE only sets it once.
        if (first) {
          this.setFirst.run(id, batch)
          first = false
        }
        for (let k = 0; k < lines.length; k++) {
          const line = lines[k]!
          line[0] = id
          this.insertLine.run(line)
        }
      }
      return { next: rows.length, duplicate: -1, updated }
    })
    this.tx = (rows, from, stop) => run.immediate(rows, from, stop)
  }

  /** Writes rows from `from` in one transaction, until done, a duplicate, or `stop()` says so. */
  write(rows: ItemRow[], from: number, stop: () => boolean): ChunkProgress {
    return this.tx(rows, from, stop)
  }
}
