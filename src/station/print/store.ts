// The print queue and the printers in SQLite. Rows in, contract shapes out; every write runs inside the
// engine's write transaction, so a job is queued in the same commit as the close that asked for it.
import type { Database, Statement } from 'better-sqlite3'
import type { LabelKind, PrinterConfig, PrintJob, PrintJobState } from '../../api/printing'

interface JobRow {
  id: number
  kind: LabelKind
  subject: string
  receptacle: number | null
  printer: string | null
  zpl: string
  width_mm: number
  height_mm: number
  dpmm: number
  state: PrintJobState
  reason: string | null
  attempts: number
  not_before: string | null
  reprint_of: number | null
  created_at: string
  created_by: string
  updated_at: string
  printed_at: string | null
}

interface PrinterRow {
  id: string
  name: string
  uri: string
  dpi: number
  is_default: number
}

/** What the runner sends and the preview draws: the exact label bytes and the paper they go on. */
export interface JobLabel {
  zpl: string
  widthMm: number
  heightMm: number
  dpmm: 6 | 8 | 12 | 24
}

export interface StoredJob extends PrintJob {
  label: JobLabel
  notBefore: string | null
}

export interface NewJob {
  kind: LabelKind
  subject: string
  receptacle: number | null
  printer: string | null
  label: JobLabel
  reprintOf: number | null
  at: string
  by: string
  reason?: string | null
}

function toJob(r: JobRow): StoredJob {
  return {
    id: r.id,
    kind: r.kind,
    subject: r.subject,
    receptacle: r.receptacle,
    printer: r.printer,
    state: r.state,
    reason: r.reason,
    attempts: r.attempts,
    reprintOf: r.reprint_of,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    printedAt: r.printed_at,
    notBefore: r.not_before,
    label: { zpl: r.zpl, widthMm: r.width_mm, heightMm: r.height_mm, dpmm: r.dpmm as JobLabel['dpmm'] },
  }
}

/** The contract shape: what faces see (no ZPL, which can be large and is reached through the preview). */
export function publicJob(job: StoredJob): PrintJob {
  const { label: _label, notBefore: _notBefore, ...rest } = job
  return rest
}

function toPrinter(r: PrinterRow): PrinterConfig {
  return { id: r.id, name: r.name, uri: r.uri, dpi: r.dpi as 203 | 300, isDefault: r.is_default === 1 }
}

export class PrintStore {
  private readonly insertJob: Statement
  private readonly jobById: Statement<[number], JobRow>
  private readonly latest: Statement<[number], JobRow>
  private readonly forReceptacle: Statement<[number, number], JobRow>
  private readonly nextWaiting: Statement<[{ printer: string; now: string; isDefault: number }], JobRow>
  private readonly inFlight: Statement<[], JobRow>
  private readonly queuedJobs: Statement<[], JobRow>
  private readonly liveLabels: Statement<[number], JobRow>
  private readonly update: Statement
  private readonly printerRows: Statement<[], PrinterRow>
  private readonly printerById: Statement<[string], PrinterRow>
  private readonly upsertPrinter: Statement
  private readonly clearDefault: Statement
  private readonly deletePrinter: Statement<[string]>

  constructor(db: Database) {
    this.insertJob = db.prepare(
      `INSERT INTO print_job (kind, subject, receptacle, printer, zpl, width_mm, height_mm, dpmm, state, reason,
         reprint_of, created_at, created_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?)`,
    )
    this.jobById = db.prepare('SELECT * FROM print_job WHERE id = ?')
    this.latest = db.prepare('SELECT * FROM print_job ORDER BY id DESC LIMIT ?')
    this.forReceptacle = db.prepare('SELECT * FROM print_job WHERE receptacle = ? ORDER BY id DESC LIMIT ?')
    // A job waits for its own printer, or (printer NULL) for whichever printer is the default: the
    // runner asks per printer and says whether that printer is the default. Named parameters: better-sqlite3
    // takes numbered ones (?1) as names, so positional values for them are refused. The partial index's own
    // condition is repeated: SQLite uses a partial index only when the query states its WHERE term, and
    // without it every poll would scan the whole history of jobs.
    this.nextWaiting = db.prepare(
      `SELECT * FROM print_job
       WHERE state IN ('queued', 'sending') AND state = 'queued' AND (printer = @printer OR (printer IS NULL AND @isDefault = 1))
         AND (not_before IS NULL OR not_before <= @now)
       ORDER BY id LIMIT 1`,
    )
    this.inFlight = db.prepare(
      `SELECT * FROM print_job WHERE state IN ('queued', 'sending') AND state = 'sending' ORDER BY id`,
    )
    this.queuedJobs = db.prepare(
      `SELECT * FROM print_job WHERE state IN ('queued', 'sending') AND state = 'queued' ORDER BY id`,
    )
    // A receptacle's labels that may still be wanted or be on its bag: neither canceled nor void.
    this.liveLabels = db.prepare(
      `SELECT * FROM print_job WHERE receptacle = ? AND kind = 'receptacle' AND state NOT IN ('canceled', 'void')
       ORDER BY id`,
    )
    this.update = db.prepare(
      `UPDATE print_job SET state = @state, reason = @reason, attempts = @attempts, not_before = @notBefore,
         printer = @printer, updated_at = @updatedAt, printed_at = @printedAt
       WHERE id = @id`,
    )
    this.printerRows = db.prepare('SELECT * FROM printer ORDER BY is_default DESC, name, id')
    this.printerById = db.prepare('SELECT * FROM printer WHERE id = ?')
    this.upsertPrinter = db.prepare(
      `INSERT INTO printer (id, name, uri, dpi, is_default, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, uri = excluded.uri, dpi = excluded.dpi,
         is_default = excluded.is_default`,
    )
    this.clearDefault = db.prepare('UPDATE printer SET is_default = 0 WHERE is_default = 1 AND id <> ?')
    this.deletePrinter = db.prepare('DELETE FROM printer WHERE id = ?')
  }

  add(job: NewJob): StoredJob {
    const id = Number(
      this.insertJob.run(
        job.kind,
        job.subject,
        job.receptacle,
        job.printer,
        job.label.zpl,
        job.label.widthMm,
        job.label.heightMm,
        job.label.dpmm,
        job.reason ?? null,
        job.reprintOf,
        job.at,
        job.by,
        job.at,
      ).lastInsertRowid,
    )
    return this.get(id)!
  }

  get(id: number): StoredJob | null {
    const row = this.jobById.get(id)
    return row ? toJob(row) : null
  }

  list(limit: number, receptacle?: number): StoredJob[] {
    const rows = receptacle === undefined ? this.latest.all(limit) : this.forReceptacle.all(receptacle, limit)
    return rows.map(toJob)
  }

  next(printer: string, now: string, isDefault: boolean): StoredJob | null {
    const row = this.nextWaiting.get({ printer, now, isDefault: isDefault ? 1 : 0 })
    return row ? toJob(row) : null
  }

  /** Every job waiting to be sent, oldest first. */
  waiting(): StoredJob[] {
    return this.queuedJobs.all().map(toJob)
  }

  /** The labels of a receptacle still waiting, being sent, printed or uncertain, oldest first. */
  receptacleLabels(receptacle: number): StoredJob[] {
    return this.liveLabels.all(receptacle).map(toJob)
  }

  sending(): StoredJob[] {
    return this.inFlight.all().map(toJob)
  }

  save(job: StoredJob): StoredJob {
    this.update.run({
      id: job.id,
      state: job.state,
      reason: job.reason,
      attempts: job.attempts,
      notBefore: job.notBefore,
      printer: job.printer,
      updatedAt: job.updatedAt,
      printedAt: job.printedAt,
    })
    return this.get(job.id)!
  }

  printers(): PrinterConfig[] {
    return this.printerRows.all().map(toPrinter)
  }

  printer(id: string): PrinterConfig | null {
    const row = this.printerById.get(id)
    return row ? toPrinter(row) : null
  }

  defaultPrinter(): PrinterConfig | null {
    return this.printers().find((p) => p.isDefault) ?? null
  }

  savePrinter(p: PrinterConfig, at: string): PrinterConfig {
    if (p.isDefault) this.clearDefault.run(p.id)
    this.upsertPrinter.run(p.id, p.name, p.uri, p.dpi, p.isDefault ? 1 : 0, at)
    return this.printer(p.id)!
  }

  removePrinter(id: string): boolean {
    return this.deletePrinter.run(id).changes > 0
  }
}
