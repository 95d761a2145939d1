// The item's advance data (ITMATT) as customs sees it: its declared value for the queue, and the rows the
// station holds about the item for the detail. Those tables belong to the ITMATT import (migration
// 0004-advance-data: advance_item per item and batch, advance_line content lines, ead_referral); this
// reader only looks at what exists, with the columns it needs, so customs works the same before that
// import ships (value null, no advance data) and never breaks on a table it does not know. It reads
// an item's newest published data, as the import defines it: the batch published last.
import type { Database, Statement } from 'better-sqlite3'
import type { DeclaredValue } from '../../api/customs'

export interface AdvanceData {
  value: DeclaredValue | null
  /** Table name → the item's rows, as stored. */
  records: Record<string, Array<Record<string, unknown>>>
}

export interface AdvanceSource {
  /** The declared value of an item, null when no advance data says. */
  value(itemId: string): DeclaredValue | null
  /** Everything held about the item, null when nothing is. */
  read(itemId: string): AdvanceData | null
}

type Row = Record<string, unknown>

const NONE: AdvanceSource = { value: () => null, read: () => null }

function hasColumns(db: Database, table: string, wanted: readonly string[]): boolean {
  const columns = new Set(
    db
      .prepare<[], { name: string }>(`PRAGMA table_info(${table})`)
      .all()
      .map((c) => c.name),
  )
  return wanted.every((c) => columns.has(c))
}

/** A row as every face can carry it: bytes as base64, big integers as numbers. */
function plain(row: Row): Row {
  const out: Row = {}
  for (const [key, v] of Object.entries(row)) {
    out[key] = Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? Number(v) : v
  }
  return out
}

function money(amount: unknown, currency: unknown): DeclaredValue | null {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return null
  return { amount, currency: typeof currency === 'string' && currency !== '' ? currency : null }
}

/** Reads the ITMATT import's tables in `db` when they are there; table names are fixed, never from data. */
export function tableAdvance(db: Database): AdvanceSource {
  if (
    !hasColumns(db, 'advance_item', ['id', 'batch', 'item_id', 'total_value', 'currency']) ||
    !hasColumns(db, 'advance_batch', ['id', 'state', 'seq'])
  ) {
    return NONE
  }
  const newest: Statement<[string], Row> = db.prepare(
    `SELECT a.* FROM advance_item a JOIN advance_batch b ON b.id = a.batch
     WHERE a.item_id = ? AND b.state = 'published' ORDER BY b.seq DESC, a.batch DESC LIMIT 1`,
  )
  const linesTable = hasColumns(db, 'advance_line', ['item', 'line', 'value', 'currency'])
  const lines: Statement<[unknown], Row> | null = linesTable
    ? db.prepare('SELECT * FROM advance_line WHERE item = ? ORDER BY line')
    : null
  const linesValue: Statement<[unknown], { amount: number | null; currency: string | null }> | null =
    linesTable
      ? db.prepare('SELECT sum(value) AS amount, max(currency) AS currency FROM advance_line WHERE item = ?')
      : null
  const referrals: Statement<[string], Row> | null = hasColumns(db, 'ead_referral', ['id', 'item_id'])
    ? db.prepare('SELECT * FROM ead_referral WHERE item_id = ? ORDER BY id')
    : null

  // The item's declared total; when the data gives none, the sum of its content lines.
  function valueOf(row: Row | undefined): DeclaredValue | null {
    if (!row) return null
    const total = money(row.total_value, row.currency)
    if (total || !linesValue) return total
    const sum = linesValue.get(row.id)
    return sum ? money(sum.amount, sum.currency) : null
  }

  return {
    value: (itemId) => valueOf(newest.get(itemId)),
    read(itemId) {
      const item = newest.get(itemId)
      const records: AdvanceData['records'] = {}
      if (item) {
        records.advance_item = [plain(item)]
        const found = lines?.all(item.id) ?? []
        if (found.length > 0) records.advance_line = found.map(plain)
      }
      const referred = referrals?.all(itemId) ?? []
      if (referred.length > 0) records.ead_referral = referred.map(plain)
      if (Object.keys(records).length === 0) return null
      return { value: valueOf(item), records }
    },
  }
}
