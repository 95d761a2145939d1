// The engine behind the Station interface: one SQLite connection, one writer. Scans go through the
// group-commit writer; every other write first commits the queued scans, so the log keeps the order in
// which things were asked.
import type { Database, Transaction } from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { DURABILITY, policySchema } from '../api/bagging'
import { describeZodError } from '../api/handle'
import { StationError } from './errors'
import { Listeners } from './listeners'
import { ManifestImport } from './manifest/import'
import { Operators, validateNewOperator } from './operators'
import {
  IMPORTS_MANIFESTS,
  EXCHANGES_MAIL,
  MANAGES_PRINTERS,
  REOPENS_RECEPTACLES,
  requireMayAddOperator,
  requireRole,
  SETS_POLICY,
  UNDOES_SCANS,
} from './permissions'
import { printerConfigSchema, type PrinterConfig } from '../api/printing'
import { renderPreview } from './labels'
import type {
  Consignment,
  DispatchCloseResult,
  DispatchSummary,
  DocumentFile,
  EmsevtExport,
  Message,
  Partner,
  TransportLegInput,
} from '../api/exchange'
import type { CustomsDecideOptions, CustomsDecisionKind, CustomsQueueFilter } from '../api/customs'
import type { AdvanceItemView, AdvanceReport } from '../api/advance'
import type { PrinterConnector } from './print/port'
import type { RunnerOptions } from './print/runner'
import { PrintService } from './print/service'
import { AdvanceService } from './advance/service'
import { CustomsService } from './customs/service'
import { CustomsStore } from './customs/store'
import { ExchangeService } from './exchange/service'
import { ExchangeStore } from './exchange/store'
import { PrintStore } from './print/store'
import { Bagging, type BaggingChange } from './receptacles'
import { ScanWriter } from './scan/writer'
import { StationState } from './state'
import { Checkpointer } from './store/checkpointer'
import { applyDurability, databaseFile, sqliteDriverBinding } from './store/connection'
import { EventLog } from './store/events'
import { readOffice, storeDurability } from './store/office'
import { PolicyStore } from './store/policies'
import { ReceptacleStore } from './store/receptacles'
import { toDispatch, toReceptacle } from './store/rows'
import { Undo } from './undo'
import { StationTurn } from './store/write-turn'
import type * as T from './types'

const MAX_CODE_LENGTH = 4096

export interface EngineOptions {
  dataDir: string
  durability: T.Durability
  clock: () => Date
  backgroundCheckpoints: boolean
  itmattTwoPartsFromBytes?: number
}

export class StationEngine implements T.Station {
  readonly dataDir: string
  private durability: T.Durability
  private readonly clock: () => Date
  private readonly state: StationState
  private readonly log: EventLog
  private readonly receptacles: ReceptacleStore
  private readonly policies: PolicyStore
  private readonly operators: Operators
  private readonly listeners = new Listeners()
  private readonly scans: ScanWriter
  private readonly bagging: Bagging
  private readonly undoing: Undo
  private readonly manifest: ManifestImport
  private readonly printing: PrintService
  private readonly exchange: ExchangeService
  private readonly customs: CustomsService
  private readonly advance: AdvanceService
  private readonly writeTx: Transaction<(work: () => unknown) => unknown>
  /** The station file's write turn, shared with the threads of an ITMATT import. */
  private readonly turn = new StationTurn()
  private closed = false
  private readonly backgroundCheckpoints: boolean
  /** Started by the first commit, so commands that only read never start a thread. */
  private checkpointer: Checkpointer | null = null

  constructor(
    private readonly db: Database,
    opts: EngineOptions,
  ) {
    this.dataDir = opts.dataDir
    this.clock = opts.clock
    this.durability = opts.durability
    this.backgroundCheckpoints = opts.backgroundCheckpoints && !db.memory
    applyDurability(db, this.durability, { autocheckpoint: !this.checkpointsInBackground() })
    this.receptacles = new ReceptacleStore(db)
    this.policies = new PolicyStore(db)
    this.state = new StationState(() => ({
      office: readOffice(db)!,
      open: this.receptacles.list('open'),
      policies: this.policies.list(),
    }))
    this.log = new EventLog(db, () => this.state.office.impc)
    this.operators = new Operators(db)
    this.bagging = new Bagging(this.receptacles, this.state, this.log, (dispatch) =>
      this.customs.heldRefusal([dispatch]),
    )
    this.undoing = new Undo(db, this.log, this.receptacles, this.state)
    this.manifest = new ManifestImport(db, this.log)
    this.writeTx = db.transaction((work: () => unknown) => {
      this.syncWithOtherConnections()
      return work()
    })
    this.printing = new PrintService({
      store: new PrintStore(db),
      log: this.log,
      listeners: this.listeners,
      clock: this.clock,
      write: (work) => this.write(work),
      isClosed: () => this.closed,
    })
    this.exchange = new ExchangeService({
      store: new ExchangeStore(db),
      log: this.log,
      listeners: this.listeners,
      clock: this.clock,
      dataDir: this.dataDir,
      office: () => {
        const row = readOffice(db)!
        return { impc: row.impc, name: row.name }
      },
      customsHolds: (dispatches) => this.customs.heldRefusal(dispatches),
      advanceData: (dispatches) => this.advance.unloadable(dispatches),
      referrals: {
        known: (itemId) => this.advance.item(itemId) !== null,
        refer: (itemId, status, reason, seq, message) =>
          this.advance.refer(itemId, status, reason, seq, message),
      },
      customs: {
        refusals: (responses) => this.customs.responseRefusals(responses),
        apply: (source, responses, at) => this.customs.applyResponses(source, responses, at),
      },
    })
    this.advance = new AdvanceService({
      db,
      log: this.log,
      listeners: this.listeners,
      clock: this.clock,
      write: (work) => this.write(work),
      policyFor: (destination) => this.state.policyFor(destination),
      turn: this.turn,
      committed: () => this.committed(),
      checkpointsInBackground: () => this.checkpointsInBackground(),
      ...(opts.itmattTwoPartsFromBytes === undefined
        ? {}
        : { twoPartsFromBytes: opts.itmattTwoPartsFromBytes }),
      referralLink: {
        message: (id) => this.exchange.findMessage(id),
        queueRefrsp: (actor, to, record, now) =>
          this.exchange.queueMessage('REFRSP', to, 'REFRSP', record, actor, now),
        written: (message) => this.exchange.writeMessageFile(message),
      },
    })
    // Imports a dead process left unpublished were never visible; their rows go now.
    this.advance.recover()
    this.customs = new CustomsService({
      db,
      store: new CustomsStore(db),
      log: this.log,
      listeners: this.listeners,
      clock: this.clock,
      office: () => this.state.office.impc,
      write: (work) => this.write(work),
      link: {
        partner: () => this.exchange.customsPartner(),
        queueCusitm: (actor, partner, record, now) =>
          this.exchange.queueMessage('CUSITM', partner, record.itemId, record, actor, now),
        written: (message) => this.exchange.writeMessageFile(message),
      },
    })
    this.scans = new ScanWriter({
      db,
      state: this.state,
      receptacles: this.receptacles,
      listeners: this.listeners,
      log: this.log,
      sync: () => this.syncWithOtherConnections(),
      recover: () => this.recover(),
      committed: () => this.committed(),
      inTurn: (work) => this.turn.take(work),
    })
  }

  /**
   * Under NORMAL the checkpoint holds the only fsyncs, so moving it off the commit takes the wait out of
   * the scan. Under FULL every commit fsyncs the WAL anyway, and a second thread fsyncing the database
   * file meanwhile only makes those commits queue at the disk (the bench measured 0.94 → 0.75 of raw):
   * SQLite's own checkpoint in the commit stays.
   */
  private checkpointsInBackground(): boolean {
    return this.backgroundCheckpoints && this.durability === 'normal'
  }

  private committed(): void {
    if (this.checkpointer) this.checkpointer.committed()
    else if (this.checkpointsInBackground()) {
      this.checkpointer = new Checkpointer(this.db, sqliteDriverBinding())
      this.checkpointer.committed()
    }
  }

  /** Scan transactions committed so far; fewer than scans when bursts were grouped. */
  get scanTransactions(): number {
    return this.scans.transactions
  }

  // Another process (a CLI command beside a running server) may have opened or closed receptacles.
  private syncWithOtherConnections(): void {
    if (this.log.othersAppended()) this.state.reload()
  }

  private recover(): void {
    this.log.resync()
    this.state.reload()
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`the station in ${this.dataDir} is closed`)
  }

  private write<R>(work: () => R): R {
    this.assertOpen()
    this.scans.flush()
    try {
      const result = this.turn.take(() => this.writeTx.immediate(work) as R)
      this.committed()
      return result
    } catch (error) {
      this.recover()
      throw error
    }
  }

  private actor(by: T.Session): T.Operator {
    this.assertOpen()
    return this.operators.session(by.token).operator
  }

  private announce(events: T.StationEvent[], receptacle?: T.Receptacle): void {
    for (const e of events) this.listeners.event(e)
    if (receptacle) this.listeners.receptacle(receptacle)
  }

  private announceChange(change: BaggingChange): { receptacle: T.Receptacle; dispatch: T.Dispatch } {
    const result = { receptacle: toReceptacle(change.receptacle), dispatch: toDispatch(change.dispatch) }
    this.announce(change.events, result.receptacle)
    return result
  }

  office(): T.Office {
    this.assertOpen()
    const row = readOffice(this.db)!
    return { impc: row.impc, name: row.name, durability: this.durability, weightLimitKg: row.weight_limit_kg }
  }

  setDurability(d: T.Durability): void {
    if (!DURABILITY.includes(d))
      throw new StationError('invalid', `Durability must be normal or full, not "${d}".`)
    this.write(() => storeDurability(this.db, d))
    this.durability = d
    if (!this.checkpointsInBackground() && this.checkpointer) {
      this.checkpointer.stop()
      this.checkpointer = null
    }
    applyDurability(this.db, d, { autocheckpoint: !this.checkpointsInBackground() })
  }

  signIn(operatorId: string, pin: string): T.Session {
    this.assertOpen()
    return this.operators.signIn(operatorId, pin)
  }

  defaultSession(): T.Session {
    this.assertOpen()
    return this.operators.defaultSession()
  }

  session(token: string): T.Session {
    this.assertOpen()
    return this.operators.session(token)
  }

  signOut(token: string): void {
    this.operators.signOut(token)
  }

  addOperator(by: T.Session, op: T.NewOperator): T.Operator {
    const actor = this.actor(by)
    requireMayAddOperator(actor, op.role)
    validateNewOperator(op)
    const pin = this.operators.hash(op.pin)
    const { operator, event } = this.write(() => {
      if (this.operators.exists(op.id))
        throw new StationError('conflict', `Operator ${op.id} already exists.`)
      const at = this.clock().toISOString()
      const operator = this.operators.add(op, pin, at)
      const e = {
        at,
        operator: actor.id,
        type: 'operator.add',
        code: op.id,
        reason: `Added operator ${op.id} as ${op.role}.`,
        detail: { id: op.id, role: op.role, name: operator.name },
      }
      return { operator, event: this.log.shape(this.log.append(e), e) }
    })
    this.announce([event])
    return operator
  }

  importManifest(by: T.Session, text: string, opts: T.ImportOptions = {}): T.ImportSummary {
    const actor = this.actor(by)
    requireRole(actor, IMPORTS_MANIFESTS, 'Importing a manifest')
    const { summary, event } = this.write(() => this.manifest.run(actor, text, opts, this.clock()))
    // Re-imported weights change the running weight of receptacles those items are already in.
    this.state.reload()
    this.announce([event])
    if (this.listeners.active) {
      for (const row of this.state.openReceptacles()) this.listeners.receptacle(toReceptacle(row))
    }
    return summary
  }

  setPolicy(by: T.Session, p: T.DestinationPolicy): T.DestinationPolicy {
    const actor = this.actor(by)
    requireRole(actor, SETS_POLICY, 'Setting a destination policy')
    const parsed = policySchema.safeParse({ ...p, destination: p.destination?.trim().toUpperCase() })
    if (!parsed.success)
      throw new StationError('invalid', `Destination policy: ${describeZodError(parsed.error)}`)
    const policy = parsed.data
    const event = this.write(() => {
      const e = {
        at: this.clock().toISOString(),
        operator: actor.id,
        type: 'policy.set',
        code: policy.destination,
        reason: `Policy for ${policy.destination}: advance data ${policy.requiresEad ? 'required' : 'not required'}, pre-advice ${policy.requiresPreAdvice ? 'required' : 'not required'}, weight limit ${policy.weightLimitKg === null ? 'the office default' : `${policy.weightLimitKg} kg`}.`,
        detail: { ...policy },
      }
      const seq = this.log.append(e)
      this.policies.put(policy, seq)
      this.state.policySet(policy)
      return this.log.shape(seq, e)
    })
    this.announce([event])
    return policy
  }

  listPolicies(): T.DestinationPolicy[] {
    this.assertOpen()
    return this.policies.list()
  }

  openReceptacle(by: T.Session, r: T.OpenRequest): { receptacle: T.Receptacle; dispatch: T.Dispatch } {
    const actor = this.actor(by)
    return this.announceChange(this.write(() => this.bagging.open(actor, r, this.clock())))
  }

  closeReceptacle(by: T.Session, r: T.CloseRequest): { receptacle: T.Receptacle; dispatch: T.Dispatch } {
    const actor = this.actor(by)
    // The label is queued in the close's own commit: a closed receptacle never lacks its label job.
    const { change, job, dispatch, relabel } = this.write(() => {
      const change = this.bagging.close(actor, r, this.clock())
      const row = change.receptacle
      const office = readOffice(this.db)!
      const job = this.printing.queueReceptacleLabel(actor, row.handle, {
        receptacleId: row.receptacle_id!,
        weightKg: row.weight_kg!,
        originName: row.origin === office.impc ? office.name : null,
      })
      // The last receptacle closed its dispatch: the dispatch's PREDES is in the same commit.
      const dispatch =
        change.dispatch.state === 'closed'
          ? this.exchange.closeDispatch(actor, change.dispatch.id, { viaLastReceptacle: true })
          : null
      // Closed last but numbered lower (it was reopened): the highest-numbered one gets its new S9 label.
      const relabel = dispatch?.relabel
        ? this.printing.queueReceptacleLabel(actor, dispatch.relabel.handle, {
            receptacleId: dispatch.relabel.after,
            weightKg: dispatch.relabel.weightKg,
            originName: office.name,
          })
        : null
      return { change, job, dispatch, relabel }
    })
    const result = this.announceChange(change)
    this.printing.queued(job)
    if (relabel) this.printing.queued(relabel)
    if (dispatch) {
      this.exchange.writeDispatchFiles(dispatch).catch((error: unknown) => {
        console.error(
          `Post Station: the documents of dispatch ${dispatch.summary.id} were not written:`,
          error,
        )
      })
    }
    return result
  }

  reopenReceptacle(by: T.Session, handle: number, reason: string): T.ReopenResult {
    const actor = this.actor(by)
    requireRole(actor, REOPENS_RECEPTACLES, 'Reopening a closed receptacle')
    // The label is voided in the reopen's own commit: an open receptacle never keeps a label that holds.
    const { change, labels } = this.write(() => {
      const change = this.bagging.reopen(actor, handle, reason, this.clock())
      const labels = this.printing.voidReceptacleLabels(actor, handle, change.events[0]!.seq)
      return { change, labels }
    })
    const result = this.announceChange(change)
    const shown = labels.map((job) => this.printing.changed(job))
    const reopened = { ...result, event: change.events[0]!, labels: shown }
    this.listeners.emit('receptacle.reopened', reopened)
    return reopened
  }

  listReceptacles(state: 'open' | 'closed' | 'all'): T.Receptacle[] {
    this.assertOpen()
    if (!['open', 'closed', 'all'].includes(state)) {
      throw new StationError('invalid', `List open, closed or all receptacles, not "${state}".`)
    }
    return this.receptacles.list(state).map(toReceptacle)
  }

  getReceptacle(handle: number): T.ReceptacleContents {
    this.assertOpen()
    const row = this.receptacles.get(handle)
    if (!row) throw new StationError('not_found', `Receptacle ${handle} does not exist.`)
    return { receptacle: toReceptacle(row), items: this.receptacles.items(handle) }
  }

  scan(by: T.Session, s: T.ScanRequest): Promise<T.ScanResult> {
    try {
      const actor = this.actor(by)
      if (s.code.length > MAX_CODE_LENGTH) {
        throw new StationError(
          'invalid',
          `A scan holds at most ${MAX_CODE_LENGTH} characters; this is not a barcode.`,
        )
      }
      return this.scans.submit({
        operator: actor.id,
        code: s.code,
        receptacle: s.receptacle,
        device: s.device ?? null,
        at: this.clock().toISOString(),
      })
    } catch (error) {
      return Promise.reject(error)
    }
  }

  undo(by: T.Session, seq: number): T.StationEvent {
    const actor = this.actor(by)
    requireRole(actor, UNDOES_SCANS, 'Undoing a scan')
    const event = this.write(() => this.undoing.undo(actor, seq, this.clock()))
    const open = event.receptacle === null ? undefined : this.state.openReceptacle(event.receptacle)
    this.announce([event], open && toReceptacle(open))
    return event
  }

  events(after = 0, limit = 1000): T.StationEvent[] {
    this.assertOpen()
    return this.log.list(Math.max(0, after), Math.min(Math.max(1, limit), 10_000))
  }

  on(listener: T.StationListener): () => void {
    return this.listeners.add(listener)
  }

  async backup(toFile: string): Promise<void> {
    this.assertOpen()
    const target = resolve(toFile)
    if (target === resolve(databaseFile(this.dataDir))) {
      throw new StationError('invalid', 'A backup must go to another file than the station database itself.')
    }
    this.scans.flush()
    mkdirSync(dirname(target), { recursive: true })
    await this.db.backup(target)
  }

  // ---- labels and printers ----------------------------------------------------------------------------

  attachPrinters(connector: PrinterConnector, options?: RunnerOptions): void {
    this.assertOpen()
    this.printing.attach(connector, options)
  }

  printers(): T.Printer[] {
    this.assertOpen()
    return this.printing.printers()
  }

  savePrinter(by: T.Session, printer: PrinterConfig): T.Printer {
    const actor = this.actor(by)
    requireRole(actor, MANAGES_PRINTERS, 'Setting up a printer')
    const parsed = printerConfigSchema.safeParse(printer)
    if (!parsed.success) throw new StationError('invalid', `Printer: ${describeZodError(parsed.error)}`)
    const saved = this.write(() => this.printing.savePrinter(actor, parsed.data))
    return this.printing.printerChanged(saved)
  }

  removePrinter(by: T.Session, id: string): void {
    const actor = this.actor(by)
    requireRole(actor, MANAGES_PRINTERS, 'Removing a printer')
    this.write(() => this.printing.removePrinter(actor, id))
    this.printing.printerRemoved(id)
  }

  checkPrinter(id: string): Promise<T.Printer> {
    this.assertOpen()
    return this.printing.check(id)
  }

  printJobs(limit: number, receptacle?: number): T.PrintJob[] {
    this.assertOpen()
    return this.printing.jobs(limit, receptacle)
  }

  async previewJob(id: number): Promise<{ png: Buffer; widthMm: number; heightMm: number }> {
    this.assertOpen()
    const { label } = this.printing.requireJob(id)
    const dpmm = label.dpmm === 12 ? 12 : 8
    const png = await renderPreview(label.zpl, { widthMm: label.widthMm, heightMm: label.heightMm, dpmm })
    return { png, widthMm: label.widthMm, heightMm: label.heightMm }
  }

  queueZpl(by: T.Session, file: { name: string; zpl: string; printer?: string }): T.PrintJob {
    const actor = this.actor(by)
    if (!/\^XA[\s\S]*\^XZ/.test(file.zpl)) {
      throw new StationError('invalid', `${file.name} is not a ZPL label: it has no ^XA … ^XZ format.`)
    }
    const job = this.write(() => {
      const printer = file.printer === undefined ? null : this.printing.requirePrinter(file.printer)
      const dpi = printer?.dpi ?? this.printing.defaultDpi()
      return this.printing.queueLabel(actor, {
        kind: 'file',
        subject: file.name,
        receptacle: null,
        printer: printer?.id ?? null,
        // A file's paper size is not known: previews assume the station's 4 × 6 in labels.
        label: { zpl: file.zpl, widthMm: 101.6, heightMm: 152.4, dpmm: dpi === 300 ? 12 : 8 },
      })
    })
    return this.printing.queued(job)
  }

  reprint(by: T.Session, job: number, opts: { printer?: string; reason?: string } = {}): T.PrintJob {
    const actor = this.actor(by)
    const before = this.printing.requireJob(job)
    this.refuseStaleLabel(before)
    const created = this.write(() => this.printing.reprint(actor, job, opts.printer, opts.reason))
    const first = this.printing.requireJob(before.id)
    if (first.state !== before.state) this.printing.changed(first)
    return this.printing.queued(created)
  }

  /** A receptacle label is printed again only while its S9 is the receptacle's: not after a reopen. */
  private refuseStaleLabel(job: {
    id: number
    kind: string
    subject: string
    receptacle: number | null
  }): void {
    if (job.kind !== 'receptacle' || job.receptacle === null) return
    const now = this.receptacles.get(job.receptacle)
    if (!now || now.receptacle_id === job.subject) return
    throw new StationError(
      'conflict',
      now.state === 'open'
        ? `Job ${job.id} is the label of ${job.subject}, which no longer holds: receptacle ${now.handle} was reopened and is open. Its new label prints when it is closed again.`
        : `Job ${job.id} is the label of ${job.subject}, which no longer holds: receptacle ${now.handle} is now ${now.receptacle_id}. Print that label again instead.`,
    )
  }

  confirmPrinted(by: T.Session, job: number): T.PrintJob {
    const actor = this.actor(by)
    return this.printing.changed(this.write(() => this.printing.confirm(actor, job)))
  }

  cancelPrint(by: T.Session, job: number): T.PrintJob {
    const actor = this.actor(by)
    return this.printing.changed(this.write(() => this.printing.cancel(actor, job)))
  }

  // ---- the office of exchange -------------------------------------------------------------------------

  listDispatches(state: 'open' | 'closed' | 'all'): DispatchSummary[] {
    this.assertOpen()
    return this.exchange.list(state)
  }

  async closeDispatch(
    by: T.Session,
    target: { dispatch: string } | { destination: string; category: string; subclass: string },
  ): Promise<DispatchCloseResult> {
    const actor = this.actor(by)
    requireRole(actor, EXCHANGES_MAIL, 'Closing a dispatch')
    const closed = this.write(() => {
      let id: string
      if ('dispatch' in target) id = target.dispatch
      else {
        const office = readOffice(this.db)!
        const found = this.exchangeStore().openDispatch(
          office.impc,
          target.destination,
          target.category,
          target.subclass,
        )
        if (!found) {
          throw new StationError(
            'not_found',
            `There is no open dispatch from ${office.impc} to ${target.destination} category ${target.category} subclass ${target.subclass}.`,
          )
        }
        id = found
      }
      const closed = this.exchange.closeDispatch(actor, id, { viaLastReceptacle: false })
      const job = closed.relabel
        ? this.printing.queueReceptacleLabel(actor, closed.relabel.handle, {
            receptacleId: closed.relabel.after,
            weightKg: closed.relabel.weightKg,
            originName: readOffice(this.db)!.name,
          })
        : null
      return { ...closed, job }
    })
    if (closed.job) this.printing.queued(closed.job)
    return this.exchange.writeDispatchFiles(closed)
  }

  private exchangeStore(): ExchangeStore {
    return (this.exchange as unknown as { d: { store: ExchangeStore } }).d.store
  }

  dispatchDocuments(dispatch: string): DocumentFile[] {
    this.assertOpen()
    this.exchange.requireDispatch(dispatch)
    return this.exchange.documents(dispatch)
  }

  document(path: string): { name: string; mime: string; data: Buffer } {
    this.assertOpen()
    return this.exchange.document(path)
  }

  closeConsignment(
    by: T.Session,
    req: { dispatches: string[]; carrier: string; transport: TransportLegInput[] },
  ): { consignment: Consignment; documents: DocumentFile[] } {
    const actor = this.actor(by)
    requireRole(actor, EXCHANGES_MAIL, 'Closing a consignment')
    const result = this.write(() => this.exchange.closeConsignment(actor, req))
    return { consignment: result.consignment, documents: this.exchange.writeConsignmentFiles(result) }
  }

  consignments(limit: number): Consignment[] {
    this.assertOpen()
    return this.exchange.consignments(limit)
  }

  messages(direction: 'in' | 'out' | 'all', limit: number): Message[] {
    this.assertOpen()
    return this.exchange.messages(direction, limit)
  }

  message(id: number): { message: Message; content: string } {
    this.assertOpen()
    return this.exchange.message(id)
  }

  resendMessage(by: T.Session, id: number, reason?: string): Message {
    const actor = this.actor(by)
    requireRole(actor, EXCHANGES_MAIL, 'Resending a message')
    const message = this.write(() => this.exchange.resend(actor, id, reason))
    this.exchange.writeMessageFile(message)
    return message
  }

  importEdi(by: T.Session, name: string, content: string) {
    const actor = this.actor(by)
    requireRole(actor, EXCHANGES_MAIL, 'Importing EDI')
    const { customs, ...result } = this.write(() => this.exchange.importEdi(actor, name, content))
    this.listeners.emit('message.changed', result.message)
    // A CUSRSP's decisions, committed with the import: the customs queue hears of them as of an officer's.
    for (const change of customs ?? []) this.customs.announceApplied(change)
    return result
  }

  partners(): Partner[] {
    this.assertOpen()
    return this.exchange.partners()
  }

  savePartner(by: T.Session, partner: Partner): Partner {
    const actor = this.actor(by)
    requireRole(actor, EXCHANGES_MAIL, 'Setting up an EDI partner')
    return this.write(() => this.exchange.savePartner(actor, partner))
  }

  unconfirmedReceptacles(olderThanHours: number) {
    this.assertOpen()
    return this.exchange.unconfirmed(olderThanHours)
  }

  exportEmsevt(by: T.Session, since: Date, opts: { outbox?: string } = {}): EmsevtExport {
    const actor = this.actor(by)
    requireRole(actor, EXCHANGES_MAIL, 'Exporting item events')
    // Half-open [since, until) for the outbox, so the next scheduled export starts where this one ended;
    // an export on demand takes everything up to now.
    const until = this.clock()
    const events = this.exchange.itemEvents(since, opts.outbox === undefined ? null : until)
    if (opts.outbox === undefined) {
      const content = this.exchange.emsevtText({ events }, actor)
      return { events: events.length, since: since.toISOString(), content, message: null }
    }
    const message = this.write(() => this.exchange.encodeEmsevt({ events }, actor, opts.outbox!, until))
    this.exchange.writeMessageFile(message)
    return {
      events: events.length,
      since: since.toISOString(),
      content: this.exchange.message(message.id).content,
      message,
    }
  }

  countItemEvents(since: Date): number {
    this.assertOpen()
    return this.exchange.itemEvents(since, this.clock()).length
  }

  lastOutgoing(type: string): string | null {
    this.assertOpen()
    return this.exchange.lastOut(type)
  }

  markSentMessages(): number {
    this.assertOpen()
    const gone = this.exchange.goneFromOutbox()
    if (gone.length === 0) return 0
    const sent = this.write(() => this.exchange.markSent(gone))
    for (const m of sent) this.listeners.emit('message.changed', m)
    return sent.length
  }

  // ---- customs ----------------------------------------------------------------------------------------

  presentToCustoms(by: T.Session, items: string[]) {
    return this.customs.present(this.actor(by), items)
  }

  customsQueue(filter: CustomsQueueFilter = {}) {
    this.assertOpen()
    return this.customs.queue(filter)
  }

  customsItem(itemId: string) {
    this.assertOpen()
    return this.customs.item(itemId)
  }

  decideCustoms(
    by: T.Session,
    items: string[],
    decision: CustomsDecisionKind,
    options: CustomsDecideOptions = {},
  ) {
    return this.customs.decide(this.actor(by), items, decision, options)
  }

  recordDutyPayment(by: T.Session, itemId: string, reference: string) {
    return this.customs.recordPayment(this.actor(by), itemId, reference)
  }

  // ---- electronic advance data ----------------------------------------------------------------------

  importItmatt(
    by: T.Session,
    source: { name: string; path?: string; content?: string; format?: 'xml' | 'csv' },
    opts: { signal?: AbortSignal } = {},
  ): Promise<AdvanceReport> {
    try {
      const actor = this.actor(by)
      requireRole(actor, IMPORTS_MANIFESTS, 'Importing advance data')
      return this.advance.importItmatt(actor, source, opts.signal)
    } catch (error) {
      return Promise.reject(error)
    }
  }

  advanceItem(itemId: string): AdvanceItemView | null {
    this.assertOpen()
    return this.advance.item(itemId)
  }

  advanceReport(batch: number): AdvanceReport {
    this.assertOpen()
    return this.advance.report(batch)
  }

  answerReferral(by: T.Session, items: string[], answer: { code: string; action: string }) {
    return this.advance.answerReferral(this.actor(by), items, answer)
  }

  close(): void {
    if (this.closed) return
    this.advance.close()
    this.printing.detach()
    this.scans.close()
    this.closed = true
    this.checkpointer?.stop()
    this.db.close()
  }
}
