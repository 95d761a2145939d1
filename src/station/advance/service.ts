// Electronic advance data in the engine: ITMATT imports, an item's advance data and EAD status, the
// stored reports, the dispatch and consignment check, and the clean-up of imports a dead process left.
import type { Database } from 'better-sqlite3'
import type { AdvanceItemView, AdvanceReport } from '../../api/advance'
import type { ReferralStatus } from '../../core/customs'
import { identify } from '../../core/ids'
import { StationError } from '../errors'
import type { Listeners } from '../listeners'
import { cleanItemId } from '../scan/clean-id'
import type { EventLog } from '../store/events'
import type { DestinationPolicy, Operator } from '../types'
import { unloadable } from './gate'
import { DELETE_SLICE, ItmattImport, type ItmattSource } from './import'
import { AdvanceStore, type BatchRow } from './store'

export type { ItmattSource } from './import'

export interface AdvanceDeps {
  db: Database
  log: EventLog
  listeners: Listeners
  clock: () => Date
  write<R>(work: () => R): R
  policyFor(destination: string): DestinationPolicy | null
  /** From which size an ITMATT XML file is read by two threads (ImportDeps). */
  twoPartsFromBytes?: number
}

/** Batches being written by this process, per database file: not a dead process's leftovers. */
const ACTIVE = new Map<string, Set<number>>()

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export class AdvanceService {
  readonly store: AdvanceStore
  private readonly active: Set<number>

  constructor(private readonly d: AdvanceDeps) {
    this.store = new AdvanceStore(d.db)
    const key = d.db.name
    let active = ACTIVE.get(key)
    if (!active) {
      active = new Set()
      ACTIVE.set(key, active)
    }
    this.active = active
  }

  private abandoned(b: BatchRow): boolean {
    if (b.state === 'failed' || b.pid === null) return true
    if (b.pid === process.pid) return !this.active.has(b.id)
    return !processAlive(b.pid)
  }

  /**
   * At open: deletes what failed imports and imports of dead processes left, a slice per transaction.
   * Their rows were never visible; this only gives the space back. Returns the batches deleted.
   */
  recover(): number {
    let cleaned = 0
    const tx = <R>(work: () => R): R => this.d.db.transaction(work).immediate()
    for (const b of this.store.unfinishedBatches()) {
      if (!this.abandoned(b)) continue
      tx(() => this.store.markFailed(b.id, this.d.clock().toISOString()))
      while (tx(() => this.store.deleteSlice(b, DELETE_SLICE)) > 0);
      tx(() => this.store.forgetBatch(b.id))
      cleaned++
    }
    return cleaned
  }

  async importItmatt(actor: Operator, source: ItmattSource, signal?: AbortSignal): Promise<AdvanceReport> {
    const run = new ItmattImport(
      {
        db: this.d.db,
        store: this.store,
        log: this.d.log,
        listeners: this.d.listeners,
        clock: this.d.clock,
        write: this.d.write,
        active: this.active,
        ...(this.d.twoPartsFromBytes === undefined ? {} : { twoPartsFromBytes: this.d.twoPartsFromBytes }),
      },
      actor,
      source,
      signal,
    )
    return (await run.run()).report
  }

  item(itemId: string): AdvanceItemView | null {
    const text = itemId.trim().toUpperCase()
    let id = cleanItemId(text)
    if (id === null) {
      const found = identify(text)
      if (!(found.kind === 'item' && found.valid)) {
        throw new StationError('invalid', `"${itemId}" is not a valid S10 item identifier.`)
      }
      id = found.normalized
    }
    return this.store.item(id)
  }

  report(batch: number): AdvanceReport {
    const row = this.store.batch(batch)
    if (!row) throw new StationError('not_found', `There is no ITMATT import ${batch}.`)
    if (row.report === null) {
      throw new StationError(
        'not_found',
        `ITMATT import ${batch} (${row.file}) is still importing: its report comes when it is published.`,
      )
    }
    return JSON.parse(row.report) as AdvanceReport
  }

  /** Inside the write transaction: which items of the dispatches may not be loaded, or null. */
  unloadable(dispatchIds: readonly string[]): string | null {
    return unloadable(this.store, this.d.policyFor, dispatchIds)
  }

  /** Inside the write transaction: records what customs said of an item (ICS2 referral, ITMREF). */
  refer(itemId: string, status: ReferralStatus, reason: string | null, seq: number): void {
    this.store.refer(itemId, status, reason, seq)
  }

  /** At close: imports still running are marked failed, so the next open deletes their rows. */
  close(): void {
    if (this.active.size === 0) return
    const at = this.d.clock().toISOString()
    for (const batch of this.active) this.store.markFailed(batch, at)
    this.active.clear()
  }
}
