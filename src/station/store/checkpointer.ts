// WAL checkpoints off the scan path. SQLite runs an automatic checkpoint inside whichever commit pushes
// the WAL over its threshold: that one scan then waits for pages to be copied into the database file and
// (under synchronous=NORMAL) for the only fsyncs, 10–25 ms on a loaded disk. Here a worker thread with
// its own connection runs PASSIVE checkpoints, which never block the writer, about once a second while
// scans are being committed; the writer only bumps a shared counter. SQLite's own autocheckpoint stays
// as a far-off safety net, so a dead worker means a longer WAL, never an unbounded one or a lost scan.
import type { Database } from 'better-sqlite3'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** Pages SQLite may let the WAL grow to before checkpointing in a commit itself (~400 MB). */
export const SAFETY_NET_PAGES = 100_000

const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file, {
  fileMustExist: true,
  ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}),
})
db.pragma('busy_timeout = 1000')
const commits = new Int32Array(workerData.counter)
const closed = new Int32Array(workerData.closed)
let seen = 0
function checkpoint() {
  const now = Atomics.load(commits, 0)
  if (now === seen) return
  seen = now
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)')
    parentPort.postMessage({ checkpointed: r.checkpointed, log: r.log })
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) })
  }
}
const timer = setInterval(checkpoint, workerData.everyMs)
parentPort.on('message', (m) => {
  if (m !== 'stop') return
  clearInterval(timer)
  try { db.close() } finally {
    Atomics.store(closed, 0, 1)
    Atomics.notify(closed, 0)
    parentPort.close()
  }
})
`

function driverPath(): string {
  // CommonJS bundles (out/main, out/cli) have require; the TypeScript sources under vitest are ESM.
  const req = typeof require === 'function' ? require : createRequire(import.meta.url)
  return req.resolve('better-sqlite3')
}

export interface CheckpointReport {
  checkpointed?: number
  log?: number
  error?: string
}

export class Checkpointer {
  private readonly worker: Worker
  private readonly commits = new Int32Array(new SharedArrayBuffer(4))
  /** Set by the worker once its connection is closed. */
  private readonly closed = new Int32Array(new SharedArrayBuffer(4))
  private stopped = false
  /** The last report from the worker, for tests and diagnostics. */
  last: CheckpointReport | null = null

  constructor(db: Database, nativeBinding: string | null, everyMs = 1000) {
    db.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`)
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        driver: driverPath(),
        file: db.name,
        nativeBinding,
        counter: this.commits.buffer,
        closed: this.closed.buffer,
        everyMs,
      },
    })
    this.worker.on('message', (m: CheckpointReport) => {
      this.last = m
      if (m.error) console.error(`Post Station: background checkpoint failed: ${m.error}`)
    })
    this.worker.on('error', (e) => console.error('Post Station: the checkpoint thread stopped:', e))
    this.worker.unref()
  }

  /** Called by the writer after each commit: one atomic add, no message, no allocation. */
  committed(): void {
    Atomics.add(this.commits, 0, 1)
  }

  /**
   * Closes the worker's connection before returning, so whoever closes the station may move or delete
   * its files at once. Blocks at most `waitMs` (a worker still loading the driver); past that the thread
   * is terminated, which SQLite survives as it survives a killed process.
   */
  stop(waitMs = 5000): void {
    if (this.stopped) return
    this.stopped = true
    this.worker.postMessage('stop')
    if (Atomics.wait(this.closed, 0, 0, waitMs) === 'timed-out') void this.worker.terminate()
  }
}
