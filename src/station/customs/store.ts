// The customs rows: the queue of presented items, decisions, the holds the scan path reads, the UPU item
// events customs produces, and what the detail of one item gathers from the rest of the manifest.
import { REFUSED_OUTCOMES_SQL } from '../migrations/0008-refused-scans'
import type { Database, Statement } from 'better-sqlite3'
import type {
  CustomsDecision,
  CustomsDecisionKind,
  CustomsDirection,
  CustomsItem,
  CustomsState,
  HoldKind,
} from '../../api/customs'
import { toStationEvent, type EventRow } from '../store/rows'
import type { StationEvent } from '../types'

export interface ItemRow {
  id: string
  mail_class: string | null
  destination_country: string | null
  destination_office: string | null
  weight_kg: number | null
  contents_type: string | null
  sender: string | null
  addressee: string | null
  pre_advised: number
  ead: number
  do_not_load: number
}

export interface PresentationRow {
  item_id: string
  direction: CustomsDirection
  state: CustomsState
  presented_at: string
  presented_by: string
  presented_seq: number
  last_decision: number | null
  destination_country: string | null
  destination_office: string | null
  /** The reason of the item's open hold. */
  hold: string | null
}

interface DecisionRow {
  id: number
  item_id: string
  decision: CustomsDecisionKind
  kind: HoldKind | null
  reason: string | null
  note: string | null
  duty_amount: number | null
  duty_currency: string | null
  payment_ref: string | null
  paid_at: string | null
  decided_by: string
  decided_at: string
  seq: number
  item_event: string
  item_event_reason: string | null
}

export interface NewDecision {
  itemId: string
  decision: CustomsDecisionKind
  kind: HoldKind | null
  reason: string | null
  note: string | null
  dutyAmount: number | null
  dutyCurrency: string | null
  decidedBy: string
  decidedAt: string
  seq: number
  itemEvent: string
  itemEventReason: string | null
}

export interface QueueQuery {
  state: CustomsState | null
  destination: string | null
  /** Presented at or before this time. */
  before: string | null
  /** -1: no limit. */
  limit: number
}

export interface HeldMember {
  item_id: string
  reason: string
  dispatch_id: string
  serial: number
  /** Where the item is, for what to do about it (CustomsService.heldRefusal). */
  handle: number
  receptacle_state: 'open' | 'closed'
  /** 'closed' once its dispatch closed: the PREDES advised the receptacle as it is. */
  dispatch_state: 'open' | 'closed'
  /** The item's customs state (held, returned, seized…); null for a hold from before the customs queue. */
  decision: string | null
}

const PRESENTATION = `
  SELECT p.item_id, p.direction, p.state, p.presented_at, p.presented_by, p.presented_seq, p.last_decision,
    i.destination_country, i.destination_office,
    (SELECT h.reason FROM hold h WHERE h.item_id = p.item_id AND h.lifted_seq IS NULL ORDER BY h.id LIMIT 1)
      AS hold
  FROM customs_presentation p JOIN item i ON i.id = p.item_id`

const DECISION = `
  SELECT d.id, d.item_id, d.decision, d.kind, d.reason, d.note, d.duty_amount, d.duty_currency, d.payment_ref,
    (SELECT e.at FROM event e WHERE e.seq = d.paid_seq) AS paid_at, d.decided_by, d.decided_at, d.seq,
    d.item_event, d.item_event_reason
  FROM customs_decision d`

export function toDecision(row: DecisionRow): CustomsDecision {
  return {
    id: row.id,
    itemId: row.item_id,
    decision: row.decision,
    kind: row.kind,
    reason: row.reason,
    note: row.note,
    duty:
      row.duty_amount === null || row.duty_currency === null
        ? null
        : { amount: row.duty_amount, currency: row.duty_currency },
    paymentReference: row.payment_ref,
    paidAt: row.paid_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    seq: row.seq,
    itemEvent: row.item_event,
    itemEventReason: row.item_event_reason,
  }
}

export class CustomsStore {
  private readonly itemRow: Statement<[string], ItemRow>
  private readonly insertItemRow: Statement<[string, string | null, number]>
  private readonly presentationOf: Statement<[string], PresentationRow>
  private readonly upsertPresentation: Statement
  private readonly updateState: Statement<[CustomsState, number, string]>
  private readonly queueRows: Statement<QueueQuery, PresentationRow>
  private readonly insertDecision: Statement<NewDecision>
  private readonly decisionById: Statement<[number], DecisionRow>
  private readonly decisionsOfItem: Statement<[string], DecisionRow>
  private readonly unpaidDuty: Statement<[string], DecisionRow>
  private readonly markPaid: Statement<[string, number, number]>
  private readonly openHoldOf: Statement<[string], { id: number; reason: string }>
  private readonly liftHoldRow: Statement<[number, number]>
  private readonly placeHoldRow: Statement<[string, string, number, number]>
  private readonly holdsOfItem: Statement<
    [string],
    { reason: string; placed_seq: number; lifted_seq: number | null }
  >
  private readonly insertItemEvent: Statement
  private readonly itemEventsOf: Statement<[string], CustomsItem['itemEvents'][number]>
  private readonly receptacleOf: Statement<
    [string],
    {
      handle: number
      dispatch: string
      serial: number
      destination: string
      state: 'open' | 'closed'
      receptacleId: string | null
    }
  >
  private readonly historyOf: Statement<{ id: string }, EventRow>
  private readonly heldIn: Statement<[string], HeldMember>

  constructor(db: Database) {
    this.itemRow = db.prepare(
      `SELECT id, mail_class, destination_country, destination_office, weight_kg, contents_type, sender,
         addressee, pre_advised, ead, do_not_load FROM item WHERE id = ?`,
    )
    this.insertItemRow = db.prepare('INSERT INTO item (id, mail_class, created_seq) VALUES (?, ?, ?)')
    this.presentationOf = db.prepare(`${PRESENTATION} WHERE p.item_id = ?`)
    this.upsertPresentation = db.prepare(
      `INSERT INTO customs_presentation (item_id, direction, state, presented_at, presented_by, presented_seq)
       VALUES (@itemId, @direction, 'presented', @at, @by, @seq)
       ON CONFLICT (item_id) DO UPDATE SET state = 'presented', presented_at = excluded.presented_at,
         presented_by = excluded.presented_by, presented_seq = excluded.presented_seq`,
    )
    this.updateState = db.prepare(
      'UPDATE customs_presentation SET state = ?, last_decision = ? WHERE item_id = ?',
    )
    this.queueRows = db.prepare(
      `${PRESENTATION}
       WHERE (@state IS NULL OR p.state = @state)
         AND (@destination IS NULL OR i.destination_office = @destination
              OR coalesce(i.destination_country, substr(i.destination_office, 1, 2)) = @destination)
         AND (@before IS NULL OR p.presented_at <= @before)
       ORDER BY p.presented_at, p.presented_seq LIMIT @limit`,
    )
    this.insertDecision = db.prepare(
      `INSERT INTO customs_decision (item_id, decision, kind, reason, note, duty_amount, duty_currency,
         decided_by, decided_at, seq, item_event, item_event_reason)
       VALUES (@itemId, @decision, @kind, @reason, @note, @dutyAmount, @dutyCurrency, @decidedBy, @decidedAt,
         @seq, @itemEvent, @itemEventReason)`,
    )
    this.decisionById = db.prepare(`${DECISION} WHERE d.id = ?`)
    this.decisionsOfItem = db.prepare(`${DECISION} WHERE d.item_id = ? ORDER BY d.id`)
    this.unpaidDuty = db.prepare(
      `${DECISION} WHERE d.item_id = ? AND (d.duty_amount IS NOT NULL OR d.kind = 'duty_payable')
       ORDER BY d.id DESC LIMIT 1`,
    )
    this.markPaid = db.prepare('UPDATE customs_decision SET payment_ref = ?, paid_seq = ? WHERE id = ?')
    this.openHoldOf = db.prepare(
      'SELECT id, reason FROM hold WHERE item_id = ? AND lifted_seq IS NULL ORDER BY id LIMIT 1',
    )
    this.liftHoldRow = db.prepare('UPDATE hold SET lifted_seq = ? WHERE id = ?')
    this.placeHoldRow = db.prepare(
      'INSERT INTO hold (item_id, reason, placed_seq, decision) VALUES (?, ?, ?, ?)',
    )
    this.holdsOfItem = db.prepare(
      'SELECT reason, placed_seq, lifted_seq FROM hold WHERE item_id = ? ORDER BY id',
    )
    this.insertItemEvent = db.prepare(
      `INSERT INTO item_event (item_id, code, at, office, receptacle, reason, seq)
       VALUES (@itemId, @code, @at, @office, @receptacle, @reason, @seq)`,
    )
    this.itemEventsOf = db.prepare(
      'SELECT code, at, office, receptacle, reason, seq FROM item_event WHERE item_id = ? ORDER BY id',
    )
    this.receptacleOf = db.prepare(
      `SELECT r.handle, r.dispatch_id AS dispatch, r.serial, d.destination, r.state,
         r.receptacle_id AS receptacleId
       FROM membership m JOIN receptacle r ON r.handle = m.receptacle JOIN dispatch d ON d.id = r.dispatch_id
       WHERE m.item_id = ? AND m.removed_seq IS NULL`,
    )
    // Every event about the item, found through the rows that point at them: no scan of the whole log.
    this.historyOf = db.prepare(
      `SELECT * FROM event WHERE seq IN (
         SELECT seq FROM membership WHERE item_id = @id
         UNION SELECT removed_seq FROM membership WHERE item_id = @id AND removed_seq IS NOT NULL
         UNION SELECT seq FROM item_event WHERE item_id = @id
         UNION SELECT paid_seq FROM customs_decision WHERE item_id = @id AND paid_seq IS NOT NULL
         UNION SELECT created_seq FROM item WHERE id = @id
         UNION SELECT seq FROM event WHERE code = @id AND outcome IN ${REFUSED_OUTCOMES_SQL}
         UNION SELECT seq FROM ead_referral WHERE item_id = @id
         UNION SELECT answered_seq FROM ead_referral WHERE item_id = @id AND answered_seq IS NOT NULL)
       ORDER BY seq`,
    )
    // Items held by customs in the receptacles of these dispatches that no consignment has taken yet.
    this.heldIn = db.prepare(
      `SELECT m.item_id, h.reason, r.dispatch_id, r.serial, r.handle, r.state AS receptacle_state,
         d.state AS dispatch_state, p.state AS decision
       FROM receptacle r
       JOIN dispatch d ON d.id = r.dispatch_id
       JOIN membership m ON m.receptacle = r.handle AND m.removed_seq IS NULL
       JOIN hold h ON h.item_id = m.item_id AND h.lifted_seq IS NULL
       LEFT JOIN customs_presentation p ON p.item_id = m.item_id
       WHERE r.dispatch_id IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM consignment_receptacle c WHERE c.receptacle = r.handle)
       GROUP BY m.item_id ORDER BY r.dispatch_id, r.serial, m.seq`,
    )
  }

  item(itemId: string): ItemRow | null {
    return this.itemRow.get(itemId) ?? null
  }

  addItem(itemId: string, mailClass: string | null, seq: number): void {
    this.insertItemRow.run(itemId, mailClass, seq)
  }

  presentation(itemId: string): PresentationRow | null {
    return this.presentationOf.get(itemId) ?? null
  }

  present(p: { itemId: string; direction: CustomsDirection; at: string; by: string; seq: number }): void {
    this.upsertPresentation.run(p)
  }

  setState(itemId: string, state: CustomsState, decision: number): void {
    this.updateState.run(state, decision, itemId)
  }

  queue(q: QueueQuery): PresentationRow[] {
    return this.queueRows.all(q)
  }

  iterateQueue(q: QueueQuery): IterableIterator<PresentationRow> {
    return this.queueRows.iterate(q)
  }

  addDecision(d: NewDecision): number {
    return Number(this.insertDecision.run(d).lastInsertRowid)
  }

  decision(id: number): CustomsDecision | null {
    const row = this.decisionById.get(id)
    return row ? toDecision(row) : null
  }

  decisions(itemId: string): CustomsDecision[] {
    return this.decisionsOfItem.all(itemId).map(toDecision)
  }

  /** The latest decision that made duty payable on the item, paid or not. */
  dutyDecision(itemId: string): CustomsDecision | null {
    const row = this.unpaidDuty.get(itemId)
    return row ? toDecision(row) : null
  }

  paid(decision: number, reference: string, seq: number): void {
    this.markPaid.run(reference, seq, decision)
  }

  openHold(itemId: string): { id: number; reason: string } | null {
    return this.openHoldOf.get(itemId) ?? null
  }

  liftHold(id: number, seq: number): void {
    this.liftHoldRow.run(seq, id)
  }

  placeHold(itemId: string, reason: string, seq: number, decision: number): void {
    this.placeHoldRow.run(itemId, reason, seq, decision)
  }

  holds(itemId: string): CustomsItem['holds'] {
    return this.holdsOfItem.all(itemId).map((h) => ({
      reason: h.reason,
      placedSeq: h.placed_seq,
      liftedSeq: h.lifted_seq,
      open: h.lifted_seq === null,
    }))
  }

  itemEvent(e: {
    itemId: string
    code: string
    at: string
    office: string
    receptacle: string | null
    reason: string | null
    seq: number
  }): void {
    this.insertItemEvent.run(e)
  }

  itemEvents(itemId: string): CustomsItem['itemEvents'] {
    return this.itemEventsOf.all(itemId)
  }

  receptacle(itemId: string): CustomsItem['receptacle'] {
    return this.receptacleOf.get(itemId) ?? null
  }

  history(itemId: string): StationEvent[] {
    return this.historyOf.all({ id: itemId }).map(toStationEvent)
  }

  heldInDispatches(dispatchIds: readonly string[]): HeldMember[] {
    return this.heldIn.all(JSON.stringify(dispatchIds))
  }
}
