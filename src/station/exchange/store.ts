// The office of exchange's rows: dispatch totals, what each receptacle holds, item events, messages in
// and out, partners, consignments and the custody reports partners send back.
import type { Database, Statement } from 'better-sqlite3'
import type { Consignment, DispatchSummary, Message, Partner } from '../../api/exchange'

interface SummaryRow {
  id: string
  origin: string
  destination: string
  category: string
  subclass: string
  year: number
  number: number
  state: 'open' | 'closed'
  receptacles: number
  open_receptacles: number
  registered_receptacles: number
  items: number
  weight_kg: number
  highest_serial: number | null
  opened_at: string
  closed_at: string | null
}

export interface DispatchReceptacleRow {
  handle: number
  serial: number
  state: 'open' | 'closed'
  receptacle_id: string | null
  weight_kg: number | null
  registered: number | null
  highest: number | null
  closed_at: string | null
  items: number
}

interface MessageRow {
  id: number
  direction: 'in' | 'out'
  type: string
  partner: string | null
  subject: string | null
  control_ref: string | null
  file: string | null
  state: Message['state']
  reason: string | null
  content: string
  resend_of: number | null
  created_at: string
  created_by: string
}

interface ConsignmentRow {
  id: string
  origin: string
  destination: string
  category: string
  carrier: string
  transport: string
  closed_at: string
  closed_by: string
  status: string | null
  status_at: string | null
  receptacles: number
  weight_kg: number
}

/** An item event as stored, with its UTC time. */
export interface EventRow {
  item_id: string
  code: string
  at: string
  office: string
  receptacle: string | null
  reason: string | null
}

export interface NewMessage {
  direction: 'in' | 'out'
  type: string
  partner: string | null
  subject: string | null
  controlRef: string | null
  file: string | null
  state: Message['state']
  reason: string | null
  content: string
  resendOf?: number | null
  at: string
  by: string
}

const SUMMARY = `
  SELECT d.id, d.origin, d.destination, d.category, d.subclass, d.year, d.number, d.state, d.opened_at,
    d.closed_at, d.highest_serial,
    (SELECT count(*) FROM receptacle r WHERE r.dispatch_id = d.id) AS receptacles,
    (SELECT count(*) FROM receptacle r WHERE r.dispatch_id = d.id AND r.state = 'open') AS open_receptacles,
    (SELECT count(*) FROM receptacle r WHERE r.dispatch_id = d.id AND r.registered = 1) AS registered_receptacles,
    (SELECT count(*) FROM membership m JOIN receptacle r ON r.handle = m.receptacle
       WHERE r.dispatch_id = d.id AND m.removed_seq IS NULL) AS items,
    (SELECT coalesce(sum(r.weight_kg), 0) FROM receptacle r WHERE r.dispatch_id = d.id) AS weight_kg
  FROM dispatch d`

const CONSIGNMENT = `
  SELECT c.*, count(r.handle) AS receptacles, coalesce(sum(r.weight_kg), 0) AS weight_kg
  FROM consignment c
  LEFT JOIN consignment_receptacle cr ON cr.consignment = c.id
  LEFT JOIN receptacle r ON r.handle = cr.receptacle`

function toSummary(r: SummaryRow): DispatchSummary {
  return {
    id: r.id,
    origin: r.origin,
    destination: r.destination,
    category: r.category,
    subclass: r.subclass,
    year: r.year,
    number: r.number,
    state: r.state,
    receptacles: r.receptacles,
    openReceptacles: r.open_receptacles,
    registeredReceptacles: r.registered_receptacles,
    items: r.items,
    weightKg: Math.round(r.weight_kg * 10) / 10,
    highestSerial: r.highest_serial,
    openedAt: r.opened_at,
    closedAt: r.closed_at,
  }
}

export function toMessage(r: MessageRow): Message {
  return {
    id: r.id,
    direction: r.direction,
    type: r.type,
    partner: r.partner,
    subject: r.subject,
    controlRef: r.control_ref,
    file: r.file,
    state: r.state,
    reason: r.reason,
    resendOf: r.resend_of,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }
}

function toConsignment(r: ConsignmentRow): Consignment {
  return {
    id: r.id,
    origin: r.origin,
    destination: r.destination,
    category: r.category,
    carrier: r.carrier,
    transport: JSON.parse(r.transport) as Consignment['transport'],
    receptacles: r.receptacles,
    weightKg: Math.round(r.weight_kg * 10) / 10,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    status: r.status,
    statusAt: r.status_at,
  }
}

export class ExchangeStore {
  private readonly summaryById: Statement<[string], SummaryRow>
  private readonly summaries: Statement<[], SummaryRow>
  private readonly summariesIn: Statement<[string], SummaryRow>
  private readonly receptaclesOf: Statement<[string], DispatchReceptacleRow>
  private readonly itemsOf: Statement<[string], { handle: number; item_id: string }>
  private readonly markDispatch: Statement
  private readonly insertItemEvent: Statement
  private readonly insertMessage: Statement
  private readonly updateMessage: Statement
  private readonly messageById: Statement<[number], MessageRow>
  private readonly messagesRecent: Statement<[number], MessageRow>
  private readonly messagesDir: Statement<[string, number], MessageRow>
  private readonly partnerRows: Statement<
    [],
    {
      id: string
      kind: Partner['kind']
      name: string | null
      edi_id: string
      edi_qualifier: string | null
    }
  >
  private readonly upsertPartner: Statement
  private readonly insertConsignment: Statement
  private readonly insertConsigned: Statement
  private readonly consignmentById: Statement<[string], ConsignmentRow>
  private readonly consignmentsRecent: Statement<[number], ConsignmentRow>
  private readonly consignedIn: Statement<[string], { receptacle: number; consignment: string }>
  private readonly consignmentCount: Statement<[string], number>
  private readonly insertReport: Statement
  private readonly setConsignmentStatus: Statement
  private readonly firstScans: Statement<[number], EventRow>
  private readonly eventAt: Statement<[number], string | undefined>
  private readonly topSeq: Statement<[], number | null>
  private readonly laterEvents: Statement<[string], EventRow>
  private readonly openOfSeries: Statement<[string, string, string, string], string>
  private readonly writtenOut: Statement<[], MessageRow>
  private readonly lastOfType: Statement<[string], string | undefined>
  private readonly relabelRow: Statement<[string, number]>
  private readonly unconfirmed: Statement<
    [string],
    { receptacle_id: string; dispatch_id: string; destination: string; closed_at: string }
  >

  constructor(private readonly db: Database) {
    this.summaryById = db.prepare(`${SUMMARY} WHERE d.id = ?`)
    this.summaries = db.prepare(`${SUMMARY} ORDER BY d.opened_at DESC, d.id DESC LIMIT 500`)
    this.summariesIn = db.prepare(
      `${SUMMARY} WHERE d.state = ? ORDER BY d.opened_at DESC, d.id DESC LIMIT 500`,
    )
    this.receptaclesOf = db.prepare(
      `SELECT r.handle, r.serial, r.state, r.receptacle_id, r.weight_kg, r.registered, r.highest, r.closed_at,
         (SELECT count(*) FROM membership m WHERE m.receptacle = r.handle AND m.removed_seq IS NULL) AS items
       FROM receptacle r WHERE r.dispatch_id = ? ORDER BY r.serial`,
    )
    this.itemsOf = db.prepare(
      `SELECT m.receptacle AS handle, m.item_id FROM membership m JOIN receptacle r ON r.handle = m.receptacle
       WHERE r.dispatch_id = ? AND m.removed_seq IS NULL ORDER BY m.receptacle, m.seq`,
    )
    this.markDispatch = db.prepare(
      `UPDATE dispatch SET state = 'closed', closed_at = coalesce(closed_at, @at), highest_serial = @highest,
         closed_by = @by WHERE id = @id`,
    )
    this.insertItemEvent = db.prepare(
      `INSERT INTO item_event (item_id, code, at, office, receptacle, reason, seq) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    this.insertMessage = db.prepare(
      `INSERT INTO message (direction, type, partner, subject, control_ref, file, state, reason, content, resend_of,
         created_at, created_by)
       VALUES (@direction, @type, @partner, @subject, @controlRef, @file, @state, @reason, @content, @resendOf, @at,
         @by)`,
    )
    this.updateMessage = db.prepare(
      `UPDATE message SET state = @state, reason = @reason, file = @file, control_ref = @controlRef,
         content = @content WHERE id = @id`,
    )
    this.messageById = db.prepare('SELECT * FROM message WHERE id = ?')
    this.messagesRecent = db.prepare('SELECT * FROM message ORDER BY id DESC LIMIT ?')
    this.messagesDir = db.prepare('SELECT * FROM message WHERE direction = ? ORDER BY id DESC LIMIT ?')
    this.partnerRows = db.prepare('SELECT * FROM partner ORDER BY id')
    this.upsertPartner = db.prepare(
      `INSERT INTO partner (id, kind, name, edi_id, edi_qualifier, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, edi_id = excluded.edi_id,
         edi_qualifier = excluded.edi_qualifier`,
    )
    this.insertConsignment = db.prepare(
      `INSERT INTO consignment (id, origin, destination, category, carrier, transport, closed_at, closed_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    this.insertConsigned = db.prepare(
      'INSERT INTO consignment_receptacle (consignment, receptacle) VALUES (?, ?)',
    )
    this.consignmentById = db.prepare(`${CONSIGNMENT} WHERE c.id = ? GROUP BY c.id`)
    this.consignmentsRecent = db.prepare(`${CONSIGNMENT} GROUP BY c.id ORDER BY c.closed_at DESC LIMIT ?`)
    this.consignedIn = db.prepare(
      `SELECT cr.receptacle, cr.consignment FROM consignment_receptacle cr
       JOIN receptacle r ON r.handle = cr.receptacle WHERE r.dispatch_id = ?`,
    )
    this.consignmentCount = db
      .prepare<[string], number>(`SELECT count(*) FROM consignment WHERE id LIKE ? || '%'`)
      .pluck()
    this.insertReport = db.prepare(
      `INSERT INTO receptacle_report (receptacle_id, source, code, at, location, message) VALUES (?, ?, ?, ?, ?, ?)`,
    )
    this.setConsignmentStatus = db.prepare(
      `UPDATE consignment SET status = ?, status_at = ? WHERE id = ? AND (status_at IS NULL OR status_at <= ?)`,
    )
    // EMB: an item's first accepted scan at this office of exchange.
    this.firstScans = db.prepare(
      `SELECT m.item_id, 'EMB' AS code, e.at, e.station AS office, r.receptacle_id AS receptacle, NULL AS reason
       FROM membership m JOIN event e ON e.seq = m.seq JOIN receptacle r ON r.handle = m.receptacle
       WHERE m.seq >= ? AND NOT EXISTS (SELECT 1 FROM membership m2 WHERE m2.item_id = m.item_id AND m2.seq < m.seq)`,
    )
    this.openOfSeries = db
      .prepare<[string, string, string, string], string>(
        `SELECT id FROM dispatch WHERE origin = ? AND destination = ? AND category = ? AND subclass = ?
           AND state = 'open' ORDER BY year DESC, number DESC LIMIT 1`,
      )
      .pluck()
    this.writtenOut = db.prepare(
      `SELECT * FROM message WHERE direction = 'out' AND state = 'written' AND file IS NOT NULL ORDER BY id`,
    )
    this.lastOfType = db
      .prepare<[string], string | undefined>(
        `SELECT created_at FROM message WHERE direction = 'out' AND type = ? ORDER BY id DESC LIMIT 1`,
      )
      .pluck()
    this.relabelRow = db.prepare(`UPDATE receptacle SET receptacle_id = ?, highest = 1 WHERE handle = ?`)
    this.eventAt = db.prepare<[number], string | undefined>('SELECT at FROM event WHERE seq = ?').pluck()
    this.topSeq = db.prepare<[], number | null>('SELECT max(seq) FROM event').pluck()
    this.laterEvents = db.prepare(
      `SELECT item_id, code, at, office, receptacle, reason FROM item_event WHERE at >= ? ORDER BY id`,
    )
    // Receptacles of closed dispatches, closed before the cut-off, that no partner has reported on.
    this.unconfirmed = db.prepare(
      `SELECT r.receptacle_id, r.dispatch_id, d.destination, d.closed_at FROM receptacle r
       JOIN dispatch d ON d.id = r.dispatch_id
       WHERE d.state = 'closed' AND d.closed_at <= ? AND r.receptacle_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM receptacle_report rr WHERE rr.receptacle_id = r.receptacle_id)
       ORDER BY d.closed_at, r.receptacle_id LIMIT 5000`,
    )
  }

  summary(id: string): DispatchSummary | null {
    const row = this.summaryById.get(id)
    return row ? toSummary(row) : null
  }

  list(state: 'open' | 'closed' | 'all'): DispatchSummary[] {
    return (state === 'all' ? this.summaries.all() : this.summariesIn.all(state)).map(toSummary)
  }

  /** The open dispatch of a series, if any. */
  openDispatch(origin: string, destination: string, category: string, subclass: string): string | null {
    return this.openOfSeries.get(origin, destination, category, subclass) ?? null
  }

  receptacles(dispatchId: string): DispatchReceptacleRow[] {
    return this.receptaclesOf.all(dispatchId)
  }

  /** Every item of the dispatch by receptacle handle, in scan order. */
  items(dispatchId: string): Map<number, string[]> {
    const byHandle = new Map<number, string[]>()
    for (const row of this.itemsOf.iterate(dispatchId)) {
      let list = byHandle.get(row.handle)
      if (!list) byHandle.set(row.handle, (list = []))
      list.push(row.item_id)
    }
    return byHandle
  }

  /** The receptacle becomes the highest of its dispatch: its S9 changes at position 24. */
  relabelHighest(handle: number, receptacleId: string): void {
    this.relabelRow.run(receptacleId, handle)
  }

  markClosed(id: string, at: string, highest: number, by: string): void {
    this.markDispatch.run({ id, at, highest, by })
  }

  itemEvent(
    itemId: string,
    code: string,
    at: string,
    office: string,
    receptacle: string | null,
    seq: number,
  ): void {
    this.insertItemEvent.run(itemId, code, at, office, receptacle, null, seq)
  }

  addMessage(m: NewMessage): Message {
    const id = Number(this.insertMessage.run({ ...m, resendOf: m.resendOf ?? null }).lastInsertRowid)
    return this.message(id)!
  }

  saveMessage(
    id: number,
    change: {
      state: Message['state']
      reason: string | null
      file: string | null
      controlRef: string | null
      content: string
    },
  ): Message {
    this.updateMessage.run({ id, ...change })
    return this.message(id)!
  }

  message(id: number): Message | null {
    const row = this.messageById.get(id)
    return row ? toMessage(row) : null
  }

  content(id: number): string | null {
    return this.messageById.get(id)?.content ?? null
  }

  messages(direction: 'in' | 'out' | 'all', limit: number): Message[] {
    const rows = direction === 'all' ? this.messagesRecent.all(limit) : this.messagesDir.all(direction, limit)
    return rows.map(toMessage)
  }

  /** Outgoing messages still waiting in an outbox folder. */
  waitingInOutbox(): Message[] {
    return this.writtenOut.all().map(toMessage)
  }

  /** When the last outgoing message of a type was made, if ever. */
  lastOut(type: string): string | null {
    return this.lastOfType.get(type) ?? null
  }

  partners(): Partner[] {
    return this.partnerRows.all().map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      ediId: r.edi_id,
      ediQualifier: r.edi_qualifier,
    }))
  }

  savePartner(p: Partner, at: string): void {
    this.upsertPartner.run(p.id, p.kind, p.name, p.ediId, p.ediQualifier, at)
  }

  consignments(limit: number): Consignment[] {
    return this.consignmentsRecent.all(limit).map(toConsignment)
  }

  consignment(id: string): Consignment | null {
    const row = this.consignmentById.get(id)
    return row ? toConsignment(row) : null
  }

  consignedOf(dispatchId: string): Map<number, string> {
    return new Map(this.consignedIn.all(dispatchId).map((r) => [r.receptacle, r.consignment]))
  }

  /** Consignments already numbered with this prefix (the next number follows). */
  countWithPrefix(prefix: string): number {
    return this.consignmentCount.get(prefix) ?? 0
  }

  addConsignment(
    c: Omit<Consignment, 'receptacles' | 'weightKg' | 'status' | 'statusAt'>,
    handles: number[],
  ): void {
    this.insertConsignment.run(
      c.id,
      c.origin,
      c.destination,
      c.category,
      c.carrier,
      JSON.stringify(c.transport),
      c.closedAt,
      c.closedBy,
    )
    for (const h of handles) this.insertConsigned.run(c.id, h)
  }

  report(
    receptacleId: string,
    source: 'RESDIT' | 'RESCON' | 'RESDES',
    code: string,
    at: string,
    location: string | null,
    message: number,
  ): void {
    this.insertReport.run(receptacleId, source, code, at, location, message)
  }

  consignmentStatus(id: string, status: string, at: string): void {
    this.setConsignmentStatus.run(status, at, id, at)
  }

  /** Item events since a UTC time, oldest first; times stay UTC here. */
  itemEventsSince(since: string): EventRow[] {
    const scans = this.firstScans.all(this.firstSeqAt(since)).filter((r) => r.at >= since)
    const all = [...scans, ...this.laterEvents.all(since)]
    return all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  }

  /**
   * The first event at or after a time, by binary search over the log (appended in time order, so seq and
   * time rise together); a few rowid lookups instead of an index on every scan's time.
   */
  private firstSeqAt(since: string): number {
    let lo = 1
    let hi = (this.topSeq.get() ?? 0) + 1
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2)
      const at = this.eventAt.get(mid)
      if (at !== undefined && at >= since) hi = mid
      else lo = mid + 1
    }
    return lo
  }

  unconfirmedSince(cutOff: string) {
    return this.unconfirmed.all(cutOff)
  }
}
