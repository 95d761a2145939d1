// The append-only event log: the audit trail of every action and the source of tracking events.
import type { Database, Statement } from 'better-sqlite3'
import type { StationEvent } from '../types'
import { toStationEvent, type EventRow } from './rows'

export interface NewEvent {
  at: string
  operator: string
  type: string
  device?: string | null
  code?: string | null
  outcome?: string | null
  reason?: string | null
  receptacle?: number | null
  ref?: number | null
  detail?: Record<string, unknown> | null
}

export class EventLog {
  private readonly insert: Statement
  private readonly insertAt: Statement
  private readonly byseq: Statement<[number], EventRow>
  private readonly page: Statement<[number, number], EventRow>
  private readonly nextSeq: Statement<[], number>
  private readonly topSeq: Statement<[], number | null>
  /** The newest seq this connection knows of: its own last append, or what it last saw. */
  private known: number

  constructor(
    db: Database,
    private readonly station: () => string,
  ) {
    const columns = 'at, station, operator, device, type, code, outcome, reason, receptacle, ref, detail'
    this.insert = db.prepare(`INSERT INTO event (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    this.insertAt = db.prepare(
      `INSERT INTO event (seq, ${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    this.byseq = db.prepare('SELECT * FROM event WHERE seq = ?')
    this.page = db.prepare('SELECT * FROM event WHERE seq > ? ORDER BY seq LIMIT ?')
    this.nextSeq = db.prepare<[], number>('SELECT coalesce(max(seq), 0) + 1 FROM event').pluck()
    this.topSeq = db.prepare<[], number | null>('SELECT max(seq) FROM event').pluck()
    this.known = this.topSeq.get() ?? 0
  }

  /**
   * Inside a write transaction: whether another connection committed since this one last looked. Every
   * engine action appends an event, so the newest seq moving on is the sign; reading it costs one seek,
   * where PRAGMA data_version costs several times more on a path run once per scan.
   */
  othersAppended(): boolean {
    const top = this.topSeq.get() ?? 0
    const moved = top !== this.known
    this.known = top
    return moved
  }

  /** After a rollback, what this connection believed it wrote is gone: look again. */
  resync(): void {
    this.known = this.topSeq.get() ?? 0
  }

  /** Appends made with other statements (the scan loop's) report their seq here. */
  appended(seq: number): void {
    this.known = seq
  }

  private values(e: NewEvent): unknown[] {
    return [
      e.at,
      this.station(),
      e.operator,
      e.device ?? null,
      e.type,
      e.code ?? null,
      e.outcome ?? null,
      e.reason ?? null,
      e.receptacle ?? null,
      e.ref ?? null,
      e.detail ? JSON.stringify(e.detail) : null,
    ]
  }

  /** Appends inside the caller's transaction; returns the new event's seq. */
  append(e: NewEvent): number {
    const seq = Number(this.insert.run(...this.values(e)).lastInsertRowid)
    this.known = seq
    return seq
  }

  /**
   * The seq the next append will get, for work that must reference its own event before it can write it
   * (an import counts what it did into the event). Only meaningful inside a write transaction.
   */
  peekNextSeq(): number {
    return this.nextSeq.get() ?? 1
  }

  appendAt(seq: number, e: NewEvent): number {
    this.insertAt.run(seq, ...this.values(e))
    this.known = seq
    return seq
  }

  get(seq: number): StationEvent | null {
    const row = this.byseq.get(seq)
    return row ? toStationEvent(row) : null
  }

  list(after: number, limit: number): StationEvent[] {
    return this.page.all(after, limit).map(toStationEvent)
  }

  /** The contract shape of an event just appended, without reading it back. */
  shape(seq: number, e: NewEvent): StationEvent {
    return {
      seq,
      at: e.at,
      station: this.station(),
      operator: e.operator,
      device: e.device ?? null,
      type: e.type,
      code: e.code ?? null,
      outcome: e.outcome ?? null,
      reason: e.reason ?? null,
      receptacle: e.receptacle ?? null,
      ref: e.ref ?? null,
      detail: e.detail ?? null,
    }
  }
}
