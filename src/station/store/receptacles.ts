// Receptacle and dispatch rows: the typed statements the bagging services use.
import type { Database, Statement } from 'better-sqlite3'
import type { DispatchRow, ReceptacleRow } from './rows'

// Counts come from current memberships so that a list or a reload can never disagree with the scans.
const RECEPTACLE_SELECT = `
  SELECT r.handle, r.dispatch_id, r.serial, d.origin, d.destination, d.category, d.subclass, r.state,
    r.weight_limit_kg, r.weight_kg, r.receptacle_id, r.highest, r.registered, r.opened_at, r.opened_by,
    r.closed_at, count(m.seq) AS items,
    coalesce(sum(CAST(round(i.weight_kg * 1000) AS INTEGER)), 0) AS grams, count(i.weight_kg) AS weighed
  FROM receptacle r
  JOIN dispatch d ON d.id = r.dispatch_id
  LEFT JOIN membership m ON m.receptacle = r.handle AND m.removed_seq IS NULL
  LEFT JOIN item i ON i.id = m.item_id`

const DISPATCH_SELECT = `
  SELECT d.*, (SELECT count(*) FROM receptacle r WHERE r.dispatch_id = d.id) AS receptacles FROM dispatch d`

export interface Series {
  origin: string
  destination: string
  category: string
  subclass: string
  year: number
}

export interface NewReceptacle {
  dispatchId: string
  serial: number
  weightLimitKg: number
  openedAt: string
  openedBy: string
}

export interface Closing {
  handle: number
  weightKg: number
  receptacleId: string
  highest: boolean
  registered: boolean
  closedAt: string
  closedBy: string
}

export class ReceptacleStore {
  private readonly one: Statement<[number], ReceptacleRow>
  private readonly inState: Statement<[string], ReceptacleRow>
  private readonly every: Statement<[], ReceptacleRow>
  private readonly openOfDispatch: Statement<[string], ReceptacleRow>
  private readonly insertRow: Statement
  private readonly closeRow: Statement
  private readonly reopenRow: Statement<[number]>
  private readonly consignmentOf: Statement<[number], string>
  private readonly maxSerial: Statement<[string], number>
  private readonly hasRegistered: Statement<[number], number>
  private readonly members: Statement<[number], { itemId: string; seq: number; at: string }>
  private readonly dispatch: Statement<[string], DispatchRow>
  private readonly openDispatch: Statement<unknown[], string>
  private readonly maxNumber: Statement<unknown[], number>
  private readonly insertDispatch: Statement
  private readonly closeDispatchRow: Statement

  constructor(db: Database) {
    this.one = db.prepare(`${RECEPTACLE_SELECT} WHERE r.handle = ? GROUP BY r.handle`)
    this.inState = db.prepare(`${RECEPTACLE_SELECT} WHERE r.state = ? GROUP BY r.handle ORDER BY r.handle`)
    this.every = db.prepare(`${RECEPTACLE_SELECT} GROUP BY r.handle ORDER BY r.handle`)
    this.openOfDispatch = db.prepare(
      `${RECEPTACLE_SELECT} WHERE r.dispatch_id = ? AND r.state = 'open' GROUP BY r.handle ORDER BY r.serial`,
    )
    this.insertRow = db.prepare(
      `INSERT INTO receptacle (dispatch_id, serial, state, weight_limit_kg, opened_at, opened_by)
       VALUES (?, ?, 'open', ?, ?, ?)`,
    )
    this.closeRow = db.prepare(
      `UPDATE receptacle SET state = 'closed', weight_kg = ?, receptacle_id = ?, highest = ?, registered = ?,
         closed_at = ?, closed_by = ?
       WHERE handle = ? AND state = 'open'`,
    )
    // Back to open: what the close gave it (weight, S9, its flags) no longer holds.
    this.reopenRow = db.prepare(
      `UPDATE receptacle SET state = 'open', weight_kg = NULL, receptacle_id = NULL, highest = NULL,
         registered = NULL, closed_at = NULL, closed_by = NULL
       WHERE handle = ? AND state = 'closed'`,
    )
    this.consignmentOf = db
      .prepare<[number], string>('SELECT consignment FROM consignment_receptacle WHERE receptacle = ?')
      .pluck()
    this.maxSerial = db
      .prepare<[string], number>('SELECT coalesce(max(serial), 0) FROM receptacle WHERE dispatch_id = ?')
      .pluck()
    // Registered (R…) and insured (V…) items make the whole receptacle registered.
    this.hasRegistered = db
      .prepare<[number], number>(
        `SELECT EXISTS (SELECT 1 FROM membership WHERE receptacle = ? AND removed_seq IS NULL
           AND substr(item_id, 1, 1) IN ('R', 'V'))`,
      )
      .pluck()
    this.members = db.prepare(
      `SELECT m.item_id AS itemId, m.seq, e.at FROM membership m JOIN event e ON e.seq = m.seq
       WHERE m.receptacle = ? AND m.removed_seq IS NULL ORDER BY m.seq`,
    )
    this.dispatch = db.prepare(`${DISPATCH_SELECT} WHERE d.id = ?`)
    const series = 'origin = ? AND destination = ? AND category = ? AND subclass = ? AND year = ?'
    this.openDispatch = db
      .prepare<unknown[], string>(
        `SELECT id FROM dispatch WHERE ${series} AND state = 'open' ORDER BY number DESC LIMIT 1`,
      )
      .pluck()
    this.maxNumber = db
      .prepare<unknown[], number>(`SELECT coalesce(max(number), 0) FROM dispatch WHERE ${series}`)
      .pluck()
    this.insertDispatch = db.prepare(
      `INSERT INTO dispatch (id, origin, destination, category, subclass, year, number, state, opened_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)`,
    )
    this.closeDispatchRow = db.prepare(
      `UPDATE dispatch SET state = 'closed', closed_at = ? WHERE id = ? AND state = 'open'`,
    )
  }

  get(handle: number): ReceptacleRow | null {
    return this.one.get(handle) ?? null
  }

  list(state: 'open' | 'closed' | 'all'): ReceptacleRow[] {
    return state === 'all' ? this.every.all() : this.inState.all(state)
  }

  openInDispatch(dispatchId: string): ReceptacleRow[] {
    return this.openOfDispatch.all(dispatchId)
  }

  insert(r: NewReceptacle): number {
    const info = this.insertRow.run(r.dispatchId, r.serial, r.weightLimitKg, r.openedAt, r.openedBy)
    return Number(info.lastInsertRowid)
  }

  close(c: Closing): void {
    const info = this.closeRow.run(
      c.weightKg,
      c.receptacleId,
      c.highest ? 1 : 0,
      c.registered ? 1 : 0,
      c.closedAt,
      c.closedBy,
      c.handle,
    )
    if (info.changes !== 1) throw new Error(`receptacle ${c.handle} was not open`)
  }

  reopen(handle: number): void {
    if (this.reopenRow.run(handle).changes !== 1) throw new Error(`receptacle ${handle} was not closed`)
  }

  /** The consignment a receptacle was handed to a carrier in, or null. */
  consignment(handle: number): string | null {
    return this.consignmentOf.get(handle) ?? null
  }

  highestSerial(dispatchId: string): number {
    return this.maxSerial.get(dispatchId) ?? 0
  }

  holdsRegistered(handle: number): boolean {
    return this.hasRegistered.get(handle) === 1
  }

  items(handle: number): Array<{ itemId: string; seq: number; at: string }> {
    return this.members.all(handle)
  }

  getDispatch(id: string): DispatchRow | null {
    return this.dispatch.get(id) ?? null
  }

  openDispatchOf(s: Series): string | null {
    return this.openDispatch.get(s.origin, s.destination, s.category, s.subclass, s.year) ?? null
  }

  highestDispatchNumber(s: Series): number {
    return this.maxNumber.get(s.origin, s.destination, s.category, s.subclass, s.year) ?? 0
  }

  createDispatch(id: string, s: Series, number: number, openedAt: string): void {
    this.insertDispatch.run(id, s.origin, s.destination, s.category, s.subclass, s.year, number, openedAt)
  }

  closeDispatch(id: string, closedAt: string): void {
    this.closeDispatchRow.run(closedAt, id)
  }
}
