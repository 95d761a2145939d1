// The engine's public shapes. Faces code against `Station`; the SQLite behind it is an implementation
// detail (a site engine on PostgreSQL would implement the same interface).
import type {
  DestinationPolicy,
  Dispatch,
  Durability,
  EventPayload,
  Printer,
  PrinterConfig,
  PrintJob,
  Receptacle,
  ReopenResult,
  Role,
  ScanResult,
  StationEvent,
} from '../api'
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
import type {
  CustomsDecideOptions,
  CustomsDecision,
  CustomsDecisionKind,
  CustomsItem,
  CustomsQueueEntry,
  CustomsQueueFilter,
} from '../api/customs'
import type { AdvanceItemView, AdvanceReport, ReferralAnswer } from '../api/advance'
import type { EdiIssue } from '../core/edi/types'
import type { PrinterConnector } from './print/port'
import type { RunnerOptions } from './print/runner'

export type {
  DestinationPolicy,
  Dispatch,
  Durability,
  Printer,
  PrinterConfig,
  PrintJob,
  Receptacle,
  ReopenResult,
  Role,
  ScanResult,
  StationEvent,
}

export interface Office {
  impc: string
  name: string | null
  /** The durability in force for this process (the stored setting unless openStation overrode it). */
  durability: Durability
  weightLimitKg: number
}

export interface Operator {
  id: string
  role: Role
  name: string | null
}

export interface Session {
  token: string
  operator: Operator
}

export interface InitOptions {
  impc: string
  name?: string | null
  durability?: Durability
}

export interface OpenOptions {
  dataDir: string
  /** Overrides the stored setting for this process only. */
  durability?: Durability
  clock?: () => Date
  /**
   * WAL checkpoints in a worker thread instead of inside a commit (default true). Off for one-shot
   * commands that open, write once and exit.
   */
  backgroundCheckpoints?: boolean
  /** ITMATT XML files from this size (bytes) are read by two threads (default 32 MB; tests make it small). */
  itmattTwoPartsFromBytes?: number
}

export interface NewOperator {
  id: string
  role: Role
  pin: string
  name?: string | null
}

export interface ImportOptions {
  format?: 'csv' | 'jsonl'
  fileName?: string
}

export interface ImportSummary {
  items: number
  created: number
  updated: number
}

export interface OpenRequest {
  destination: string
  category: string
  subclass: string
  weightLimitKg?: number
}

export interface CloseRequest {
  receptacle?: number
  weightKg: number
  /** Where the weight came from; absent means typed by a person ('manual'). */
  weightSource?: WeightSource
  last: boolean
}

export type WeightSource = 'scale' | 'manual'

export interface ScanRequest {
  code: string
  receptacle?: number
  device?: string
}

export interface ReceptacleContents {
  receptacle: Receptacle
  items: Array<{ itemId: string; seq: number; at: string }>
}

/** What a station announces after a commit: the contract events the engine itself produces. */
export type StationEventName =
  | 'station.event'
  | 'receptacle.changed'
  | 'receptacle.reopened'
  | 'print.job'
  | 'printer.status'
  | 'printer.removed'
  | 'dispatch.changed'
  | 'message.changed'
  | 'consignment.changed'
  | 'customs.changed'
  | 'advance.progress'
export type StationEventPayload<N extends StationEventName> = EventPayload<N>
export type StationListener = (name: StationEventName, payload: StationEventPayload<StationEventName>) => void

export interface Station {
  readonly dataDir: string
  office(): Office
  setDurability(d: Durability): void
  signIn(operatorId: string, pin: string): Session
  /** The init-created 'station' operator (role oe), for CLI scripts run on the station itself. */
  defaultSession(): Session
  session(token: string): Session
  signOut(token: string): void
  addOperator(by: Session, op: NewOperator): Operator
  importManifest(by: Session, text: string, opts?: ImportOptions): ImportSummary
  setPolicy(by: Session, p: DestinationPolicy): DestinationPolicy
  listPolicies(): DestinationPolicy[]
  openReceptacle(by: Session, r: OpenRequest): { receptacle: Receptacle; dispatch: Dispatch }
  closeReceptacle(by: Session, r: CloseRequest): { receptacle: Receptacle; dispatch: Dispatch }
  /**
   * A supervisor reopens a closed receptacle of an open dispatch (an item customs returned or seized must
   * come out); its label jobs are canceled or made void in the same commit.
   */
  reopenReceptacle(by: Session, handle: number, reason: string): ReopenResult
  listReceptacles(state: 'open' | 'closed' | 'all'): Receptacle[]
  getReceptacle(handle: number): ReceptacleContents
  /** Resolves only after the transaction holding the scan's event committed. */
  scan(by: Session, s: ScanRequest): Promise<ScanResult>
  undo(by: Session, seq: number): StationEvent
  events(after?: number, limit?: number): StationEvent[]
  /** Listeners run after the commit of what they report. Returns the unsubscribe function. */
  on(listener: StationListener): () => void
  backup(toFile: string): Promise<void>

  // Labels and printers (src/station/print). Without attachPrinters the station only queues labels.
  attachPrinters(connector: PrinterConnector, options?: RunnerOptions): void
  printers(): Printer[]
  savePrinter(by: Session, printer: PrinterConfig): Printer
  removePrinter(by: Session, id: string): void
  checkPrinter(id: string): Promise<Printer>
  printJobs(limit: number, receptacle?: number): PrintJob[]
  /** The job's label as the printer will draw it: PNG bytes and the paper size. */
  previewJob(id: number): Promise<{ png: Buffer; widthMm: number; heightMm: number }>
  /** A ZPL file for a printer (or the default), queued like any label. */
  queueZpl(by: Session, file: { name: string; zpl: string; printer?: string }): PrintJob
  reprint(by: Session, job: number, opts?: { printer?: string; reason?: string }): PrintJob
  confirmPrinted(by: Session, job: number): PrintJob
  cancelPrint(by: Session, job: number): PrintJob

  // The office of exchange (src/station/exchange).
  listDispatches(state: 'open' | 'closed' | 'all'): DispatchSummary[]
  /** Closes a dispatch by S8, or the open one of a series; writes its PREDES and documents. */
  closeDispatch(
    by: Session,
    target: { dispatch: string } | { destination: string; category: string; subclass: string },
  ): Promise<DispatchCloseResult>
  dispatchDocuments(dispatch: string): DocumentFile[]
  document(path: string): { name: string; mime: string; data: Buffer }
  closeConsignment(
    by: Session,
    req: { dispatches: string[]; carrier: string; transport: TransportLegInput[] },
  ): { consignment: Consignment; documents: DocumentFile[] }
  consignments(limit: number): Consignment[]
  messages(direction: 'in' | 'out' | 'all', limit: number): Message[]
  message(id: number): { message: Message; content: string }
  resendMessage(by: Session, id: number, reason?: string): Message
  /** A partner's EDI file: applied whole, or quarantined whole with every issue. */
  importEdi(
    by: Session,
    name: string,
    content: string,
  ): { message: Message; applied: boolean; issues: EdiIssue[] }
  partners(): Partner[]
  savePartner(by: Session, partner: Partner): Partner
  unconfirmedReceptacles(olderThanHours: number): Array<{
    receptacleId: string
    dispatchId: string
    destination: string
    advisedAt: string
    reason: string
  }>
  /** Item events since a time as an EMSEVT interchange; `outbox` also queues it for the partner. */
  exportEmsevt(by: Session, since: Date, opts?: { outbox?: string }): EmsevtExport
  countItemEvents(since: Date): number
  /** When the last outgoing message of a type was made (UTC ISO), if ever. */
  lastOutgoing(type: string): string | null
  /** Outgoing files the transport agent took from the outbox become "sent"; returns how many. */
  markSentMessages(): number

  // Customs (src/station/customs).
  /** Post staff present items to customs (EXA export, EDB import); all or nothing. */
  presentToCustoms(by: Session, items: string[]): CustomsQueueEntry[]
  customsQueue(filter?: CustomsQueueFilter): CustomsQueueEntry[]
  customsItem(itemId: string): CustomsItem
  /**
   * A customs officer's decision on every item named, in one transaction. Anyone else is refused
   * (forbidden) and the refusal is recorded in the event log.
   */
  decideCustoms(
    by: Session,
    items: string[],
    decision: CustomsDecisionKind,
    options?: CustomsDecideOptions,
  ): { decisions: CustomsDecision[]; items: CustomsQueueEntry[] }
  recordDutyPayment(
    by: Session,
    itemId: string,
    reference: string,
  ): { decision: CustomsDecision; item: CustomsQueueEntry }

  // Electronic advance data (src/station/advance).
  /**
   * An ITMATT file (XML, or CSV with one row per content line), streamed from `path` or given as
   * `content`: written in short chunks while scanning goes on, visible to every reader only once the
   * whole file is in; a file with any error writes nothing. Emits `advance.progress`.
   */
  importItmatt(
    by: Session,
    source: { name: string; path?: string; content?: string; format?: 'xml' | 'csv' },
    opts?: { signal?: AbortSignal },
  ): Promise<AdvanceReport>
  /** The item's newest published advance data, EAD status and findings; null when it has none. */
  advanceItem(itemId: string): AdvanceItemView | null
  /** The stored report of a published ITMATT import. */
  advanceReport(batch: number): AdvanceReport
  /**
   * Answers the items' open referrals (ITMREF) with a response code and the action taken, all or
   * nothing: audited (ead.answer), a REFRSP to the post that raised each. RFI and RFS close; a DNL is
   * answered and stays in force. A supervisor or a customs officer answers.
   */
  answerReferral(
    by: Session,
    items: string[],
    answer: { code: string; action: string },
  ): { answers: ReferralAnswer[]; messages: Message[] }

  /** Commits the scans still queued, then closes the database. */
  close(): void
}
