// The SQL of advance data. Rows of an import are tagged with its batch; every read here joins
// advance_batch and sees only published batches, so an import is all or nothing to every reader.
import type { Database, Statement } from 'better-sqlite3'
import type { AdvanceItemView, AdvanceReport } from '../../api/advance'
import type {
  AdvanceItem,
  Assessment,
  Category,
  DataStatus,
  EadStatus,
  Finding,
  ReferralStatus,
} from '../../core/customs'

/** An item's newest published advance row: the batch published last (highest seq) wins. */
export const NEWEST_PUBLISHED = `(SELECT x.id FROM advance_item x JOIN advance_batch b ON b.id = x.batch
  WHERE x.item_id = q.id AND b.state = 'published' ORDER BY b.seq DESC LIMIT 1)`
/** An item's newest open referral. */
export const OPEN_REFERRAL = `(SELECT max(y.id) FROM ead_referral y WHERE y.item_id = q.id AND y.closed_seq IS NULL)`

export interface BatchRow {
  id: number
  file: string
  format: 'xml' | 'csv'
  state: 'importing' | 'published' | 'failed'
  pid: number | null
  operator: string
  started_at: string
  finished_at: string | null
  first_item: number | null
  items: number
  bytes: number | null
  seq: number | null
  report: string | null
}

interface StoredItem {
  id: number
  batch: number
  item_id: string
  mail_class: string | null
  category: Category | null
  gift: number | null
  total_value: number | null
  currency: string | null
  total_weight_kg: number | null
  postal_charges: number | null
  postal_charges_currency: string | null
  origin_country: string | null
  destination_country: string | null
  needs_ead: number
  status: DataStatus
  reason: string | null
  findings: string | null
  file: string
  finished_at: string
  [party: string]: unknown
}

interface LineRow {
  description: string | null
  quantity: number | null
  net_weight_kg: number | null
  value: number | null
  currency: string | null
  hs_code: string | null
  origin_country: string | null
}

/** A referral waiting for the origin post's answer (REFRSP). */
export interface OpenReferral {
  id: number
  item_id: string
  status: ReferralStatus
  reason: string | null
  seq: number
  message: number | null
}

/** A dispatch member with what decides whether it may travel. */
export interface MemberEad {
  itemId: string
  destination: string
  known: boolean
  ead: boolean
  doNotLoad: boolean
  eadStatus: EadStatus | null
  eadReason: string | null
}

const PARTY_COLUMNS = ['name', 'address', 'postcode', 'city', 'country', 'phone', 'email', 'tax_id']
const party = (role: string) => PARTY_COLUMNS.map((c) => `${role}_${c}`)
const ITEM_COLUMNS = [
  'batch',
  'item_id',
  'mail_class',
  'category',
  'gift',
  'total_value',
  'currency',
  'total_weight_kg',
  'postal_charges',
  'postal_charges_currency',
  'origin_country',
  'destination_country',
  ...party('sender'),
  ...party('addressee'),
  'needs_ead',
  'status',
  'reason',
  'findings',
]

/** The statements that write an import's rows: on the engine's connection, or in the chunk writer's thread. */
export const ADVANCE_SQL = {
  item: `INSERT INTO advance_item (${ITEM_COLUMNS.join(', ')}) VALUES (${ITEM_COLUMNS.map(() => '?').join(', ')})
         ON CONFLICT (item_id, batch) DO NOTHING`,
  /** The first value is the advance_item id, filled in once the item row has it. */
  line: `INSERT INTO advance_line (item, line, description, quantity, net_weight_kg, value, currency, hs_code, origin_country)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  first: 'UPDATE advance_batch SET first_item = ? WHERE id = ? AND first_item IS NULL',
  /** The destination office a manifest gave an item, for office-level rules. */
  office: 'SELECT destination_office FROM item WHERE id = ?',
  /** Whether an item already has published advance data: the file updates it rather than adds it. */
  known: `SELECT EXISTS (SELECT 1 FROM advance_item x JOIN advance_batch b ON b.id = x.batch
                         WHERE x.item_id = ? AND b.state = 'published')`,
} as const

/** One item as the values of ADVANCE_SQL.item, and its lines as the values of ADVANCE_SQL.line. */
export type ItemRow = [item: unknown[], lines: unknown[][]]

export function itemRow(batch: number, item: AdvanceItem, a: Assessment): ItemRow {
  const s = item.sender
  const r = item.addressee
  const values = [
    batch,
    item.itemId,
    item.mailClass,
    item.category,
    item.gift === null ? null : item.gift ? 1 : 0,
    item.totalValue,
    item.currency,
    item.totalWeightKg,
    item.postalCharges,
    item.postalChargesCurrency,
    item.originCountry,
    item.destinationCountry,
    s.name,
    s.addressLines.length === 0 ? null : s.addressLines.join('\n'),
    s.postcode,
    s.city,
    s.country,
    s.phone,
    s.email,
    s.taxId,
    r.name,
    r.addressLines.length === 0 ? null : r.addressLines.join('\n'),
    r.postcode,
    r.city,
    r.country,
    r.phone,
    r.email,
    r.taxId,
    a.needsEad ? 1 : 0,
    a.status,
    a.reason,
    a.findings.length === 0 ? null : JSON.stringify(a.findings),
  ]
  const lines = item.lines.map((l, i) => [
    0,
    i + 1,
    l.description,
    l.quantity,
    l.netWeightKg,
    l.value,
    l.currency,
    l.hsCode,
    l.originCountry,
  ])
  return [values, lines]
}

export class AdvanceStore {
  private readonly insertBatch: Statement
  private readonly setFirst: Statement
  private readonly insertItem: Statement
  private readonly insertLine: Statement
  private readonly office: Statement<[string], string | null>
  private readonly publishBatch: Statement
  private readonly failBatch: Statement
  private readonly deleteLines: Statement
  private readonly deleteItems: Statement
  private readonly deleteBatch: Statement
  private readonly unfinished: Statement<[], BatchRow>
  private readonly batchById: Statement<[number], BatchRow>
  private readonly current: Statement<[string], StoredItem>
  private readonly lines: Statement<[number], LineRow>
  private readonly referral: Statement<[string], { status: ReferralStatus; reason: string | null }>
  private readonly members: Statement<
    [string],
    [string, string, number, number | null, number | null, EadStatus | null, string | null]
  >
  private readonly insertReferral: Statement
  private readonly unanswered: Statement<[string], OpenReferral>
  private readonly markAnswered: Statement

  constructor(private readonly db: Database) {
    this.insertBatch = db.prepare(
      `INSERT INTO advance_batch (file, format, state, pid, operator, started_at) VALUES (?, ?, 'importing', ?, ?, ?)`,
    )
    this.setFirst = db.prepare(ADVANCE_SQL.first)
    this.insertItem = db.prepare(ADVANCE_SQL.item)
    this.insertLine = db.prepare(ADVANCE_SQL.line)
    this.office = db.prepare<[string], string | null>(ADVANCE_SQL.office).pluck()

    this.publishBatch = db.prepare(
      `UPDATE advance_batch SET state = 'published', pid = NULL, finished_at = ?, items = ?, bytes = ?, seq = ?, report = ?
       WHERE id = ? AND state = 'importing'`,
    )
    this.failBatch = db.prepare(
      `UPDATE advance_batch SET state = 'failed', pid = NULL, finished_at = ? WHERE id = ?`,
    )
    const slice = `SELECT id FROM advance_item WHERE id >= ? AND batch = ? ORDER BY id LIMIT ?`
    this.deleteLines = db.prepare(`DELETE FROM advance_line WHERE item IN (${slice})`)
    this.deleteItems = db.prepare(`DELETE FROM advance_item WHERE id IN (${slice})`)
    this.deleteBatch = db.prepare('DELETE FROM advance_batch WHERE id = ?')
    this.unfinished = db.prepare(`SELECT * FROM advance_batch WHERE state <> 'published' ORDER BY id`)
    this.batchById = db.prepare('SELECT * FROM advance_batch WHERE id = ?')
    this.current = db.prepare(
      `SELECT a.*, b.file, b.finished_at FROM (SELECT ? AS id) AS q
       JOIN advance_item a ON a.id = ${NEWEST_PUBLISHED} JOIN advance_batch b ON b.id = a.batch`,
    )
    this.lines = db.prepare('SELECT * FROM advance_line WHERE item = ? ORDER BY line')
    this.referral = db.prepare(
      `SELECT status, reason FROM ead_referral WHERE item_id = ? AND closed_seq IS NULL ORDER BY id DESC LIMIT 1`,
    )
    this.members = db
      .prepare<
        [string],
        [string, string, number, number | null, number | null, EadStatus | null, string | null]
      >(
        `SELECT q.id, d.destination, i.id IS NOT NULL, i.ead, i.do_not_load,
           coalesce(r.status, a.status), CASE WHEN r.id IS NULL THEN a.reason ELSE r.reason END
         FROM receptacle rc JOIN dispatch d ON d.id = rc.dispatch_id
         JOIN (SELECT item_id AS id, receptacle FROM membership WHERE removed_seq IS NULL) AS q ON q.receptacle = rc.handle
         LEFT JOIN item i ON i.id = q.id
         LEFT JOIN advance_item a ON a.id = ${NEWEST_PUBLISHED}
         LEFT JOIN ead_referral r ON r.id = ${OPEN_REFERRAL}
         WHERE rc.dispatch_id = ?
         ORDER BY rc.serial, q.id`,
      )
      .raw()
    this.insertReferral = db.prepare(
      'INSERT INTO ead_referral (item_id, status, reason, seq, message) VALUES (?, ?, ?, ?, ?)',
    )
    this.unanswered = db.prepare(
      `SELECT id, item_id, status, reason, seq, message FROM ead_referral
       WHERE item_id = ? AND closed_seq IS NULL AND answered_seq IS NULL ORDER BY id`,
    )
    this.markAnswered = db.prepare(
      'UPDATE ead_referral SET answered_seq = @seq, closed_seq = CASE WHEN @close THEN @seq END WHERE id = @id',
    )
  }

  createBatch(file: string, format: 'xml' | 'csv', operator: string, at: string): number {
    return Number(this.insertBatch.run(file, format, process.pid, operator, at).lastInsertRowid)
  }

  /** The destination office a manifest gave an item, for office-level rules. */
  officeOf(itemId: string): string | null {
    return this.office.get(itemId) ?? null
  }

  /** Where the batch's rows start, for deleting them if it fails; set with its first item. */
  markFirst(batch: number, itemRowId: number): void {
    this.setFirst.run(itemRowId, batch)
  }

  /** Writes one item and its lines; returns its row id, or null when the batch already holds the item. */
  writeItem(batch: number, item: AdvanceItem, a: Assessment): number | null {
    const [values, lines] = itemRow(batch, item, a)
    const result = this.insertItem.run(values)
    if (result.changes === 0) return null
    const id = Number(result.lastInsertRowid)
    for (const line of lines) {
      line[0] = id
      this.insertLine.run(line)
    }
    return id
  }

  publish(batch: number, at: string, items: number, bytes: number, seq: number, report: AdvanceReport): void {
    const changed = this.publishBatch.run(at, items, bytes, seq, JSON.stringify(report), batch).changes
    if (changed !== 1) throw new Error(`advance batch ${batch} was not importing any more`)
  }

  markFailed(batch: number, at: string): void {
    this.failBatch.run(at, batch)
  }

  /** Deletes up to `limit` items (and their lines) of an unpublished batch; returns how many. */
  deleteSlice(batch: BatchRow | { id: number; first_item: number | null }, limit: number): number {
    const from = batch.first_item ?? 0
    this.deleteLines.run(from, batch.id, limit)
    return this.deleteItems.run(from, batch.id, limit).changes
  }

  forgetBatch(batch: number): void {
    this.deleteBatch.run(batch)
  }

  unfinishedBatches(): BatchRow[] {
    return this.unfinished.all()
  }

  batch(id: number): BatchRow | undefined {
    return this.batchById.get(id)
  }

  /** `message`: the ITMREF that raised it, when one did. */
  refer(
    itemId: string,
    status: ReferralStatus,
    reason: string | null,
    seq: number,
    message: number | null,
  ): void {
    this.insertReferral.run(itemId, status, reason, seq, message)
  }

  /** The item's referrals still waiting for an answer (open and not answered), oldest first. */
  unansweredReferrals(itemId: string): OpenReferral[] {
    return this.unanswered.all(itemId)
  }

  /** The referral was answered at event `seq`; `close`: the answer also ends it (not a DNL). */
  answered(id: number, seq: number, close: boolean): void {
    this.markAnswered.run({ id, seq, close: close ? 1 : 0 })
  }

  dispatchMembers(dispatchId: string): MemberEad[] {
    return this.members
      .all(dispatchId)
      .map(([itemId, destination, known, ead, dnl, eadStatus, eadReason]) => ({
        itemId,
        destination,
        known: known === 1,
        ead: ead === 1,
        doNotLoad: dnl === 1 || eadStatus === 'dnl',
        eadStatus,
        eadReason,
      }))
  }

  item(itemId: string): AdvanceItemView | null {
    const row = this.current.get(itemId)
    const referral = this.referral.get(itemId) ?? null
    if (!row) return null
    const party = (role: string) => ({
      name: row[`${role}_name`] as string | null,
      addressLines: row[`${role}_address`] === null ? [] : String(row[`${role}_address`]).split('\n'),
      postcode: row[`${role}_postcode`] as string | null,
      city: row[`${role}_city`] as string | null,
      country: row[`${role}_country`] as string | null,
      phone: row[`${role}_phone`] as string | null,
      email: row[`${role}_email`] as string | null,
      taxId: row[`${role}_tax_id`] as string | null,
    })
    return {
      itemId: row.item_id,
      status: referral?.status ?? row.status,
      dataStatus: row.status,
      needsEad: row.needs_ead === 1,
      reason: referral ? referral.reason : row.reason,
      referral,
      batch: row.batch,
      file: row.file,
      importedAt: row.finished_at,
      mailClass: row.mail_class,
      category: row.category,
      gift: row.gift === null ? null : row.gift === 1,
      totalValue: row.total_value,
      currency: row.currency,
      totalWeightKg: row.total_weight_kg,
      postalCharges: row.postal_charges,
      postalChargesCurrency: row.postal_charges_currency,
      originCountry: row.origin_country,
      destinationCountry: row.destination_country,
      sender: party('sender'),
      addressee: party('addressee'),
      lines: this.lines.all(row.id).map((l) => ({
        description: l.description,
        quantity: l.quantity,
        netWeightKg: l.net_weight_kg,
        value: l.value,
        currency: l.currency,
        hsCode: l.hs_code,
        originCountry: l.origin_country,
      })),
      findings: row.findings === null ? [] : (JSON.parse(row.findings) as Finding[]),
    }
  }
}
