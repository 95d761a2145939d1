// The import's chunk transactions, in a worker thread with its own connection to the station file. The
// main thread reads, checks and assesses the next chunk while this one is written, which is what makes
// a million items a twenty-second job instead of a minute. The scans are not held up by more than one
// chunk's transaction: SQLite serialises the two writers, a chunk is ~1,000 items (a few milliseconds),
// and the scan writer's connection waits for the lock like any other.
import type { Database } from 'better-sqlite3'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { sqliteDriverBinding } from '../store/connection'
import { ADVANCE_SQL, type ItemRow } from './store'

const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file, {
  fileMustExist: true,
  ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}),
})
db.pragma('busy_timeout = 10000')
db.pragma('synchronous = ' + workerData.synchronous)
const insertItem = db.prepare(workerData.sql.item)
const insertLine = db.prepare(workerData.sql.line)
const setFirst = db.prepare(workerData.sql.first)
const known = db.prepare(workerData.sql.known).pluck()
let first = true
// Returns the index of the first item the batch already holds (written twice in the file), or -1, and
// how many items already had published advance data.
const write = db.transaction((batch, rows) => {
  let updated = 0
  for (let i = 0; i < rows.length; i++) {
    if (known.get(rows[i][0][1]) === 1) updated++
    const result = insertItem.run(rows[i][0])
    if (result.changes === 0) return { duplicate: i, updated }
    const id = Number(result.lastInsertRowid)
    if (first) {
      setFirst.run(id, batch)
      first = false
    }
    const lines = rows[i][1]
    for (let k = 0; k < lines.length; k++) {
      lines[k][0] = id
      insertLine.run(lines[k])
    }
  }
  return { duplicate: -1, updated }
})
parentPort.on('message', (m) => {
  if (m.type === 'stop') {
    db.close()
    parentPort.close()
    return
  }
  let result
  try {
    result = write.immediate(m.batch, JSON.parse(m.rows))
  } catch (error) {
    parentPort.postMessage({ chunk: m.chunk, error: String((error && error.message) || error) })
    return
  }
  parentPort.postMessage({ chunk: m.chunk, duplicate: result.duplicate, updated: result.updated })
})
`

function driverPath(): string {
  // CommonJS bundles (out/main, out/cli) have require; the TypeScript sources under vitest are ESM.
  const req = typeof require === 'function' ? require : createRequire(import.meta.url)
  return req.resolve('better-sqlite3')
}

interface Reply {
  chunk: number
  duplicate?: number
  updated?: number
  error?: string
}

export interface ChunkResult {
  /** Index within the chunk of an item the batch already held; -1 when all were written. */
  duplicate: number
  /** Items of the chunk that already had published advance data. */
  updated: number
}

export class ChunkWriter {
  private readonly worker: Worker
  private readonly waiting = new Map<number, { resolve(r: ChunkResult): void; reject(e: Error): void }>()
  private next = 0
  private failure: Error | null = null
  private readonly exited: Promise<void>

  constructor(db: Database) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        driver: driverPath(),
        file: db.name,
        nativeBinding: sqliteDriverBinding(),
        synchronous: db.pragma('synchronous', { simple: true }) as number,
        sql: ADVANCE_SQL,
      },
    })
    this.worker.on('message', (m: Reply) => {
      const w = this.waiting.get(m.chunk)
      if (!w) return
      this.waiting.delete(m.chunk)
      if (m.error !== undefined) w.reject(new Error(`the ITMATT chunk writer failed: ${m.error}`))
      else w.resolve({ duplicate: m.duplicate ?? -1, updated: m.updated ?? 0 })
    })
    this.worker.on('error', (e) => this.fail(e))
    this.exited = new Promise((resolve) => {
      this.worker.on('exit', () => {
        this.fail(new Error('the ITMATT chunk writer stopped'))
        resolve()
      })
    })
  }

  private fail(error: Error): void {
    this.failure ??= error
    for (const w of this.waiting.values()) w.reject(error)
    this.waiting.clear()
  }

  /** Resolves once the chunk's transaction committed (or found a duplicate and rolled back). */
  write(batch: number, rows: ItemRow[]): Promise<ChunkResult> {
    if (this.failure) return Promise.reject(this.failure)
    const chunk = this.next++
    return new Promise((resolve, reject) => {
      this.waiting.set(chunk, { resolve, reject })
      // One string crosses to the thread faster than a structured clone of thousands of small arrays.
      this.worker.postMessage({ chunk, batch, rows: JSON.stringify(rows) })
    })
  }

  /** Closes the worker's connection once the chunks sent are written; resolves when it is gone. */
  async stop(): Promise<void> {
    this.worker.postMessage({ type: 'stop' })
    await this.exited
  }
}
