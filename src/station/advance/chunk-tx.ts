// One chunk of an import's items in one short write transaction, in the import's own thread and on its
// own connection to the station file. The thread that holds the turn (TurnLock) writes; SQLite serialises
// it with the scans like any other writer, and a chunk is ~1,000 items, a few milliseconds of lock.
import type { Database, Statement } from 'better-sqlite3'
import { ADVANCE_SQL, type ItemRow } from './store'

export interface ChunkResult {
  /** Index within the chunk of an item the batch already held; -1 when all were written. */
  duplicate: number
  /** Items of the chunk that already had published advance data. */
  updated: number
}

export class ChunkTransaction {
  private readonly insertItem: Statement
  private readonly insertLine: Statement
  private readonly setFirst: Statement
  private readonly known: Statement<[string], number>
  private readonly tx: (rows: ItemRow[]) => ChunkResult

  constructor(db: Database, batch: number) {
    this.insertItem = db.prepare(ADVANCE_SQL.item)
    this.insertLine = db.prepare(ADVANCE_SQL.line)
    this.setFirst = db.prepare(ADVANCE_SQL.first)
    this.known = db.prepare<[string], number>(ADVANCE_SQL.known).pluck()
    let first = true
    const run = db.transaction((rows: ItemRow[]): ChunkResult => {
      let updated = 0
      for (let i = 0; i < rows.length; i++) {
        const [values, lines] = rows[i]!
        if (this.known.get(values[1] as string) === 1) updated++
        const result = this.insertItem.run(values)
        // ON CONFLICT DO NOTHING: the batch already holds this item. The transaction is rolled back.
        if (result.changes === 0) throw new Duplicate(i, updated)
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
      return { duplicate: -1, updated }
    })
    this.tx = (rows) => run.immediate(rows)
  }

  write(rows: ItemRow[]): ChunkResult {
    try {
      return this.tx(rows)
    } catch (error) {
      if (error instanceof Duplicate) return { duplicate: error.index, updated: error.updated }
      throw error
    }
  }
}

class Duplicate extends Error {
  constructor(
    readonly index: number,
    readonly updated: number,
  ) {
    super('duplicate item in the batch')
  }
}

/**
 * Whose turn it is to write, between the threads of one import (a SharedArrayBuffer of one Int32): a
 * thread waits for the other's commit instead of polling SQLite's busy handler.
 */
export class TurnLock {
  private readonly cell: Int32Array
  constructor(buffer: SharedArrayBuffer) {
    this.cell = new Int32Array(buffer)
  }

  static buffer(): SharedArrayBuffer {
    return new SharedArrayBuffer(4)
  }

  /** Waits for the turn, then works. */
  hold<R>(work: () => R): R {
    while (Atomics.compareExchange(this.cell, 0, 0, 1) !== 0) Atomics.wait(this.cell, 0, 1, 50)
    return this.release(work)
  }

  /** Works if the turn is free now; false (without working) when the other thread has it. */
  tryHold(work: () => void): boolean {
    if (Atomics.compareExchange(this.cell, 0, 0, 1) !== 0) return false
    this.release(work)
    return true
  }

  private release<R>(work: () => R): R {
    try {
      return work()
    } finally {
      Atomics.store(this.cell, 0, 0)
      Atomics.notify(this.cell, 0, 1)
    }
  }
}
