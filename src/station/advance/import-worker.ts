// An ITMATT import thread's entry (bundled as itmatt-import.js beside the CLI and the desktop main
// process): reads its source or its part of the file (read.ts), writes each chunk in one transaction on
// its own connection when it holds the import's write turn, and tells the station as it goes.
import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { StationError } from '../errors'
import { ImportTurn } from '../store/write-turn'
import { ChunkTransaction } from './chunk-tx'
import { ItmattError } from './errors'
import type { ImportThreadData, ImportThreadMessage, ThreadError } from './import-thread'
import { BoundaryRejected, ItmattReadPipeline, OFFICE_RULES, type ReadChunk } from './read'
import { ADVANCE_SQL } from './store'

/** Chunks a thread may hold while the other writes, before it waits for its turn. */
const MAX_QUEUED = 4
/** Chunks written between two checkpoints of the WAL (a few MB of it). */
const CHECKPOINT_EVERY_CHUNKS = 32

function describe(error: unknown): ThreadError {
  if (error instanceof ItmattError)
    return { kind: 'itmatt', position: error.position, problem: error.problem }
  if (error instanceof BoundaryRejected) return { kind: 'boundary', message: error.message }
  if (error instanceof StationError) return { kind: 'station', code: error.code, message: error.message }
  const e = error as Error
  return { kind: 'bug', message: String(e?.message ?? e), stack: e?.stack ?? null }
}

async function main(): Promise<void> {
  const data = workerData as ImportThreadData
  const post = (m: ImportThreadMessage) => parentPort!.postMessage(m)
  const { database } = data
  const db = new Database(database.file, {
    fileMustExist: true,
    ...(database.nativeBinding ? { nativeBinding: database.nativeBinding } : {}),
  })
  try {
    db.pragma('busy_timeout = 10000')
    db.pragma(`synchronous = ${database.synchronous}`)
    // No checkpoint inside a chunk's commit, in the write turn, where a scan would wait for its fsyncs:
    // the station's background checkpointer runs them, or (without one) the first thread does, between
    // its turns (PASSIVE: they never block a writer).
    db.pragma('wal_autocheckpoint = 0')
    let sinceCheckpoint = 0
    const checkpoint = (force = false) => {
      if (!data.checkpoints || (!force && sinceCheckpoint < CHECKPOINT_EVERY_CHUNKS)) return
      sinceCheckpoint = 0
      db.pragma('wal_checkpoint(PASSIVE)')
    }
    const writer = new ChunkTransaction(db, data.batch)
    const turn = new ImportTurn(data.turn, data.thread)
    const office = OFFICE_RULES ? db.prepare<[string], string | null>(ADVANCE_SQL.office).pluck() : null
    const name = data.source.name
    // Chunks read while the turn was someone else's: this thread reads on instead of waiting, up to a
    // few. In its turn it writes them until the station's thread waits for the turn, then gives it up.
    const queued: Array<ReadChunk & { from: number; updated: number }> = []
    const stationWaits = () => turn.stationWaiting()
    const writeQueued = () => {
      while (queued.length > 0) {
        const c = queued[0]!
        const { next, duplicate, updated } = writer.write(c.rows, c.from, stationWaits)
        c.from = next
        c.updated += updated
        if (duplicate >= 0) {
          throw new ItmattError(
            name,
            c.where[duplicate]!,
            `item ${c.ids[duplicate]} is in this file twice; each item is advised once per file`,
          )
        }
        if (next < c.rows.length) return
        queued.shift()
        post({ type: 'chunk', items: c.rows.length, updated: c.updated })
        sinceCheckpoint++
        if (stationWaits()) return
      }
    }
    const pipeline = new ItmattReadPipeline(
      data.source,
      data.batch,
      {
        chunk(c) {
          queued.push({ ...c, from: 0, updated: 0 })
          turn.tryHold(writeQueued)
          while (queued.length >= MAX_QUEUED) turn.hold(writeQueued)
          checkpoint()
        },
        progress(bytes) {
          post({ type: 'progress', bytes })
        },
      },
      (itemId) => office?.get(itemId) ?? null,
      data.part,
    )
    const result = await pipeline.run()
    while (queued.length > 0) turn.hold(writeQueued)
    checkpoint(true)
    post({ type: 'done', result })
  } catch (error) {
    post({ type: 'error', error: describe(error) })
  } finally {
    db.close()
  }
}

void main()
