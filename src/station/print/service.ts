// The print queue's rules. A closed receptacle's label is queued in the close's own commit; the runner
// sends it; a fault before sending puts it back to wait (with the reason in words and a later retry);
// anything that may have reached the paper becomes "uncertain" until a person says what happened; a
// reprint is a new job that points at the first one, with the operator and reason in the event log.
import type { PrinterCondition, PrinterConfig, PrintJob, Printer } from '../../api/printing'
import type { Dpi } from '../../core/labels'
import { StationError } from '../errors'
import type { Listeners } from '../listeners'
import { DEFAULT_OPERATOR } from '../permissions'
import type { EventLog } from '../store/events'
import type { Operator } from '../types'
import { LabelMaker, type ReceptacleLabelFacts } from './labels'
import type { PrinterConnector } from './port'
import { PrintRunner, type RunnerOptions, type SendResult } from './runner'
import { publicJob, type NewJob, type PrintStore, type StoredJob } from './store'

/**
 * Seconds before the n-th retry of a job the printer could not take. Short and capped: a retry costs one
 * connection and one ~HS, and the worker who has just closed the head is standing there for the label.
 */
const RETRY_SECONDS = [1, 2, 3, 5]
const NO_PRINTER = 'Waiting: no default printer is set up for this station (add one on the Labels screen).'

export interface PrintServiceDeps {
  store: PrintStore
  log: EventLog
  listeners: Listeners
  clock: () => Date
  /** Runs work in the engine's write transaction (scans queued before it commit first). */
  write<R>(work: () => R): R
  isClosed(): boolean
  labels?: LabelMaker
}

function retryDelay(attempts: number): number {
  return (RETRY_SECONDS[Math.min(Math.max(attempts, 1), RETRY_SECONDS.length) - 1] ?? 1) * 1000
}

function conditionWords(c: PrinterCondition): string {
  switch (c.state) {
    case 'unknown':
      return 'the printer has not been checked yet'
    case 'ready':
      return 'the printer is ready'
    case 'paper-out':
      return 'the printer is out of paper'
    case 'head-open':
      return 'the print head is open'
    case 'ribbon-out':
      return 'the printer is out of ribbon'
    case 'paused':
      return 'the printer is paused'
    case 'busy':
      return 'the printer is still busy with an earlier label'
    case 'not-answering':
      return 'the printer did not answer'
    case 'error':
    case 'offline':
      return c.reason
  }
}

export class PrintService {
  private readonly conditions = new Map<string, { condition: PrinterCondition; at: string }>()
  /** The printer each job being sent was waiting for (null: the default), to go back to if it waits again. */
  private readonly waitingFor = new Map<number, string | null>()
  private runner: PrintRunner | null = null
  readonly labels: LabelMaker

  constructor(private readonly d: PrintServiceDeps) {
    this.labels = d.labels ?? new LabelMaker()
  }

  private now(): string {
    return this.d.clock().toISOString()
  }

  private announce(job: StoredJob): PrintJob {
    const shown = publicJob(job)
    this.d.listeners.emit('print.job', shown)
    return shown
  }

  // ---- printers -------------------------------------------------------------------------------------

  printer(config: PrinterConfig): Printer {
    const known = this.conditions.get(config.id)
    return { ...config, condition: known?.condition ?? { state: 'unknown' }, checkedAt: known?.at ?? null }
  }

  printers(): Printer[] {
    return this.d.store.printers().map((p) => this.printer(p))
  }

  requirePrinter(id: string): PrinterConfig {
    const p = this.d.store.printer(id)
    if (!p) throw new StationError('not_found', `No printer "${id}" is set up at this station.`)
    return p
  }

  /** Inside the write transaction. */
  savePrinter(actor: Operator, config: PrinterConfig): PrinterConfig {
    const saved = this.d.store.savePrinter(config, this.now())
    this.d.log.append({
      at: this.now(),
      operator: actor.id,
      type: 'printer.saved',
      code: saved.id,
      reason: `Printer ${saved.name} at ${saved.uri} (${saved.dpi} dpi)${saved.isDefault ? ', the default' : ''}`,
      detail: { ...saved },
    })
    return saved
  }

  /** Inside the write transaction. */
  removePrinter(actor: Operator, id: string): void {
    const p = this.requirePrinter(id)
    this.d.store.removePrinter(id)
    this.d.log.append({
      at: this.now(),
      operator: actor.id,
      type: 'printer.removed',
      code: id,
      reason: `Printer ${p.name} at ${p.uri} removed`,
    })
  }

  /** After the commit of a save: tell the faces, let the runner look at the new printer. */
  printerChanged(config: PrinterConfig): Printer {
    const shown = this.printer(config)
    this.d.listeners.emit('printer.status', shown)
    this.runner?.kick()
    return shown
  }

  printerRemoved(id: string): void {
    this.conditions.delete(id)
    this.d.listeners.emit('printer.removed', { id })
  }

  async check(id: string): Promise<Printer> {
    const config = this.requirePrinter(id)
    if (!this.runner) {
      throw new StationError(
        'invalid',
        'This station is not connected to its printers (it runs without a face).',
      )
    }
    await this.runner.check(config)
    return this.printer(config)
  }

  // ---- jobs -----------------------------------------------------------------------------------------

  jobs(limit: number, receptacle?: number): PrintJob[] {
    return this.d.store.list(limit, receptacle).map(publicJob)
  }

  requireJob(id: number): StoredJob {
    const job = this.d.store.get(id)
    if (!job) throw new StationError('not_found', `There is no print job ${id}.`)
    return job
  }

  /** The resolution labels are built at: the default printer's, 203 dpi when there is none yet. */
  defaultDpi(): Dpi {
    return (this.d.store.defaultPrinter()?.dpi ?? 203) as Dpi
  }

  /** Inside the close's write transaction: the label is queued in the same commit as the close. */
  queueReceptacleLabel(actor: Operator, receptacle: number, facts: ReceptacleLabelFacts): StoredJob {
    const at = this.now()
    const { warning, ...label } = this.labels.receptacle(facts, this.defaultDpi())
    const job = this.d.store.add({
      kind: 'receptacle',
      subject: facts.receptacleId,
      receptacle,
      printer: null,
      label,
      reprintOf: null,
      at,
      by: actor.id,
      reason: warning === null ? null : `Printed with printer fonts: ${warning}`,
    })
    this.d.log.append({
      at,
      operator: actor.id,
      type: 'label.queued',
      code: facts.receptacleId,
      receptacle,
      reason: `Receptacle label queued (job ${job.id})`,
      detail: { job: job.id },
    })
    return job
  }

  /** Inside the write transaction: a label from outside (a file), for a named printer or the default. */
  queueLabel(actor: Operator, job: Omit<NewJob, 'at' | 'by' | 'reprintOf'>): StoredJob {
    const at = this.now()
    const stored = this.d.store.add({ ...job, at, by: actor.id, reprintOf: null })
    this.d.log.append({
      at,
      operator: actor.id,
      type: 'label.queued',
      code: job.subject,
      receptacle: job.receptacle,
      reason: `${job.kind} label queued (job ${stored.id})`,
      detail: { job: stored.id },
    })
    return stored
  }

  /** After the commit that queued it. */
  queued(job: StoredJob): PrintJob {
    const shown = this.announce(job)
    this.runner?.kick()
    return shown
  }

  /** Inside the write transaction. Anyone signed in may reprint; the log says who and why. */
  reprint(actor: Operator, id: number, printer: string | undefined, reason: string | undefined): StoredJob {
    const first = this.requireJob(id)
    if (printer !== undefined) this.requirePrinter(printer)
    if (first.state === 'queued' || first.state === 'sending') {
      throw new StationError(
        'conflict',
        `Job ${id} has not been printed yet (${first.state}): wait for it or cancel it before printing it again.`,
      )
    }
    if (first.state === 'void') {
      throw new StationError(
        'conflict',
        `Job ${id} is void: ${first.subject} no longer holds since its receptacle was reopened. The receptacle's new label prints when it is closed again.`,
      )
    }
    const at = this.now()
    const job = this.d.store.add({
      kind: first.kind,
      subject: first.subject,
      receptacle: first.receptacle,
      printer: printer ?? first.printer,
      label: first.label,
      reprintOf: first.id,
      at,
      by: actor.id,
      reason: null,
    })
    // The first job's uncertainty is settled by the decision to print again.
    if (first.state === 'uncertain') {
      this.d.store.save({
        ...first,
        state: 'canceled',
        reason: `Reprinted as job ${job.id} by ${actor.id}`,
        updatedAt: at,
      })
    }
    this.d.log.append({
      at,
      operator: actor.id,
      type: 'label.reprint',
      code: first.subject,
      receptacle: first.receptacle,
      reason: `Reprint of job ${first.id} as job ${job.id}${reason ? `: ${reason}` : ''}`,
      detail: { job: job.id, reprintOf: first.id, reason: reason ?? null },
    })
    return job
  }

  /** Inside the write transaction: a person saw the uncertain label come out whole. */
  confirm(actor: Operator, id: number): StoredJob {
    const job = this.requireJob(id)
    if (job.state !== 'uncertain') {
      throw new StationError(
        'conflict',
        `Job ${id} is ${job.state}; only an uncertain label needs confirming.`,
      )
    }
    const at = this.now()
    const saved = this.d.store.save({
      ...job,
      state: 'printed',
      reason: `Confirmed printed by ${actor.id}`,
      printedAt: at,
      updatedAt: at,
    })
    this.d.log.append({
      at,
      operator: actor.id,
      type: 'label.confirmed',
      code: job.subject,
      receptacle: job.receptacle,
      reason: `${actor.id} confirmed job ${id} printed`,
      detail: { job: id },
    })
    return saved
  }

  /** Inside the write transaction. A job being sent cannot be called back. */
  cancel(actor: Operator, id: number): StoredJob {
    const job = this.requireJob(id)
    if (job.state !== 'queued' && job.state !== 'uncertain') {
      throw new StationError(
        'conflict',
        `Job ${id} is ${job.state}: only a waiting or uncertain job can be canceled.`,
      )
    }
    const at = this.now()
    const saved = this.d.store.save({
      ...job,
      state: 'canceled',
      reason: `Canceled by ${actor.id}`,
      updatedAt: at,
    })
    this.d.log.append({
      at,
      operator: actor.id,
      type: 'label.canceled',
      code: job.subject,
      receptacle: job.receptacle,
      reason: `${actor.id} canceled job ${id} (${job.state})`,
      detail: { job: id },
    })
    return saved
  }

  /**
   * Inside the reopen's write transaction: the receptacle's S9 (which encodes its weight) no longer holds,
   * so no label of it may print or stay on the bag. A label not sent yet is canceled, as an operator's
   * cancel is; one sent, printed or in doubt is void, and its reason says to take it off the bag. `ref` is
   * the reopen's event.
   */
  voidReceptacleLabels(actor: Operator, receptacle: number, ref: number): StoredJob[] {
    const at = this.now()
    return this.d.store.receptacleLabels(receptacle).map((job) => {
      if (job.state === 'queued') {
        const saved = this.d.store.save({
          ...job,
          state: 'canceled',
          reason: `Canceled by ${actor.id}: receptacle ${receptacle} was reopened, so the S9 ${job.subject} no longer holds.`,
          updatedAt: at,
        })
        this.d.log.append({
          at,
          operator: actor.id,
          type: 'label.canceled',
          code: job.subject,
          receptacle,
          ref,
          reason: `${actor.id} canceled job ${job.id} (${job.state}): receptacle ${receptacle} was reopened`,
          detail: { job: job.id },
        })
        return saved
      }
      const onBag =
        job.state === 'printed'
          ? 'remove it from the bag'
          : `if it came out (it was ${job.state}), remove it from the bag`
      const reason = `Void: receptacle ${receptacle} was reopened by ${actor.id}, so the S9 ${job.subject} no longer holds; ${onBag}. Its new label prints when it is closed again.`
      const saved = this.d.store.save({ ...job, state: 'void', reason, updatedAt: at })
      this.d.log.append({
        at,
        operator: actor.id,
        type: 'label.void',
        code: job.subject,
        receptacle,
        ref,
        reason: `Label job ${job.id} (${job.subject}, ${job.state}) is void: ${onBag}.`,
        detail: { job: job.id, was: job.state },
      })
      return saved
    })
  }

  changed(job: StoredJob): PrintJob {
    return this.announce(job)
  }

  // ---- the runner -----------------------------------------------------------------------------------

  /** Starts sending labels through the face's printers. A station without it only queues. */
  attach(connector: PrinterConnector, options: RunnerOptions = {}): void {
    if (this.runner) throw new Error('printers are already attached to this station')
    this.recoverInFlight()
    const isClosed = this.d.isClosed
    this.runner = new PrintRunner(
      {
        printers: () => this.d.store.printers(),
        claim: (p) => this.claim(p),
        finish: (job, p, result) => this.finish(job, p, result),
        explainStranded: (printers) => this.explainStranded(printers),
        condition: (p, c) => this.setCondition(p, c),
        get closed() {
          return isClosed()
        },
      },
      connector,
      options,
    )
    this.runner.start()
  }

  detach(): void {
    this.runner?.stop()
    this.runner = null
  }

  /** Jobs left "sending" by a process that stopped mid-job may be on paper: a person decides. */
  private recoverInFlight(): void {
    const changed = this.d.write(() =>
      this.d.store.sending().map((job) => {
        const at = this.now()
        const saved = this.d.store.save({
          ...job,
          state: 'uncertain',
          reason: 'The station stopped while this label was being sent: it may or may not have printed.',
          updatedAt: at,
        })
        this.logOutcome(saved, 'label.uncertain', saved.reason!)
        return saved
      }),
    )
    for (const job of changed) this.announce(job)
  }

  private claim(printer: PrinterConfig): StoredJob | null {
    const job = this.d.write(() => {
      const next = this.d.store.next(printer.id, this.now(), printer.isDefault)
      if (!next) return null
      this.waitingFor.set(next.id, next.printer)
      return this.d.store.save({
        ...next,
        state: 'sending',
        printer: printer.id,
        attempts: next.attempts + 1,
        reason: `Sending to ${printer.name}`,
        notBefore: null,
        updatedAt: this.now(),
      })
    })
    if (job) this.announce(job)
    return job
  }

  private logOutcome(job: StoredJob, type: string, reason: string): void {
    this.d.log.append({
      at: this.now(),
      operator: DEFAULT_OPERATOR,
      type,
      code: job.subject,
      receptacle: job.receptacle,
      reason,
      detail: { job: job.id, printer: job.printer, attempts: job.attempts },
    })
  }

  private finish(job: StoredJob, printer: PrinterConfig, result: SendResult): void {
    const at = this.now()
    const waitedFor = this.waitingFor.has(job.id) ? this.waitingFor.get(job.id)! : job.printer
    this.waitingFor.delete(job.id)
    const saved = this.d.write(() => {
      // Another process may have decided about this job meanwhile (a station started beside this one
      // marks what it finds "sending" as uncertain). Its decision stands, except that a label now known
      // to be printed is recorded as printed.
      const now = this.d.store.get(job.id)
      if (now && now.state !== 'sending' && !(now.state === 'uncertain' && result.outcome === 'printed')) {
        return now
      }
      switch (result.outcome) {
        case 'printed': {
          const done = this.d.store.save({
            ...job,
            state: 'printed',
            reason: null,
            printedAt: at,
            updatedAt: at,
          })
          this.logOutcome(done, 'label.printed', `Printed on ${printer.name} (job ${job.id})`)
          return done
        }
        case 'uncertain': {
          const reason = `${result.reason} Look at ${printer.name}: if the label came out whole, confirm it; otherwise reprint it.`
          const done = this.d.store.save({ ...job, state: 'uncertain', reason, updatedAt: at })
          this.logOutcome(done, 'label.uncertain', reason)
          return done
        }
        case 'not-sent':
        case 'failed': {
          const words = result.outcome === 'failed' ? result.reason : conditionWords(result.condition)
          const delay = retryDelay(job.attempts)
          const notBefore = new Date(this.d.clock().getTime() + delay).toISOString()
          return this.d.store.save({
            ...job,
            state: 'queued',
            // Back to "the default printer" if it was waiting for whichever one that is: claiming it set
            // the printer it was being sent to.
            printer: waitedFor,
            reason: `Waiting: ${words.charAt(0).toLowerCase()}${words.slice(1)}. Trying again in ${delay / 1000} s.`,
            notBefore,
            updatedAt: at,
          })
        }
      }
    })
    this.announce(saved)
    if (result.outcome === 'printed') this.setCondition(printer, { state: 'ready' })
    else if (result.outcome === 'not-sent') this.setCondition(printer, result.condition)
    else if (result.outcome === 'uncertain' && result.condition) this.setCondition(printer, result.condition)
  }

  /** Waiting jobs no printer will take: for the default when there is none, or for a removed printer. */
  private explainStranded(printers: PrinterConfig[]): void {
    const ids = new Set(printers.map((p) => p.id))
    const hasDefault = printers.some((p) => p.isDefault)
    const why = (job: StoredJob): string | null => {
      if (job.printer === null) return hasDefault ? null : NO_PRINTER
      return ids.has(job.printer)
        ? null
        : `Waiting: printer ${job.printer} is no longer set up at this station: reprint the label on another printer, or cancel it.`
    }
    const stale = this.d.store.waiting().filter((j) => {
      const reason = why(j)
      return reason !== null && reason !== j.reason
    })
    if (stale.length === 0) return
    const saved = this.d.write(() =>
      stale.map((j) => this.d.store.save({ ...j, reason: why(j), updatedAt: this.now() })),
    )
    for (const job of saved) this.announce(job)
  }

  private setCondition(printer: PrinterConfig, condition: PrinterCondition): void {
    const before = this.conditions.get(printer.id)
    const at = this.now()
    this.conditions.set(printer.id, { condition, at })
    if (JSON.stringify(before?.condition) !== JSON.stringify(condition) || !before) {
      this.d.listeners.emit('printer.status', this.printer(printer))
    }
  }
}
