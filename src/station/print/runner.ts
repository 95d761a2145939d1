// Sends queued labels, one printer at a time and one job at a time per printer, and keeps each printer's
// condition fresh for the screens. It polls the queue as well as reacting to new jobs, so labels queued
// by another process (a CLI `receptacle close` beside `station serve`) print too.
import type { PrinterCondition, PrinterConfig } from '../../api/printing'
import type { LabelPrinterPort, PrintOutcome, PrinterConnector } from './port'
import type { StoredJob } from './store'

export type SendResult = PrintOutcome | { outcome: 'failed'; reason: string }

/** The engine's side: the runner never touches the database itself. */
export interface RunnerHost {
  printers(): PrinterConfig[]
  /** Marks the next waiting job for this printer as sending (committed) and returns it. */
  claim(printer: PrinterConfig): StoredJob | null
  /** Records what happened to a claimed job (committed). */
  finish(job: StoredJob, printer: PrinterConfig, result: SendResult): void
  /** Tells waiting jobs that no printer can take them (no default, or their printer was removed). */
  explainStranded(printers: PrinterConfig[]): void
  condition(printer: PrinterConfig, condition: PrinterCondition): void
  /** The station is closed: stop touching it. */
  readonly closed: boolean
}

export interface RunnerOptions {
  pollMs?: number
  /** How often an idle printer is asked for its condition. */
  statusEveryMs?: number
}

interface Connected {
  key: string
  port: LabelPrinterPort
}

export class PrintRunner {
  private readonly busy = new Set<string>()
  private readonly ports = new Map<string, Connected>()
  private readonly checkedAt = new Map<string, number>()
  private timer: NodeJS.Timeout | null = null
  private scheduled = false
  private stopped = false
  private readonly pollMs: number
  private readonly statusEveryMs: number

  constructor(
    private readonly host: RunnerHost,
    private readonly connect: PrinterConnector,
    options: RunnerOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1000
    this.statusEveryMs = options.statusEveryMs ?? 30_000
  }

  start(): void {
    this.timer = setInterval(() => this.tick(), this.pollMs)
    this.timer.unref()
    this.kick()
  }

  stop(): void {
    this.stopped = true
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  /** Something was queued or changed: look at the queue on the next turn. */
  kick(): void {
    if (this.scheduled || this.stopped) return
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      this.tick()
    })
  }

  /** Asks the printer for its condition now (a person pressed "Check"). */
  async check(printer: PrinterConfig): Promise<PrinterCondition> {
    let condition: PrinterCondition
    try {
      condition = (await this.portFor(printer).status()).condition
    } catch (error) {
      condition = { state: 'offline', reason: (error as Error).message }
    }
    this.checkedAt.set(printer.id, Date.now())
    if (!this.host.closed) this.host.condition(printer, condition)
    return condition
  }

  private live(): boolean {
    return !this.stopped && !this.host.closed
  }

  private tick(): void {
    if (!this.live()) return
    const printers = this.host.printers()
    this.host.explainStranded(printers)
    for (const printer of printers) {
      if (this.busy.has(printer.id)) continue
      void this.drain(printer)
    }
  }

  private portFor(printer: PrinterConfig): LabelPrinterPort {
    const key = `${printer.uri}|${printer.dpi}`
    const known = this.ports.get(printer.id)
    if (known && known.key === key) return known.port
    const port = this.connect(printer)
    this.ports.set(printer.id, { key, port })
    return port
  }

  private async drain(printer: PrinterConfig): Promise<void> {
    this.busy.add(printer.id)
    try {
      let sent = false
      while (this.live()) {
        const job = this.host.claim(printer)
        if (!job) break
        sent = true
        const result = await this.send(printer, job)
        if (this.host.closed) return
        this.host.finish(job, printer, result)
        this.checkedAt.set(printer.id, Date.now())
        // A printer that refused or failed one job will refuse the next: wait for the retry time.
        if (result.outcome !== 'printed') break
      }
      const last = this.checkedAt.get(printer.id) ?? 0
      if (!sent && this.live() && Date.now() - last >= this.statusEveryMs) await this.check(printer)
    } finally {
      this.busy.delete(printer.id)
    }
  }

  private async send(printer: PrinterConfig, job: StoredJob): Promise<SendResult> {
    try {
      return await this.portFor(printer).print(job.label.zpl)
    } catch (error) {
      // The address cannot be used (bad URI, no serial binding): nothing was sent.
      return { outcome: 'failed', reason: (error as Error).message }
    }
  }
}
