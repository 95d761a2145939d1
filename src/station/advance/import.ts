// An ITMATT import that never stops the scanner and is all or nothing to every reader. The file is read
// as a stream; every ~1,000 items go in one short write transaction (in the chunk writer's thread, while
// this thread reads the next ones), tagged with the import's batch, and the event loop turns between
// chunks so scans are decided and committed in between. Readers ignore the batch until ONE tiny
// transaction publishes it at the end. Any failure (a hostile byte at item 900,000, a duplicate item,
// the process stopped) leaves the batch unpublished, so invisible, and its rows are deleted, in chunks
// too; a killed process's batch is deleted at the next open.
import type { Database } from 'better-sqlite3'
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs'
import type { AdvanceProgress, AdvanceReport } from '../../api/advance'
import { assess, DESTINATION_RULES, ruleFor } from '../../core/customs'
import { StationError } from '../errors'
import type { Listeners } from '../listeners'
import type { EventLog } from '../store/events'
import type { Operator, StationEvent } from '../types'
import { ChunkWriter, type ChunkResult } from './chunk-writer'
import { ItmattCsvReader } from './csv'
import { ByteDecoder, declaredEncoding } from './decode'
import { ItmattError, type FilePosition } from './errors'
import { ReportCounter } from './report'
import { itemRow, type AdvanceStore, type ItemRow } from './store'
import { ItmattXmlReader, type ReadItem } from './xml'

/** Items per write transaction: a few milliseconds of lock, so a scan waits at most that long. */
export const CHUNK_ITEMS = 1000
/** Chunks handed to the writer and not yet committed: the reader runs at most this far ahead. */
const IN_FLIGHT = 2
/** The reader lets the event loop turn at least this often, so scans are decided between its slices. */
const TURN_MS = 8
/** Items deleted per transaction when a failed batch is cleaned up. */
export const DELETE_SLICE = 5000
/** Characters of a text source handed to the reader at a time. */
const TEXT_SLICE = 1 << 18
const READ_BYTES = 1 << 18

export interface ItmattSource {
  /** The file's name as the person knows it: in the report, the log and every error. */
  name: string
  /** A file to stream (the CLI), or… */
  path?: string
  /** …its text (the screens). */
  content?: string
  format?: 'xml' | 'csv'
}

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
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** Office-level rules need each item's office from the manifest; without any, no item is looked up. */
const OFFICE_RULES = DESTINATION_RULES.some((r) => r.destinations.some((d) => d.length === 6))

/** Items assessed and turned into rows, waiting for their chunk transaction. */
interface Chunk {
  rows: ItemRow[]
  ids: string[]
  where: FilePosition[]
}

const emptyChunk = (): Chunk => ({ rows: [], ids: [], where: [] })

export function formatOf(source: ItmattSource, start: string): 'xml' | 'csv' {
  if (source.format) return source.format
  const name = source.name.toLowerCase()
  if (name.endsWith('.xml')) return 'xml'
  if (name.endsWith('.csv')) return 'csv'
  return /^\uFEFF?\s*</.test(start) ? 'xml' : 'csv'
}

function firstBytes(path: string): string {
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(256)
    return head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('latin1')
  } finally {
    closeSync(fd)
  }
}

export class ItmattImport {
  private batch: number | null = null
  private bytes = 0
  private totalBytes: number | null = null
  private pending = emptyChunk()
  /** Full chunks waiting to be handed to the writer. */
  private readonly ready: Chunk[] = []
  private writer: ChunkWriter | null = null
  private readonly inFlight: Array<{ result: Promise<ChunkResult>; chunk: Chunk }> = []
  private committed = 0
  private turned = performance.now()
  private readonly counter = new ReportCounter()
  private readonly startedAt: Date
  private readonly started = performance.now()
  private format: 'xml' | 'csv' = 'xml'

  constructor(
    private readonly d: ImportDeps,
    private readonly actor: Operator,
    private readonly source: ItmattSource,
    private readonly signal?: AbortSignal,
  ) {
    this.startedAt = d.clock()
  }

  async run(): Promise<{ report: AdvanceReport; event: StationEvent }> {
    try {
      if (this.source.path !== undefined) await this.readFile(this.source.path)
      else await this.readText(this.source.content ?? '')
      await this.flush(true)
      while (this.inFlight.length > 0) await this.settle()
      await this.writer?.stop()
      return this.publish()
    } catch (error) {
      await this.writer?.stop()
      await this.discard()
      throw error
    } finally {
      if (this.batch !== null) this.d.active.delete(this.batch)
    }
  }

  private reader(): ItmattXmlReader | ItmattCsvReader {
    const onItem = (read: ReadItem) => this.assess(read)
    return this.format === 'xml'
      ? new ItmattXmlReader(this.source.name, onItem)
      : new ItmattCsvReader(this.source.name, onItem)
  }

  private async readFile(path: string): Promise<void> {
    let size: number
    try {
      size = statSync(path).size
    } catch (error) {
      throw new StationError(
        'not_found',
        `${this.source.name}: cannot read the file (${(error as Error).message}).`,
      )
    }
    this.totalBytes = size
    this.format = formatOf(this.source, firstBytes(path))
    const reader = this.reader()
    const decoder = new ByteDecoder(this.source.name, this.format)
    const stream = createReadStream(path, { highWaterMark: READ_BYTES })
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        this.bytes += chunk.length
        reader.write(decoder.push(chunk))
        if (this.ready.length > 0) await this.flush()
        else await this.turn()
      }
    } finally {
      stream.destroy()
    }
    reader.write(decoder.end())
    reader.end()
  }

  private async readText(text: string): Promise<void> {
    this.format = formatOf(this.source, text.slice(0, 256))
    this.totalBytes = text.length
    if (this.format === 'xml') declaredEncoding(this.source.name, text.replace(/^\uFEFF/, '').slice(0, 512))
    const reader = this.reader()
    for (let at = 0; at < text.length; at += TEXT_SLICE) {
      const slice = text.slice(at, at + TEXT_SLICE)
      this.bytes += slice.length
      reader.write(slice)
      if (this.ready.length > 0) await this.flush()
      else await this.turn()
    }
    reader.end()
  }

  private stopped(): void {
    if (this.signal?.aborted) {
      throw new StationError(
        'invalid',
        `${this.source.name}: the import was stopped before it finished; nothing was imported.`,
      )
    }
  }

  private newBatch(): number {
    return this.d.store.createBatch(
      this.source.name,
      this.format,
      this.actor.id,
      this.startedAt.toISOString(),
    )
  }

  /** Lets the event loop turn (scans, the writer's replies) when the reader has held it long enough. */
  private async turn(): Promise<void> {
    if (performance.now() - this.turned < TURN_MS) return
    await nextTurn()
    this.turned = performance.now()
  }

  /**
   * Each item as it is read: its destination's rules, its status and findings, its rows. Only the rows
   * wait for the chunk, so the item objects die young.
   */
  private assess(read: ReadItem): void {
    const { item } = read
    const office = OFFICE_RULES ? this.d.store.officeOf(item.itemId) : null
    const assessment = assess(item, ruleFor(item.destinationCountry, office))
    const chunk = this.pending
    chunk.rows.push(itemRow(0, item, assessment))
    chunk.ids.push(item.itemId)
    chunk.where.push(read.column === null ? { line: read.line } : { line: read.line, column: read.column })
    this.counter.add(item.itemId, assessment)
    if (chunk.rows.length === CHUNK_ITEMS) {
      this.ready.push(chunk)
      this.pending = emptyChunk()
    }
  }

  /** Hands the full chunks (and at the end, the last one) to the writer, a transaction each. */
  private async flush(last = false): Promise<void> {
    if (last && this.pending.rows.length > 0) {
      this.ready.push(this.pending)
      this.pending = emptyChunk()
    }
    while (this.ready.length > 0) await this.send(this.ready.shift()!)
  }

  private async send(chunk: Chunk): Promise<void> {
    this.stopped()
    if (this.batch === null) {
      this.batch = this.d.write(() => this.newBatch())
      this.d.active.add(this.batch)
      this.writer = new ChunkWriter(this.d.db)
    }
    const batch = this.batch
    for (const row of chunk.rows) row[0][0] = batch
    const result = this.writer!.write(batch, chunk.rows)
    // Awaited in settle(); a failure before then must not count as unhandled.
    result.catch(() => {})
    this.inFlight.push({ result, chunk })
    while (this.inFlight.length > IN_FLIGHT) await this.settle()
    await nextTurn()
    this.turned = performance.now()
    this.stopped()
  }

  /** Waits for the oldest chunk's commit; an item the batch already held is this file's mistake. */
  private async settle(): Promise<void> {
    const { result, chunk } = this.inFlight.shift()!
    const { duplicate, updated } = await result
    if (duplicate >= 0) {
      throw new ItmattError(
        this.source.name,
        chunk.where[duplicate]!,
        `item ${chunk.ids[duplicate]} is in this file twice; each item is advised once per file`,
      )
    }
    this.committed += chunk.ids.length
    this.counter.updated(updated, chunk.ids.length)
    this.progress('importing')
  }

  private progress(state: AdvanceProgress['state']): void {
    if (this.batch === null || !this.d.listeners.active) return
    this.d.listeners.emit('advance.progress', {
      batch: this.batch,
      file: this.source.name,
      items: state === 'published' ? this.counter.items : this.committed,
      bytes: this.bytes,
      totalBytes: this.totalBytes,
      state,
    })
  }

  /** The one tiny transaction that makes the whole file visible at once. */
  private publish(): { report: AdvanceReport; event: StationEvent } {
    const finished = this.d.clock()
    const result = this.d.write(() => {
      const batch = this.batch ?? this.newBatch()
      const report = this.counter.report({
        batch,
        file: this.source.name,
        format: this.format,
        state: 'published',
        bytes: this.bytes,
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
      this.d.store.publish(batch, e.at, report.items, this.bytes, seq, report)
      return { batch, report, event: this.d.log.shape(seq, e) }
    })
    this.batch = result.batch
    this.progress('published')
    this.d.listeners.event(result.event)
    return { report: result.report, event: result.event }
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
