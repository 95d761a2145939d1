// An ITMATT import that never stops the scanner and is all or nothing to every reader. The file is read,
// checked and assessed in a thread of its own (import-worker.ts) — a large XML file in two, each its
// half — and every ~1,000 items are written in one short transaction tagged with the import's batch, on
// the thread's own connection; this thread only counts and reports, so its event loop is free for scans.
// Readers ignore the batch until ONE tiny transaction publishes it at the end. Any failure (a hostile
// byte at item 900,000, a duplicate item, the process stopped) leaves the batch unpublished, so
// invisible, and its rows are deleted, in chunks too; a killed process's batch is deleted at the next open.
import type { Database } from 'better-sqlite3'
import { createRequire } from 'node:module'
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import type { Worker } from 'node:worker_threads'
import type { AdvanceProgress, AdvanceReport } from '../../api/advance'
import { xmlName } from '../../core/customs'
import { StationError } from '../errors'
import type { Listeners } from '../listeners'
import { sqliteDriverBinding } from '../store/connection'
import type { EventLog } from '../store/events'
import type { Operator, StationEvent } from '../types'
import type { StationTurn } from '../store/write-turn'
import { declaredEncoding, type TextEncoding } from './decode'
import type { FilePosition } from './errors'
import {
  inFile,
  rebuildError,
  startImportThread,
  type ImportThreadMessage,
  type ThreadError,
} from './import-thread'
import { firstBytes, sourceFormat, type ImportPart, type ItmattSource, type ReadResult } from './read'
import { ReportCounter } from './report'
import type { AdvanceStore } from './store'

export { CHUNK_ITEMS, formatOf, type ItmattSource } from './read'

/** Items deleted per transaction when a failed batch is cleaned up. */
export const DELETE_SLICE = 5000
/** XML files at least this large are read by two threads, each its half. */
export const TWO_PARTS_FROM_BYTES = 32 * 1024 * 1024
/** How much of the middle of the file is searched for an item's start tag to cut at. */
const BOUNDARY_WINDOW = 1 << 20

export interface ImportDeps {
  db: Database
  store: AdvanceStore
  log: EventLog
  listeners: Listeners
  clock: () => Date
  /** The engine's write transaction (it commits queued scans first). */
  write<R>(work: () => R): R
  /** Batches this process is writing now, so an open elsewhere in the process leaves them alone. */
  active: Set<number>
  /** From which size an XML file is read in two parts (tests make it small). */
  twoPartsFromBytes?: number
  /** The station file's write turn: the import threads take theirs after the station's own writes. */
  turn: StationTurn
  /**
   * Told of each chunk committed: the station's background checkpointer, when it has one, copies the
   * WAL into the file then (on a thread that only waits for the disk); without one, the first import
   * thread checkpoints between its turns.
   */
  committed(): void
  checkpointsInBackground(): boolean
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

function driverPath(): string {
  // CommonJS bundles (out/main, out/cli) have require; the TypeScript sources under vitest are ESM.
  const req = typeof require === 'function' ? require : createRequire(import.meta.url)
  return req.resolve('better-sqlite3')
}

/** The first part's boundary was not between two items: read the file again with one thread. */
class OnePartInstead extends Error {}

/** The name of the root element, from the head of an XML file; null when the head is unusual. */
function rootName(head: string): string | null {
  let rest = head.replace(/^\uFEFF/, '')
  for (;;) {
    rest = rest.replace(/^\s+/, '')
    if (rest.startsWith('<?')) {
      const end = rest.indexOf('?>')
      if (end < 0) return null
      rest = rest.slice(end + 2)
    } else if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->')
      if (end < 0) return null
      rest = rest.slice(end + 3)
    } else break
  }
  const m = /^<([A-Za-z_][\w.:-]*)[\s>]/.exec(rest)
  return m ? m[1]! : null
}

/**
 * Where to cut a large XML file in two: an item's start tag near the middle, right after the end of
 * another tag. Null when reading it in one part is the only safe way (CSV, a text, an unusual head).
 */
export function planParts(path: string, size: number, file: string): [ImportPart, ImportPart] | null {
  const head = firstBytes(path, 4096)
  if (/^\uFEFF?\s*<\?xml[^>]*version\s*=\s*["']1\.1/.test(head.replace(/^\xEF\xBB\xBF/, ''))) return null
  if (/<!(DOCTYPE|ENTITY)/.test(head)) return null
  let encoding: TextEncoding
  try {
    encoding = declaredEncoding(file, head.replace(/^\xEF\xBB\xBF/, '').slice(0, 512)) ?? 'utf8'
  } catch {
    return null
  }
  const root = rootName(head.replace(/^\xEF\xBB\xBF/, ''))
  if (root === null) return null
  const from = Math.floor(size / 2)
  const window = Buffer.alloc(Math.min(BOUNDARY_WINDOW, size - from))
  const fd = openSync(path, 'r')
  let text: string
  try {
    text = window.subarray(0, readSync(fd, window, 0, window.length, from)).toString('latin1')
  } finally {
    closeSync(fd)
  }
  const tag = /<([A-Za-z_][\w.:-]*)[\s>/]/g
  for (let m = tag.exec(text); m !== null; m = tag.exec(text)) {
    if (!xmlName(m[1]!).item) continue
    const before = text.slice(0, m.index).trimEnd()
    if (!before.endsWith('>')) continue
    const cut = from + m.index
    return [
      { start: 0, end: cut, encoding, prefix: '', suffix: `</${root}>` },
      { start: cut, end: null, encoding, prefix: `<${root}>`, suffix: '' },
    ]
  }
  return null
}

export class ItmattImport {
  private batch: number | null = null
  private bytes: number[] = []
  private totalBytes: number | null = null
  private threads: Worker[] = []
  private committed = 0
  private counter = new ReportCounter()
  private readonly startedAt: Date
  private readonly started = performance.now()
  private readonly format: 'xml' | 'csv'
  private fail: (error: Error) => void = () => {}

  constructor(
    private readonly d: ImportDeps,
    private readonly actor: Operator,
    private readonly source: ItmattSource,
    private readonly signal?: AbortSignal,
  ) {
    this.startedAt = d.clock()
    this.format = sourceFormat(source)
    if (source.path === undefined) this.totalBytes = source.content?.length ?? 0
    else {
      try {
        this.totalBytes = statSync(source.path).size
      } catch {
        // The import thread says the file cannot be read, in the person's words.
      }
    }
  }

  async run(): Promise<{ report: AdvanceReport; event: StationEvent }> {
    if (this.signal?.aborted) throw this.stoppedError()
    const onAbort = () => this.fail(this.stoppedError())
    this.signal?.addEventListener('abort', onAbort)
    try {
      const parts = this.plan()
      try {
        return await this.attempt(parts)
      } catch (error) {
        if (!(error instanceof OnePartInstead)) throw error
        return await this.attempt(null)
      }
    } finally {
      this.signal?.removeEventListener('abort', onAbort)
    }
  }

  private plan(): [ImportPart, ImportPart] | null {
    const path = this.source.path
    if (this.format !== 'xml' || path === undefined) return null
    const size = this.totalBytes
    if (size === null || size < (this.d.twoPartsFromBytes ?? TWO_PARTS_FROM_BYTES)) return null
    return planParts(path, size, this.source.name)
  }

  private stoppedError(): StationError {
    return new StationError(
      'invalid',
      `${this.source.name}: the import was stopped before it finished; nothing was imported.`,
    )
  }

  private async attempt(
    parts: [ImportPart, ImportPart] | null,
  ): Promise<{ report: AdvanceReport; event: StationEvent }> {
    if (this.signal?.aborted) throw this.stoppedError()
    this.counter = new ReportCounter()
    this.committed = 0
    this.bytes = []
    const batch = this.d.write(() => this.newBatch())
    this.batch = batch
    this.d.active.add(batch)
    try {
      await this.transfer(batch, parts)
      await this.stopThreads()
      if (this.signal?.aborted) throw this.stoppedError()
      return this.publish()
    } catch (error) {
      await this.stopThreads()
      await this.discard()
      throw error
    } finally {
      this.d.active.delete(batch)
    }
  }

  /** Runs the import's thread(s); resolves once every part is read and written. */
  private transfer(batch: number, parts: [ImportPart, ImportPart] | null): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let over = false
      this.fail = (error) => {
        if (over) return
        over = true
        reject(error)
      }
      const count = parts === null ? 1 : 2
      const done: Array<ReadResult | null> = [null, null]
      // The second part's own problem counts only once the first proved the boundary right.
      let secondFailed: ThreadError | null = null
      const second = (p: FilePosition): FilePosition => inFile(p, done[0]!.endsAt!, parts![1].prefix.length)
      const settle = () => {
        if (over || done[0] === null) return
        if (secondFailed !== null) {
          this.fail(rebuildError(this.source.name, secondFailed, second))
          return
        }
        if (count === 2 && done[1] === null) return
        over = true
        for (const result of done) if (result) this.counter.merge(result.counter)
        resolve()
      }
      const heard = (index: number, m: ImportThreadMessage) => {
        switch (m.type) {
          case 'chunk':
            this.d.committed()
            this.committed += m.items
            this.counter.updated(m.updated, m.items)
            this.progress('importing')
            return
          case 'progress':
            this.bytes[index] = m.bytes
            return
          case 'done':
            done[index] = m.result
            this.bytes[index] = m.result.bytes
            settle()
            return
          case 'error':
            if (m.error.kind === 'boundary') this.fail(new OnePartInstead(m.error.message))
            else if (index === 0) this.fail(rebuildError(this.source.name, m.error))
            else {
              secondFailed = m.error
              settle()
            }
            return
        }
      }
      const database = {
        file: this.d.db.name,
        driver: driverPath(),
        nativeBinding: sqliteDriverBinding(),
        synchronous: this.d.db.pragma('synchronous', { simple: true }) as number,
      }
      try {
        for (let index = 0; index < count; index++) {
          this.threads.push(
            startImportThread(
              {
                source: this.source,
                batch,
                part: parts?.[index] ?? null,
                database,
                turn: this.d.turn.buffer,
                thread: index,
                checkpoints: index === 0 && !this.d.checkpointsInBackground(),
              },
              (m) => heard(index, m),
              (e) => this.fail(e),
            ),
          )
        }
      } catch (error) {
        this.fail(error as Error)
      }
    })
  }

  private async stopThreads(): Promise<void> {
    const threads = this.threads
    this.threads = []
    await Promise.all(threads.map((t) => t.terminate()))
    // A thread stopped in the middle of its chunk leaves the turn: it is free again (its transaction
    // was rolled back when its connection closed with it).
    threads.forEach((_, index) => this.d.turn.releaseFrom(index))
  }

  private newBatch(): number {
    return this.d.store.createBatch(
      this.source.name,
      this.format,
      this.actor.id,
      this.startedAt.toISOString(),
    )
  }

  private progress(state: AdvanceProgress['state']): void {
    if (this.batch === null || !this.d.listeners.active) return
    this.d.listeners.emit('advance.progress', {
      batch: this.batch,
      file: this.source.name,
      items: state === 'published' ? this.counter.items : this.committed,
      bytes: this.bytes.reduce((sum, b) => sum + (b ?? 0), 0),
      totalBytes: this.totalBytes,
      state,
    })
  }

  /** The one tiny transaction that makes the whole file visible at once. */
  private publish(): { report: AdvanceReport; event: StationEvent } {
    const finished = this.d.clock()
    const batch = this.batch!
    const bytes = this.bytes.reduce((sum, b) => sum + (b ?? 0), 0)
    const result = this.d.write(() => {
      const report = this.counter.report({
        batch,
        file: this.source.name,
        format: this.format,
        state: 'published',
        bytes,
        startedAt: this.startedAt.toISOString(),
        finishedAt: finished.toISOString(),
        seconds: Math.round(performance.now() - this.started) / 1000,
      })
      const e = {
        at: finished.toISOString(),
        operator: this.actor.id,
        type: 'itmatt.import',
        code: this.source.name,
        reason: this.counter.summary(this.source.name),
        detail: {
          batch,
          items: report.items,
          newItems: report.newItems,
          updatedItems: report.updatedItems,
          statuses: report.statuses,
          findings: report.findings.total,
        },
      }
      const seq = this.d.log.append(e)
      this.d.store.publish(batch, e.at, report.items, bytes, seq, report)
      return { report, event: this.d.log.shape(seq, e) }
    })
    this.progress('published')
    this.d.listeners.event(result.event)
    return result
  }

  /** A failed import's rows go, a slice per transaction; the batch stays invisible meanwhile. */
  private async discard(): Promise<void> {
    const batch = this.batch
    if (batch === null) return
    const { store } = this.d
    try {
      this.d.write(() => store.markFailed(batch, this.d.clock().toISOString()))
      this.progress('failed')
      const row = { id: batch, first_item: store.batch(batch)?.first_item ?? null }
      while (this.d.write(() => store.deleteSlice(row, DELETE_SLICE)) > 0) await nextTurn()
      this.d.write(() => store.forgetBatch(batch))
    } catch {
      // Whatever stopped the cleanup (the station closed meanwhile), the batch is unpublished, so
      // invisible, and the next open deletes what is left of it.
    }
  }
}
