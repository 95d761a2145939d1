// The office of exchange's rules. Closing a dispatch records its totals, the highest receptacle and an
// EMC event per item, and its PREDES, in the close's own commit; the files (PREDES in the partner's
// outbox, CN 31 and the delivery bill as PDF) are written after the commit from what was committed,
// so they can always be made again. Partners' files are applied whole in one transaction or
// quarantined whole with every reason, never half-applied. With the customs administration (a partner of
// kind customs): CUSITM and REFRSP are queued like any outgoing message, and a CUSRSP is applied only
// when its interchange comes from that partner.
import { existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type {
  Consignment,
  DispatchCloseResult,
  DispatchSummary,
  DocumentFile,
  Message,
  Partner,
  TransportLegInput,
} from '../../api/exchange'
import { transportLegSchema } from '../../api/exchange'
import { impcOffice } from '../../core/codelists'
import type {
  ConsignmentRecord,
  CustomsResponse,
  EmsevtRecord,
  ItemEvent,
  PredesRecord,
  ReceptacleAdvice,
  RecordsByType,
  TransportLeg,
} from '../../core/edi/records'
import {
  deliveryBillForm,
  renderDeliveryBill,
  renderLetterBill,
  type DispatchDocumentData,
} from '../documents'
import { StationError } from '../errors'
import type { Listeners } from '../listeners'
import type { EventLog } from '../store/events'
import type { Operator } from '../types'
import type { CustomsChange } from '../customs/service'
import type { ReferralStatus } from '../../core/customs'
import type { ReferralType } from '../../core/edi/records'
import { describeIssue, encodeRecord, readInterchange, type DecodedMessage, type Party } from './edi'
import { documentsDir, outboxDir, safeName, writeFileAtomic } from './files'
import type { DispatchReceptacleRow, ExchangeStore } from './store'
import { localIso } from './time'

/** RESDIT event codes in words (UPU.md 4.2); kept here as data for the screens and the log. */
export const RESDIT_WORDS: Record<string, string> = {
  '74': 'received by the carrier',
  '6': 'assigned to a flight',
  '48': 'loaded',
  '24': 'uplifted',
  '41': 'handed over online',
  '42': 'handed over to another carrier',
  '43': 'handover received',
  '57': 'pending (not transported as planned)',
  '82': 'returned',
  '21': 'delivered to the destination post',
}

export interface ExchangeDeps {
  readonly store: ExchangeStore
  log: EventLog
  listeners: Listeners
  clock: () => Date
  dataDir: string
  office(): { impc: string; name: string | null }
  /** Why customs keeps items of these dispatches from leaving (they are named), or null. */
  customsHolds?(dispatchIds: readonly string[]): string | null
  /** Which items of these dispatches may not be loaded for want of advance data (named), or null. */
  advanceData?(dispatchIds: readonly string[]): string | null
  /** ITMREF: the items this station has advance data for, and the referral store (AdvanceService.refer). */
  referrals?: {
    known(itemId: string): boolean
    refer(
      itemId: string,
      status: ReferralStatus,
      reason: string | null,
      seq: number,
      message: number | null,
    ): void
  }
  /** CUSRSP: the customs administration's decisions, through the officer's decision code. */
  customs?: {
    refusals(responses: readonly CustomsResponse[]): string[]
    apply(
      source: { partner: string; message: number; importedBy: Operator },
      responses: readonly CustomsResponse[],
      at: string,
    ): { words: string; change: CustomsChange }
  }
}

const REFERRAL_STATUS: Record<ReferralType, ReferralStatus> = { RFI: 'rfi', RFS: 'rfs', DNL: 'dnl' }

/** What a dispatch close committed, for the files written after the commit. */
export interface ClosedDispatch {
  summary: DispatchSummary
  predes: Message
  data: DispatchDocumentData
  /**
   * The highest-numbered receptacle was not closed as the last one: its S9 now says it is the highest
   * (position 24), so the bag needs its new label. The engine queues it in the same commit.
   */
  relabel: { handle: number; before: string; after: string; weightKg: number } | null
}

/** ISO 8601 local time with its UTC offset (or Z), as partners need it. */
function isLocalTime(text: string): boolean {
  return (
    /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)$/.test(text) &&
    !Number.isNaN(new Date(text).getTime())
  )
}

function round1(kg: number): number {
  return Math.round(kg * 10) / 10
}

export class ExchangeService {
  constructor(private readonly d: ExchangeDeps) {}

  private now(): Date {
    return this.d.clock()
  }

  // ---- dispatches ---------------------------------------------------------------------------------

  list(state: 'open' | 'closed' | 'all'): DispatchSummary[] {
    return this.d.store.list(state)
  }

  requireDispatch(id: string): DispatchSummary {
    const found = this.d.store.summary(id)
    if (!found) throw new StationError('not_found', `There is no dispatch ${id} at this station.`)
    return found
  }

  /**
   * Inside the write transaction: checks that the dispatch may close, then records the close. `closedBy`
   * the bagging close of its last receptacle (which already closed the dispatch row) skips the checks.
   */
  closeDispatch(actor: Operator, dispatchId: string, opts: { viaLastReceptacle: boolean }): ClosedDispatch {
    const before = this.requireDispatch(dispatchId)
    let receptacles = this.d.store.receptacles(dispatchId)
    if (!opts.viaLastReceptacle) {
      if (before.state === 'closed') {
        throw new StationError(
          'conflict',
          `Dispatch ${dispatchId} was already closed at ${before.closedAt}: its documents are in ${documentsDir(this.d.dataDir, dispatchId)}.`,
        )
      }
      const open = receptacles.filter((r) => r.state === 'open')
      if (open.length > 0) {
        const names = open
          .map((r) => `receptacle ${String(r.serial).padStart(3, '0')} (#${r.handle})`)
          .join(', ')
        throw new StationError(
          'conflict',
          `Dispatch ${dispatchId} still has ${open.length === 1 ? 'an open receptacle' : `${open.length} open receptacles`}: ${names}. Close ${open.length === 1 ? 'it' : 'them'} first.`,
        )
      }
      if (receptacles.length === 0) {
        throw new StationError(
          'conflict',
          `Dispatch ${dispatchId} has no receptacles: there is nothing to send.`,
        )
      }
    }
    // Also when its last receptacle closes it: a held item must not leave in it.
    const held = this.d.customsHolds?.([dispatchId]) ?? null
    if (held) throw new StationError('conflict', `Dispatch ${dispatchId} cannot close: ${held}`)
    const unloadable = this.d.advanceData?.([dispatchId]) ?? null
    if (unloadable) throw new StationError('conflict', `Dispatch ${dispatchId} cannot close: ${unloadable}`)
    const now = this.now()
    const at = now.toISOString()
    const highest = Math.max(...receptacles.map((r) => r.serial))
    this.d.store.markClosed(dispatchId, at, highest, actor.id)
    // The S9 of the highest receptacle must say so (UPU S9 position 24): the destination counts on it to
    // know every bag arrived. A bag closed before anyone knew it was the last gets a new S9 and label.
    const top = receptacles.find((r) => r.serial === highest)!
    let relabel: ClosedDispatch['relabel'] = null
    if (top.highest !== 1 && top.receptacle_id) {
      const after = `${top.receptacle_id.slice(0, 23)}1${top.receptacle_id.slice(24)}`
      this.d.store.relabelHighest(top.handle, after)
      relabel = { handle: top.handle, before: top.receptacle_id, after, weightKg: top.weight_kg ?? 0 }
      this.d.log.append({
        at,
        operator: actor.id,
        type: 'receptacle.relabel',
        code: after,
        receptacle: top.handle,
        reason: `Receptacle ${String(top.serial).padStart(3, '0')} is the last of dispatch ${dispatchId}: its S9 is now ${after} (was ${top.receptacle_id}); its new label replaces the old one.`,
        detail: { before: top.receptacle_id, after },
      })
      receptacles = this.d.store.receptacles(dispatchId)
    }
    const summary = this.d.store.summary(dispatchId)!
    const items = this.d.store.items(dispatchId)
    const registered = receptacles.filter((r) => r.registered === 1).length
    const seq = this.d.log.append({
      at,
      operator: actor.id,
      type: opts.viaLastReceptacle ? 'dispatch.documents' : 'dispatch.close',
      code: dispatchId,
      reason:
        `Closed dispatch ${dispatchId} to ${summary.destination}: ${summary.receptacles} receptacle${summary.receptacles === 1 ? '' : 's'} ` +
        `(${registered} registered), ${summary.items} item${summary.items === 1 ? '' : 's'}, ${summary.weightKg} kg; ` +
        `highest receptacle ${String(highest).padStart(3, '0')}.`,
      detail: {
        dispatch: dispatchId,
        receptacles: summary.receptacles,
        registeredReceptacles: registered,
        items: summary.items,
        weightKg: summary.weightKg,
        highestSerial: highest,
      },
    })
    // EMC, departure from the outward office of exchange, for every item of the dispatch.
    const office = this.d.office().impc
    for (const r of receptacles) {
      for (const itemId of items.get(r.handle) ?? [])
        this.d.store.itemEvent(itemId, 'EMC', at, office, r.receptacle_id, seq)
    }
    const record = this.predesRecord(summary, receptacles, items, now)
    const predes = this.outgoing(
      'PREDES',
      summary.destination,
      dispatchId,
      actor,
      now,
      (controlRef, recipient) =>
        encodeRecord('PREDES', record, { sender: this.sender(), recipient, controlRef, at: now }),
    )
    return { summary, predes, data: this.documentData(summary, receptacles, items), relabel }
  }

  private predesRecord(
    summary: DispatchSummary,
    receptacles: DispatchReceptacleRow[],
    items: Map<number, string[]>,
    now: Date,
  ): PredesRecord {
    return {
      dispatchId: summary.id,
      origin: summary.origin,
      destination: summary.destination,
      category: summary.category,
      subclass: summary.subclass,
      closedAt: localIso(now),
      transport: [],
      receptacles: receptacles.map((r) => this.advice(r, items)),
    }
  }

  private advice(r: DispatchReceptacleRow, items: Map<number, string[]>): ReceptacleAdvice {
    return {
      id: r.receptacle_id!,
      weightKg: round1(r.weight_kg ?? 0),
      type: 'BG',
      registered: r.registered === 1,
      // What the S9 says; the close made sure the highest-numbered one says so.
      highest: r.highest === 1,
      items: items.get(r.handle) ?? [],
    }
  }

  private documentData(
    summary: DispatchSummary,
    receptacles: DispatchReceptacleRow[],
    items: Map<number, string[]>,
  ): DispatchDocumentData {
    const own = this.d.office()
    const byClass = new Map<string, number>()
    const registeredItems: string[] = []
    // The mail class is the subclass's first letter (U letters, C parcels, E EMS).
    const mailClass = summary.subclass.charAt(0)
    for (const list of items.values()) {
      for (const itemId of list) {
        byClass.set(mailClass, (byClass.get(mailClass) ?? 0) + 1)
        if (itemId.startsWith('R') || itemId.startsWith('V')) registeredItems.push(itemId)
      }
    }
    return {
      dispatchId: summary.id,
      origin: {
        code: summary.origin,
        name: summary.origin === own.impc ? own.name : (impcOffice(summary.origin)?.name ?? null),
      },
      destination: { code: summary.destination, name: impcOffice(summary.destination)?.name ?? null },
      category: summary.category,
      subclass: summary.subclass,
      year: summary.year,
      number: summary.number,
      closedAt: localIso(new Date(summary.closedAt ?? this.now().toISOString())),
      transport: [],
      receptacles: receptacles.map((r) => ({
        serial: r.serial,
        id: r.receptacle_id ?? '',
        type: 'BG',
        weightKg: round1(r.weight_kg ?? 0),
        registered: r.registered === 1,
        highest: r.serial === summary.highestSerial,
        items: r.items,
      })),
      itemsByClass: [...byClass].map(([cls, n]) => ({ mailClass: cls, items: n })),
      registeredItems,
    }
  }

  /** After the commit: the PREDES file in the destination's outbox and the documents folder, and the PDFs. */
  async writeDispatchFiles(closed: ClosedDispatch): Promise<DispatchCloseResult> {
    const { summary, predes, data } = closed
    const dir = documentsDir(this.d.dataDir, summary.id)
    const content = this.d.store.content(predes.id)!
    const predesPath = join(dir, `PREDES-${summary.id}.edi`)
    writeFileAtomic(predesPath, content)
    if (predes.file) writeFileAtomic(predes.file, content)
    const deliveryForm = deliveryBillForm(summary.category)
    const letterBill = join(dir, `CN31-${summary.id}.pdf`)
    const deliveryBill = join(dir, `${deliveryForm.replace(' ', '')}-${summary.id}.pdf`)
    const [letter, delivery] = await Promise.all([renderLetterBill(data), renderDeliveryBill(data)])
    writeFileAtomic(letterBill, letter)
    writeFileAtomic(deliveryBill, delivery)
    this.d.listeners.emit('dispatch.changed', summary)
    this.d.listeners.emit('message.changed', predes)
    return {
      dispatchId: summary.id,
      receptacles: summary.receptacles,
      registeredReceptacles: summary.registeredReceptacles,
      items: summary.items,
      weightKg: summary.weightKg,
      highestSerial: summary.highestSerial ?? 0,
      files: { predes: predesPath, letterBill, deliveryBill },
      documents: this.documents(summary.id),
    }
  }

  /** The documents of a dispatch or consignment folder, as files on disk. */
  documents(subject: string): DocumentFile[] {
    const dir = documentsDir(this.d.dataDir, subject)
    const files: DocumentFile[] = []
    const candidates: Array<[DocumentFile['kind'], string, string]> = [
      ['predes', 'PREDES', `PREDES-${subject}.edi`],
      ['letter-bill', 'CN 31', `CN31-${subject}.pdf`],
      ['delivery-bill', 'CN 37', `CN37-${subject}.pdf`],
      ['delivery-bill', 'CN 38', `CN38-${subject}.pdf`],
      ['delivery-bill', 'CN 41', `CN41-${subject}.pdf`],
      ['cardit', 'CARDIT', `CARDIT-${subject}.edi`],
      ['precon', 'PRECON', `PRECON-${subject}.edi`],
    ]
    for (const [kind, form, name] of candidates) {
      const path = join(dir, name)
      if (existsSync(path)) files.push({ kind, form, name, path })
    }
    return files
  }

  /** A document's bytes, only from this station's documents and mailbox folders. */
  document(path: string): { name: string; mime: string; data: Buffer } {
    const inside = [
      join(this.d.dataDir, 'documents'),
      join(this.d.dataDir, 'outbox'),
      join(this.d.dataDir, 'inbox'),
    ]
    const resolved = join(path)
    if (
      !inside.some((root) => resolved.startsWith(`${root}/`) || resolved.startsWith(`${root}\\`)) ||
      resolved.includes('..')
    ) {
      throw new StationError('invalid', `${path} is not one of this station's documents.`)
    }
    if (!existsSync(resolved))
      throw new StationError('not_found', `The document ${basename(resolved)} is not there any more.`)
    const mime = resolved.endsWith('.pdf') ? 'application/pdf' : 'application/edifact'
    return { name: basename(resolved), mime, data: readFileSync(resolved) }
  }

  // ---- messages out -------------------------------------------------------------------------------

  private sender(): Party {
    return { id: this.d.office().impc, qualifier: null }
  }

  /** The partner a message about `destination` goes to: by IMPC code, then by country, else the code itself. */
  private partnerFor(destination: string): { id: string; party: Party } {
    const partners = this.d.store.partners()
    const p =
      partners.find((x) => x.id === destination) ??
      partners.find((x) => x.id === destination.slice(0, 2)) ??
      null
    return p
      ? { id: p.id, party: { id: p.ediId, qualifier: p.ediQualifier } }
      : { id: destination, party: { id: destination, qualifier: null } }
  }

  /** The station's customs partner: the partner of kind customs (the station keeps at most one). */
  customsPartner(): Partner | null {
    return this.d.store.partners().find((p) => p.kind === 'customs') ?? null
  }

  /** The registered partner an interchange came from (by its UNB sender id and qualifier), or null. */
  private partnerOf(sender: Party): Partner | null {
    return (
      this.d.store
        .partners()
        .find(
          (p) => p.ediId === sender.id && (p.ediQualifier === null || p.ediQualifier === sender.qualifier),
        ) ?? null
    )
  }

  /**
   * Inside the write transaction: a customs or referral message (CUSITM to customs, REFRSP to the post
   * that sent the ITMREF) to a partner named by its id, or by the interchange id it wrote from. The
   * file is written after the commit (writeMessageFile).
   */
  queueMessage<T extends 'CUSITM' | 'REFRSP'>(
    type: T,
    to: string,
    subject: string,
    record: RecordsByType[T],
    actor: Operator,
    now: Date,
  ): Message {
    const partners = this.d.store.partners()
    const known = partners.find((p) => p.id === to) ?? partners.find((p) => p.ediId === to)
    return this.outgoing(type, known?.id ?? to, subject, actor, now, (controlRef, recipient) =>
      encodeRecord(type, record, { sender: this.sender(), recipient, controlRef, at: now }),
    )
  }

  /** Inside the write transaction: a message row, its control reference and its content. */
  private outgoing(
    type: string,
    to: string,
    subject: string,
    actor: Operator,
    now: Date,
    encode: (controlRef: string, recipient: Party) => string,
  ): Message {
    const partner = this.partnerFor(to)
    const at = now.toISOString()
    const row = this.d.store.addMessage({
      direction: 'out',
      type,
      partner: partner.id,
      subject,
      controlRef: null,
      file: null,
      state: 'written',
      reason: null,
      content: '',
      at,
      by: actor.id,
    })
    const controlRef = String(row.id).padStart(9, '0')
    const file = join(
      outboxDir(this.d.dataDir, safeName(partner.id)),
      `${type}-${safeName(subject)}-${controlRef}.edi`,
    )
    return this.d.store.saveMessage(row.id, {
      state: 'written',
      reason: `Written to the outbox of ${partner.id}`,
      file,
      controlRef,
      content: encode(controlRef, partner.party),
    })
  }

  messages(direction: 'in' | 'out' | 'all', limit: number): Message[] {
    return this.d.store.messages(direction, limit)
  }

  findMessage(id: number): Message | null {
    return this.d.store.message(id)
  }

  message(id: number): { message: Message; content: string } {
    const message = this.d.store.message(id)
    if (!message) throw new StationError('not_found', `There is no message ${id}.`)
    return { message, content: this.d.store.content(id)! }
  }

  /** Inside the write transaction; the file is written after the commit (writeMessageFile). */
  resend(actor: Operator, id: number, reason: string | undefined): Message {
    const { message, content } = this.message(id)
    if (message.direction !== 'out')
      throw new StationError('invalid', `Message ${id} came in: only outgoing messages can be resent.`)
    const at = this.now().toISOString()
    const copy = this.d.store.addMessage({
      direction: 'out',
      type: message.type,
      partner: message.partner,
      subject: message.subject,
      controlRef: message.controlRef,
      file: null,
      state: 'written',
      reason: `Resent by ${actor.id}${reason ? `: ${reason}` : ''}`,
      content,
      resendOf: message.id,
      at,
      by: actor.id,
    })
    const file = join(
      outboxDir(this.d.dataDir, safeName(message.partner ?? 'unknown')),
      `${message.type}-${safeName(message.subject ?? 'message')}-${message.controlRef ?? message.id}-resend-${copy.id}.edi`,
    )
    const saved = this.d.store.saveMessage(copy.id, {
      state: 'written',
      reason: copy.reason,
      file,
      controlRef: copy.controlRef,
      content,
    })
    this.d.log.append({
      at,
      operator: actor.id,
      type: 'message.resend',
      code: message.subject,
      reason: `Resent ${message.type} message ${message.id} as ${copy.id}${reason ? `: ${reason}` : ''}`,
      detail: { message: copy.id, resendOf: message.id, reason: reason ?? null },
    })
    return saved
  }

  /** Outgoing messages whose file the transport agent has taken from the outbox. */
  goneFromOutbox(): Message[] {
    return this.d.store.waitingInOutbox().filter((m) => m.file !== null && !existsSync(m.file))
  }

  /** Inside the write transaction: those messages are sent. */
  markSent(gone: Message[]): Message[] {
    const at = this.now().toISOString()
    return gone.map((m) =>
      this.d.store.saveMessage(m.id, {
        state: 'sent',
        reason: `Taken from the outbox at ${at}`,
        file: m.file,
        controlRef: m.controlRef,
        content: this.d.store.content(m.id)!,
      }),
    )
  }

  lastOut(type: string): string | null {
    return this.d.store.lastOut(type)
  }

  writeMessageFile(message: Message): void {
    if (!message.file) return
    writeFileAtomic(message.file, this.d.store.content(message.id)!)
    this.d.listeners.emit('message.changed', message)
  }

  // ---- consignments -------------------------------------------------------------------------------

  consignments(limit: number): Consignment[] {
    return this.d.store.consignments(limit)
  }

  /** Inside the write transaction: the receptacles of closed dispatches not yet consigned, one transport. */
  closeConsignment(
    actor: Operator,
    req: { dispatches: string[]; carrier: string; transport: TransportLegInput[] },
  ): { consignment: Consignment; cardit: Message; precon: Message } {
    const legs = req.transport.map((l) => transportLegSchema.parse(l))
    for (const [i, leg] of legs.entries()) {
      for (const [what, time] of [
        ['departure', leg.departure],
        ['arrival', leg.arrival],
      ] as const) {
        if (time !== null && !isLocalTime(time)) {
          throw new StationError(
            'invalid',
            `Transport leg ${i + 1}: the ${what} "${time}" is not a local time with its offset, such as 2026-03-14T22:10:00+01:00.`,
          )
        }
      }
    }
    const summaries = req.dispatches.map((id) => this.requireDispatch(id))
    const notClosed = summaries.filter((s) => s.state !== 'closed')
    if (notClosed.length > 0) {
      throw new StationError(
        'conflict',
        `Close ${notClosed.map((s) => s.id).join(', ')} first: only closed dispatches are consigned.`,
      )
    }
    const held = this.d.customsHolds?.(req.dispatches) ?? null
    if (held) throw new StationError('conflict', `The consignment cannot close: ${held}`)
    const unloadable = this.d.advanceData?.(req.dispatches) ?? null
    if (unloadable) throw new StationError('conflict', `The consignment cannot close: ${unloadable}`)
    const [first] = summaries
    const mixed = summaries.find(
      (s) => s.destination !== first!.destination || s.category !== first!.category,
    )
    if (mixed) {
      throw new StationError(
        'conflict',
        `Dispatch ${mixed.id} goes to ${mixed.destination} category ${mixed.category}, not ${first!.destination} category ${first!.category}: one consignment is one destination and category.`,
      )
    }
    const advices: ReceptacleAdvice[] = []
    const handles: number[] = []
    for (const s of summaries) {
      const consigned = this.d.store.consignedOf(s.id)
      const items = this.d.store.items(s.id)
      for (const r of this.d.store.receptacles(s.id)) {
        if (consigned.has(r.handle)) continue
        handles.push(r.handle)
        advices.push(this.advice(r, items))
      }
    }
    if (handles.length === 0) {
      throw new StationError(
        'conflict',
        `Every receptacle of ${req.dispatches.join(', ')} is already in a consignment.`,
      )
    }
    const now = this.now()
    const at = now.toISOString()
    const prefix = `${first!.origin}${String(now.getFullYear()).slice(-1)}`
    const id = `${prefix}${String(this.d.store.countWithPrefix(prefix) + 1).padStart(5, '0')}`
    this.d.store.addConsignment(
      {
        id,
        origin: first!.origin,
        destination: first!.destination,
        category: first!.category,
        carrier: req.carrier,
        transport: legs,
        closedAt: at,
        closedBy: actor.id,
      },
      handles,
    )
    const record: ConsignmentRecord = {
      consignmentId: id,
      preparedAt: localIso(now),
      origin: first!.origin,
      destination: first!.destination,
      category: first!.category,
      carrier: req.carrier,
      transport: legs.map((l): TransportLeg => ({ ...l, arrival: l.arrival ?? null })),
      receptacles: advices.map((a) => ({ ...a, items: [] })),
    }
    const cardit = this.outgoing('CARDIT', req.carrier, id, actor, now, (controlRef, recipient) =>
      encodeRecord('CARDIT', record, { sender: this.sender(), recipient, controlRef, at: now }),
    )
    const precon = this.outgoing('PRECON', first!.destination, id, actor, now, (controlRef, recipient) =>
      encodeRecord('PRECON', record, { sender: this.sender(), recipient, controlRef, at: now }),
    )
    const weightKg = round1(advices.reduce((sum, a) => sum + a.weightKg, 0))
    this.d.log.append({
      at,
      operator: actor.id,
      type: 'consignment.close',
      code: id,
      reason: `Consignment ${id} to ${first!.destination} by ${req.carrier} ${legs[0]!.number}: ${handles.length} receptacle${handles.length === 1 ? '' : 's'}, ${weightKg} kg.`,
      detail: { consignment: id, dispatches: req.dispatches, receptacles: handles.length, weightKg },
    })
    return { consignment: this.d.store.consignment(id)!, cardit, precon }
  }

  /** After the commit: CARDIT to the carrier's outbox, PRECON to the destination's, copies in documents. */
  writeConsignmentFiles(result: {
    consignment: Consignment
    cardit: Message
    precon: Message
  }): DocumentFile[] {
    const dir = documentsDir(this.d.dataDir, result.consignment.id)
    for (const [message, name] of [
      [result.cardit, `CARDIT-${result.consignment.id}.edi`],
      [result.precon, `PRECON-${result.consignment.id}.edi`],
    ] as const) {
      const content = this.d.store.content(message.id)!
      writeFileAtomic(join(dir, name), content)
      if (message.file) writeFileAtomic(message.file, content)
      this.d.listeners.emit('message.changed', message)
    }
    this.d.listeners.emit('consignment.changed', result.consignment)
    return this.documents(result.consignment.id)
  }

  // ---- messages in --------------------------------------------------------------------------------

  /**
   * Inside the write transaction. Returns the message row: `applied`, or `quarantined` with every reason
   * (a file with any problem changes nothing). Throws only on a bug; a hostile file is a quarantine.
   */
  importEdi(
    actor: Operator,
    name: string,
    content: string,
  ): {
    message: Message
    applied: boolean
    issues: ReturnType<typeof readInterchange>['issues']
    /** Customs decisions it applied (CUSRSP), to announce after the commit. */
    customs?: CustomsChange[]
  } {
    const at = this.now().toISOString()
    const read = readInterchange(content)
    const type = read.messages[0]?.type ?? read.interchange?.messages[0]?.header.type ?? 'UNKNOWN'
    const partner = read.interchange?.header.sender.id ?? null
    const issues = [...read.issues]
    if (issues.length === 0) {
      const sender = read.interchange!.header.sender
      for (const m of read.messages) issues.push(...this.check(m, sender))
    }
    const row = this.d.store.addMessage({
      direction: 'in',
      type,
      partner,
      subject: this.subjectOf(read.messages[0]) ?? name,
      controlRef: read.interchange?.header.controlRef ?? null,
      file: name,
      state: issues.length > 0 ? 'quarantined' : 'applied',
      reason: issues.length > 0 ? issues.map(describeIssue).join('\n') : null,
      content,
      at,
      by: actor.id,
    })
    if (issues.length > 0) {
      this.d.log.append({
        at,
        operator: actor.id,
        type: 'edi.quarantine',
        code: name,
        reason: `Quarantined ${name} (${type}): ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing applied. ${describeIssue(issues[0]!)}`,
        detail: { message: row.id, issues: issues.length },
      })
      return { message: row, applied: false, issues }
    }
    const words: string[] = []
    const changes: CustomsChange[] = []
    const sender = read.interchange!.header.sender
    for (const m of read.messages) words.push(this.apply(m, row.id, actor, sender, changes))
    const reason = words.join(' ')
    const saved = this.d.store.saveMessage(row.id, {
      state: 'applied',
      reason,
      file: name,
      controlRef: row.controlRef,
      content,
    })
    this.d.log.append({
      at,
      operator: actor.id,
      type: 'edi.import',
      code: name,
      reason: `Applied ${name} (${type}): ${reason}`,
      detail: { message: row.id },
    })
    return { message: saved, applied: true, issues: [], customs: changes }
  }

  private subjectOf(m: DecodedMessage | undefined): string | null {
    if (!m) return null
    switch (m.type) {
      case 'PREDES':
      case 'RESDES':
        return m.record.dispatchId
      case 'CARDIT':
      case 'PRECON':
      case 'RESCON':
      case 'RESDIT':
        return m.record.consignmentId
      case 'CUSITM':
        return m.record.itemId
      case 'EMSEVT':
      case 'CUSRSP':
      case 'ITMREF':
      case 'REFRSP':
        return null
    }
  }

  /** What would stop a decoded message from applying, said the way parse issues are. */
  private check(m: DecodedMessage, sender: Party): ReturnType<typeof readInterchange>['issues'] {
    const issue = (message: string) => ({
      message,
      line: null,
      segment: null,
      tag: null,
      element: null,
      component: null,
    })
    switch (m.type) {
      case 'RESDIT':
      case 'RESCON':
        return this.d.store.consignment(m.record.consignmentId)
          ? []
          : [
              issue(
                `${m.type} is about consignment ${m.record.consignmentId}, which this station did not send.`,
              ),
            ]
      case 'RESDES':
        return this.d.store.summary(m.record.dispatchId)
          ? []
          : [issue(`RESDES is about dispatch ${m.record.dispatchId}, which this station did not send.`)]
      case 'ITMREF': {
        const referrals = this.d.referrals
        if (!referrals) return [issue('ITMREF cannot be applied: this station keeps no advance data.')]
        return m.record.referrals
          .filter((r) => !referrals.known(r.itemId))
          .map((r) =>
            issue(`ITMREF refers item ${r.itemId} (${r.type}), which this station has no advance data for.`),
          )
      }
      case 'CUSRSP': {
        // Customs decisions are customs' alone: over the link, only from the registered customs partner.
        const from = this.partnerOf(sender)
        const who = `${sender.id}${sender.qualifier ? `:${sender.qualifier}` : ''}`
        const items = m.record.responses.map((r) => r.itemId).join(', ')
        if (from === null || from.kind !== 'customs') {
          const is =
            from === null
              ? `${who} is not a partner of this station`
              : `${who} is partner ${from.id}, a ${from.kind}, not the customs administration`
          return [
            issue(
              `CUSRSP from ${who} is not applied: ${is}. Only the customs partner (station partner add --kind customs) sends customs decisions; a customs officer can decide on ${items} at the station.`,
            ),
          ]
        }
        if (!this.d.customs) return [issue('CUSRSP cannot be applied: this station keeps no customs queue.')]
        return this.d.customs.refusals(m.record.responses).map(issue)
      }
      default:
        return [
          issue(
            `${m.type} messages are sent by this station, not received: this version does not take them in.`,
          ),
        ]
    }
  }

  private apply(
    m: DecodedMessage,
    message: number,
    actor: Operator,
    sender: Party,
    changes: CustomsChange[],
  ): string {
    const by = actor.id
    switch (m.type) {
      case 'RESDIT': {
        let latest: { code: string; at: string } | null = null
        let count = 0
        for (const e of m.record.events) {
          for (const r of e.receptacles) {
            this.d.store.report(r, 'RESDIT', e.code, e.at, e.location, message)
            count++
          }
          const utc = new Date(e.at).toISOString()
          if (!latest || utc >= latest.at) latest = { code: e.code, at: utc }
        }
        if (latest) {
          this.d.store.consignmentStatus(
            m.record.consignmentId,
            `${latest.code} ${RESDIT_WORDS[latest.code] ?? ''}`.trim(),
            latest.at,
          )
          const c = this.d.store.consignment(m.record.consignmentId)
          if (c) this.d.listeners.emit('consignment.changed', c)
        }
        return `${m.record.events.length} carrier event${m.record.events.length === 1 ? '' : 's'} on consignment ${m.record.consignmentId} (${count} receptacle report${count === 1 ? '' : 's'}).`
      }
      case 'RESCON':
      case 'RESDES': {
        for (const r of m.record.receptacles)
          this.d.store.report(
            r.id,
            m.type,
            r.condition,
            new Date(m.record.receivedAt).toISOString(),
            m.record.office,
            message,
          )
        const missing = m.record.receptacles.filter((r) => r.condition !== 'received')
        const subject =
          m.type === 'RESCON' ? `consignment ${m.record.consignmentId}` : `dispatch ${m.record.dispatchId}`
        return `${m.record.receptacles.length} receptacle${m.record.receptacles.length === 1 ? '' : 's'} of ${subject} reported by ${m.record.office}${missing.length > 0 ? `, ${missing.length} not received as sent (${missing.map((r) => `${r.id} ${r.condition}`).join(', ')})` : ''}.`
      }
      case 'ITMREF': {
        const at = this.now().toISOString()
        for (const r of m.record.referrals) {
          const status = REFERRAL_STATUS[r.type]
          const seq = this.d.log.append({
            at,
            operator: by,
            type: 'ead.referral',
            code: r.itemId,
            reason: `${r.itemId}: ${r.type} from the destination (ITMREF)${r.text === null ? '' : `: ${r.text}`}.`,
            detail: { message, status, text: r.text },
          })
          this.d.referrals!.refer(r.itemId, status, r.text, seq, message)
        }
        return `${m.record.referrals.length} referral${m.record.referrals.length === 1 ? '' : 's'} (${m.record.referrals.map((r) => `${r.itemId} ${r.type}`).join(', ')}).`
      }
      case 'CUSRSP': {
        // check() found the interchange came from the customs partner and every decision applies.
        const partner = this.partnerOf(sender)!
        const applied = this.d.customs!.apply(
          { partner: partner.id, message, importedBy: actor },
          m.record.responses,
          this.now().toISOString(),
        )
        changes.push(applied.change)
        return applied.words
      }
      default:
        return ''
    }
  }

  unconfirmed(olderThanHours: number) {
    const cutOff = new Date(this.now().getTime() - olderThanHours * 3_600_000).toISOString()
    return this.d.store.unconfirmedSince(cutOff).map((r) => ({
      receptacleId: r.receptacle_id,
      dispatchId: r.dispatch_id,
      destination: r.destination,
      advisedAt: r.closed_at,
      reason: `Advised in the PREDES of ${r.dispatch_id} at ${r.closed_at}; no RESDES, RESCON or RESDIT has confirmed it since.`,
    }))
  }

  // ---- partners -----------------------------------------------------------------------------------

  partners(): Partner[] {
    return this.d.store.partners()
  }

  savePartner(actor: Operator, p: Partner): Partner {
    const customs = this.customsPartner()
    if (p.kind === 'customs' && customs !== null && customs.id !== p.id) {
      throw new StationError(
        'conflict',
        `Partner ${customs.id} (EDI id ${customs.ediId}) is already this station's customs partner: the station exchanges CUSITM and CUSRSP with one customs administration. Change ${customs.id} (partner add --id ${customs.id}) or make it another kind first.`,
      )
    }
    const at = this.now().toISOString()
    this.d.store.savePartner(p, at)
    this.d.log.append({
      at,
      operator: actor.id,
      type: 'partner.save',
      code: p.id,
      reason: `Partner ${p.id} (${p.kind}${p.name ? `, ${p.name}` : ''}): EDI id ${p.ediId}${p.ediQualifier ? `:${p.ediQualifier}` : ''}`,
      detail: { ...p },
    })
    return p
  }

  // ---- EMSEVT -------------------------------------------------------------------------------------

  /** Item events at or after `since` (EMB from first accepted scans, the rest from item_event), in local time. */
  itemEvents(since: Date, until: Date | null): ItemEvent[] {
    const end = until?.toISOString() ?? null
    return this.d.store
      .itemEventsSince(since.toISOString())
      .filter((r) => end === null || r.at < end)
      .map((r) => ({
        itemId: r.item_id,
        code: r.code,
        at: localIso(new Date(r.at)),
        office: r.office,
        reason: r.reason,
        receptacle: r.receptacle,
      }))
  }

  /** EMSEVT text for a file, not recorded as a message (an export on demand to a file of one's own). */
  emsevtText(record: EmsevtRecord, actor: Operator): string {
    const now = this.now()
    const controlRef = `E${now.getTime().toString(36).toUpperCase()}`
    void actor
    return encodeRecord('EMSEVT', record, {
      sender: this.sender(),
      recipient: { id: 'EMSEVT', qualifier: null },
      controlRef,
      at: now,
    })
  }

  /** `now` is the export's upper bound: the next scheduled export starts there. */
  encodeEmsevt(record: EmsevtRecord, actor: Operator, to: string, now: Date): Message {
    return this.outgoing(
      'EMSEVT',
      to,
      `EMSEVT-${localIso(now).slice(0, 16).replace(/[-:T]/g, '')}`,
      actor,
      now,
      (controlRef, recipient) =>
        encodeRecord('EMSEVT', record, { sender: this.sender(), recipient, controlRef, at: now }),
    )
  }
}
