// The scan loop's single writer. Scans queue up; one drain decides every queued scan in arrival order
// against the state left by the scans before it, appends one event each, commits them in ONE transaction
// (group commit), and only then acknowledges them. A failed commit rejects the whole batch: no scan is
// ever acknowledged that is not on disk.
import type { Database, Statement, Transaction } from 'better-sqlite3'
import { serviceIndicatorInfo } from '../../core/codelists'
import type { EadStatus } from '../../core/customs'
import { identify } from '../../core/ids'
import { NEWEST_PUBLISHED, OPEN_REFERRAL } from '../advance/store'
import type { Listeners } from '../listeners'
import type { EventLog } from '../store/events'
import type { StationState } from '../state'
import type { ReceptacleStore } from '../store/receptacles'
import { toReceptacle, type ReceptacleRow } from '../store/rows'
import type { ScanResult } from '../types'
import { cleanItemId } from './clean-id'
import { decideItem, type Elsewhere, type ItemFacts, type Verdict } from './decide'
import { invalidCode, reasons } from './reasons'

export interface QueuedScan {
  operator: string
  code: string
  receptacle: number | undefined
  device: string | null
  at: string
}

interface Decision extends Verdict {
  itemId: string | null
  /** The receptacle the scan was aimed at, when it exists. */
  target: number | null
  accepted?: ItemFacts
}

interface Pending extends QueuedScan {
  resolve(result: ScanResult): void
  reject(error: unknown): void
}

type LookupRow = [
  known: number,
  mailClass: string | null,
  country: string | null,
  office: string | null,
  weightKg: number | null,
  ead: number | null,
  doNotLoad: number | null,
  inReceptacle: number | null,
  hold: string | null,
  eadStatus: EadStatus | null,
  eadReason: string | null,
]

export interface WriterDeps {
  db: Database
  state: StationState
  receptacles: ReceptacleStore
  listeners: Listeners
  log: EventLog
  /** Brings the in-memory state up to date with commits of other connections; runs inside the transaction. */
  sync(): void
  /** Rebuilds the in-memory state after a rollback. */
  recover(): void
  /** Told after every committed batch (the background checkpointer counts commits). */
  committed(): void
  /** Runs the batch's transaction in the station's write turn (ahead of an ITMATT import's chunks). */
  inTurn<R>(work: () => R): R
}

export class ScanWriter {
  private queue: Pending[] = []
  private scheduled = false
  private closed = false
  /** Committed scan transactions: fewer than scans when bursts were grouped. */
  transactions = 0
  /** How long a commit must take before the writer waits one event-loop turn to gather a batch. */
  slowCommitMs = 1
  private lastCommitMs = 0

  private readonly lookup: Statement<[string, string, string], LookupRow>
  private readonly insertEvent: Statement
  private readonly insertItem: Statement
  private readonly insertMembership: Statement
  private readonly commitBatch: Transaction<(batch: Pending[]) => ScanResult[]>

  constructor(private readonly deps: WriterDeps) {
    const { db } = deps
    // One statement gathers every fact about the item: a scan costs one read and two or three inserts.
    // Published ITMATT data (src/station/advance) fills in what no manifest said, and gives the EAD
    // status: an open customs referral's, else the data's.
    this.lookup = db
      .prepare<[string, string, string], LookupRow>(
        `SELECT i.id IS NOT NULL, coalesce(i.mail_class, a.mail_class),
           coalesce(i.destination_country, a.destination_country), i.destination_office,
           coalesce(i.weight_kg, a.total_weight_kg), i.ead, i.do_not_load,
           (SELECT m.receptacle FROM membership m WHERE m.item_id = ? AND m.removed_seq IS NULL),
           (SELECT h.reason FROM hold h WHERE h.item_id = ? AND h.lifted_seq IS NULL ORDER BY h.id LIMIT 1),
           coalesce(r.status, a.status), CASE WHEN r.id IS NULL THEN a.reason ELSE r.reason END
         FROM (SELECT ? AS id) AS q LEFT JOIN item i ON i.id = q.id
           LEFT JOIN advance_item a ON a.id = ${NEWEST_PUBLISHED}
           LEFT JOIN ead_referral r ON r.id = ${OPEN_REFERRAL}`,
      )
      .raw()
    // The general EventLog.append builds an argument array per call; the hot path binds directly.
    this.insertEvent = db.prepare(
      `INSERT INTO event (at, station, operator, device, type, code, outcome, reason, receptacle)
       VALUES (?, ?, ?, ?, 'scan', ?, ?, ?, ?)`,
    )
    // An item known only from ITMATT data takes its routing facts and weight along, as a manifest would.
    this.insertItem = db.prepare(
      'INSERT INTO item (id, mail_class, destination_country, weight_kg, pre_advised, created_seq) VALUES (?, ?, ?, ?, ?, ?)',
    )
    this.insertMembership = db.prepare('INSERT INTO membership (seq, item_id, receptacle) VALUES (?, ?, ?)')
    this.commitBatch = db.transaction((batch: Pending[]) => {
      deps.sync()
      return batch.map((scan) => this.record(scan))
    })
  }

  submit(scan: QueuedScan): Promise<ScanResult> {
    if (this.closed) return Promise.reject(new Error('the station is closed'))
    return new Promise((resolve, reject) => {
      this.queue.push({
        operator: scan.operator,
        code: scan.code,
        receptacle: scan.receptacle,
        device: scan.device,
        at: scan.at,
        resolve,
        reject,
      })
      if (!this.scheduled) {
        this.scheduled = true
        // Fast commits: a microtask, so a lone scan commits as soon as its caller yields and a burst
        // submitted in one go is already queued. Slow commits (a disk syncing in milliseconds): one turn
        // of the event loop first, so scans from other connections that arrived while the last commit
        // held the thread are read in and join this batch instead of each paying its own sync.
        if (this.lastCommitMs < this.slowCommitMs) queueMicrotask(this.drain)
        else setImmediate(this.drain)
      }
    })
  }

  /** Commits whatever is queued now; other writers call this first so the log keeps arrival order. */
  flush(): void {
    if (this.queue.length > 0) this.drain()
  }

  close(): void {
    this.flush()
    this.closed = true
  }

  private readonly drain = (): void => {
    this.scheduled = false
    const batch = this.queue
    if (batch.length === 0) return
    this.queue = []
    let results: ScanResult[]
    const started = performance.now()
    try {
      results = this.deps.inTurn(() => this.commitBatch.immediate(batch))
      this.lastCommitMs = performance.now() - started
    } catch (error) {
      // The in-memory counts may hold changes the rollback undid.
      this.deps.recover()
      for (const scan of batch) scan.reject(error)
      return
    }
    this.transactions++
    this.deps.committed()
    for (let i = 0; i < batch.length; i++) batch[i]!.resolve(results[i]!)
    if (this.deps.listeners.active) this.notify(batch, results)
  }

  private notify(batch: Pending[], results: ScanResult[]): void {
    const { listeners, state } = this.deps
    const changed = new Set<number>()
    results.forEach((r, i) => {
      listeners.event({
        seq: r.seq,
        at: r.at,
        station: state.office.impc,
        operator: batch[i]!.operator,
        device: batch[i]!.device,
        type: 'scan',
        code: r.code,
        outcome: r.outcome,
        reason: r.reason,
        receptacle: r.receptacle,
        ref: null,
        detail: null,
      })
      if (r.outcome === 'accepted' && r.receptacle !== null) changed.add(r.receptacle)
    })
    for (const handle of changed) {
      const row = state.openReceptacle(handle)
      if (row) listeners.receptacle(toReceptacle(row))
    }
  }

  private facts(itemId: string): ItemFacts {
    const row = this.lookup.get(itemId, itemId, itemId)!
    const known = row[0] === 1
    const weightKg = row[4]
    return {
      itemId,
      known,
      mailClass: row[1] ?? (known ? null : (serviceIndicatorInfo(itemId.slice(0, 2))?.mailClass ?? null)),
      country: row[2],
      office: row[3],
      grams: weightKg === null ? null : Math.round(weightKg * 1000),
      ead: row[5] === 1,
      doNotLoad: row[6] === 1 || row[9] === 'dnl',
      inReceptacle: row[7],
      hold: row[8],
      eadStatus: row[9],
      eadReason: row[10],
    }
  }

  private elsewhere(item: ItemFacts, target: ReceptacleRow): Elsewhere | null {
    if (item.inReceptacle === null || item.inReceptacle === target.handle) return null
    return this.deps.state.openReceptacle(item.inReceptacle) ?? this.deps.receptacles.get(item.inReceptacle)
  }

  /** Applies the rules in order; an accepted item is counted into its receptacle at once. */
  private decide(scan: Pending): Decision {
    const { state } = this.deps
    let itemId = cleanItemId(scan.code)
    if (itemId === null) {
      const id = identify(scan.code)
      if (!(id.kind === 'item' && id.valid)) {
        const open = scan.receptacle === undefined ? state.latest : state.openReceptacle(scan.receptacle)
        return { itemId: null, target: open?.handle ?? null, outcome: 'invalid_id', reason: invalidCode(id) }
      }
      itemId = id.normalized
    }
    const handle = scan.receptacle ?? state.latest?.handle
    if (handle === undefined)
      return { itemId, target: null, outcome: 'no_receptacle', reason: reasons.noneOpen() }
    const open = state.openReceptacle(handle)
    if (!open) {
      const row = this.deps.receptacles.get(handle)
      return row
        ? { itemId, target: row.handle, outcome: 'receptacle_closed', reason: reasons.closed(row) }
        : { itemId, target: null, outcome: 'no_receptacle', reason: reasons.unknownReceptacle(handle) }
    }
    const item = this.facts(itemId)
    const refusal = decideItem(item, open, state.policyFor(open.destination), this.elsewhere(item, open))
    if (refusal) return { itemId, target: open.handle, ...refusal }
    open.items++
    if (item.grams !== null) {
      open.grams += item.grams
      open.weighed++
    }
    const reason = reasons.accepted(open, item.known || item.eadStatus !== null, item.mailClass)
    return { itemId, target: open.handle, outcome: 'accepted', reason, accepted: item }
  }

  /** Decides one scan and writes its event (and membership when accepted). Runs inside the batch. */
  private record(scan: Pending): ScanResult {
    const { itemId, target, outcome, reason, accepted } = this.decide(scan)
    const seq = Number(
      this.insertEvent.run(
        scan.at,
        this.deps.state.office.impc,
        scan.operator,
        scan.device,
        scan.code,
        outcome,
        reason,
        target,
      ).lastInsertRowid,
    )
    this.deps.log.appended(seq)
    if (accepted) {
      if (!accepted.known) {
        const advised = accepted.eadStatus !== null
        this.insertItem.run(
          accepted.itemId,
          accepted.mailClass,
          advised ? accepted.country : null,
          advised && accepted.grams !== null ? accepted.grams / 1000 : null,
          advised ? 1 : 0,
          seq,
        )
      }
      this.insertMembership.run(seq, accepted.itemId, target)
    }
    return { seq, code: scan.code, itemId, outcome, reason, receptacle: target, at: scan.at }
  }
}
