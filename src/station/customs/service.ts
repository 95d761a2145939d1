// Customs at the office of exchange. Post staff present items (EXA export, EDB import); a signed-in customs
// officer decides: hold, release, return to sender or seize, for one item or many in one transaction,
// all or nothing. A decision writes the hold row the scan path reads, so it takes effect on the very next
// scan; it is audited in the event log and produces its UPU item event. Anyone else who tries to decide
// is refused, and the refusal is itself committed to the log.
// Over the link with the customs administration (a partner of kind customs): presenting an item sends it
// a CUSITM built from the item's advance data, and its CUSRSP decisions are applied through the very
// same decision code as an officer's, audited as the customs system's.
import type { Database } from 'better-sqlite3'
import {
  customsDecideOptionsSchema,
  customsDecisionKindSchema,
  customsQueueFilterSchema,
  type CustomsDecision,
  type CustomsDecisionKind,
  type CustomsDecideOptions,
  type CustomsDirection,
  type CustomsItem,
  type CustomsQueueEntry,
  type CustomsQueueFilter,
  type Duty,
  type HoldKind,
} from '../../api/customs'
import type { Message, Partner } from '../../api/exchange'
import { describeZodError } from '../../api/handle'
import { serviceIndicatorInfo } from '../../core/codelists'
import type { CusitmRecord, CustomsResponse } from '../../core/edi/records'
import { identify } from '../../core/ids'
import { StationError } from '../errors'
import type { Listeners } from '../listeners'
import { DECIDES_CUSTOMS, PRESENTS_TO_CUSTOMS, RECORDS_DUTY_PAYMENT, requireRole } from '../permissions'
import { cleanItemId } from '../scan/clean-id'
import type { EventLog, NewEvent } from '../store/events'
import type { Operator, StationEvent } from '../types'
import { tableAdvance, type AdvanceSource } from './advance'
import { cusitmFromAdvance, responseDecision } from './link'
import type { CustomsStore, ItemRow, PresentationRow } from './store'
import {
  decisionEvent,
  decisionSentence,
  formatDuty,
  holdWords,
  presentedEvent,
  refusedTransition,
  RETURNED_WORDS,
  SEIZED_WORDS,
  STATE_AFTER,
} from './vocabulary'

/** How many items one request may name: a pallet's worth, not a whole day's manifest. */
export const MAX_ITEMS_PER_DECISION = 1000

export interface CustomsDeps {
  db: Database
  store: CustomsStore
  log: EventLog
  listeners: Listeners
  clock: () => Date
  /** This office's IMPC code: its first two letters are the country customs guards. */
  office(): string
  /** Runs work in the engine's write transaction (after the queued scans). */
  write<R>(work: () => R): R
  /** Where the declared value and the advance data come from (default: the ITMATT tables, if any). */
  advance?: (db: Database) => AdvanceSource
  /** The EDI link with the customs administration (the exchange office's messages); none: no CUSITM. */
  link?: CustomsLink
}

export interface CustomsLink {
  /** The station's customs partner (the partner of kind customs), or null when none is set up. */
  partner(): Partner | null
  /** Inside the write transaction: the CUSITM as an outgoing message to that partner. */
  queueCusitm(actor: Operator, partner: string, record: CusitmRecord, now: Date): Message
  /** After the commit: the message's file in the partner's outbox. */
  written(message: Message): void
}

/** What a committed change announces after the commit: events, items, and outgoing files to write. */
export interface CustomsChange {
  events: StationEvent[]
  items: string[]
  messages: Message[]
}
type Change = CustomsChange

/** Where a CUSRSP came from: the customs partner's interchange, imported by an operator. */
export interface ResponseSource {
  partner: string
  message: number
  importedBy: Operator
}

function itemIdOf(code: string): string | null {
  const clean = cleanItemId(code)
  if (clean) return clean
  const id = identify(code)
  return id.kind === 'item' && id.valid ? id.normalized : null
}

/** The S10 ids of the codes, each once, in order; every code that is not one is named in the refusal. */
function itemIds(codes: readonly string[]): string[] {
  if (codes.length === 0) throw new StationError('invalid', 'Name at least one item (its S10 identifier).')
  if (codes.length > MAX_ITEMS_PER_DECISION) {
    throw new StationError(
      'invalid',
      `One request names at most ${MAX_ITEMS_PER_DECISION} items; this one names ${codes.length}.`,
    )
  }
  const bad = codes.filter((c) => itemIdOf(c) === null)
  if (bad.length > 0) {
    throw new StationError(
      'invalid',
      `Not an S10 item identifier: ${bad.map((c) => JSON.stringify(c.slice(0, 64))).join(', ')}. Nothing was changed.`,
    )
  }
  return [...new Set(codes.map((c) => itemIdOf(c)!))]
}

function listed(ids: readonly string[], most = 10): string {
  const shown = ids.slice(0, most).join(', ')
  return ids.length > most ? `${shown} and ${ids.length - most} more` : shown
}

const round1 = (n: number): number => Math.round(n * 10) / 10

/** What one request sends customs: its CUSITM messages, with what it looked up once for all its items. */
class Outgoing {
  readonly list: Message[] = []
  partner: Partner | null | undefined = undefined
  advance: AdvanceSource | undefined = undefined
}

/** A decision as checked, ready to be written. */
interface Decided {
  decision: CustomsDecisionKind
  kind: HoldKind | null
  reason: string | null
  note: string | null
  duty: Duty | null
}

export class CustomsService {
  constructor(private readonly d: CustomsDeps) {}

  private advance(): AdvanceSource {
    return (this.d.advance ?? tableAdvance)(this.d.db)
  }

  private country(): string {
    return this.d.office().slice(0, 2)
  }

  /**
   * Export when the item leaves this office's country, import when it is addressed to it. An item with
   * no destination on file goes by where it was posted (the S10 country): posted here, it is going out.
   */
  private direction(
    item: Pick<ItemRow, 'id' | 'destination_country' | 'destination_office'>,
  ): CustomsDirection {
    const ours = this.country()
    const to = item.destination_country ?? item.destination_office?.slice(0, 2) ?? null
    if (to !== null) return to === ours ? 'import' : 'export'
    return item.id.slice(11) === ours ? 'export' : 'import'
  }

  private announce(change: Change): CustomsQueueEntry[] {
    for (const m of change.messages) {
      try {
        this.d.link?.written(m)
      } catch (error) {
        // Committed: the message is in the station, and `station message resend` writes it again.
        console.error(`Post Station: ${m.type} message #${m.id} was not written to ${m.file}:`, error)
      }
    }
    for (const e of change.events) this.d.listeners.event(e)
    const advance = this.advance()
    const now = this.d.clock()
    const entries = change.items.map((id) => this.entry(this.d.store.presentation(id)!, advance, now))
    for (const entry of entries) this.d.listeners.emit('customs.changed', entry)
    return entries
  }

  private append(e: NewEvent): { seq: number; event: StationEvent } {
    const seq = this.d.log.append(e)
    return { seq, event: this.d.log.shape(seq, e) }
  }

  private receptacleS9(itemId: string): string | null {
    return this.d.store.receptacle(itemId)?.receptacleId ?? null
  }

  // ---- presenting -----------------------------------------------------------------------------------

  present(actor: Operator, codes: readonly string[]): CustomsQueueEntry[] {
    requireRole(actor, PRESENTS_TO_CUSTOMS, 'Presenting items to customs')
    const ids = itemIds(codes)
    const change = this.d.write(() => {
      const seized = ids.filter((id) => this.d.store.presentation(id)?.state === 'seized')
      if (seized.length > 0) {
        throw new StationError(
          'conflict',
          `${listed(seized)} ${seized.length === 1 ? 'was' : 'were'} seized by customs: ${seized.length === 1 ? 'it is' : 'they are'} out of the postal stream. Nothing was presented.`,
        )
      }
      const events: StationEvent[] = []
      const messages = new Outgoing()
      for (const id of ids) {
        const state = this.d.store.presentation(id)?.state
        // Already waiting for customs: presenting again changes nothing.
        if (state === 'presented' || state === 'held') continue
        events.push(this.presentOne(actor, id, this.d.clock().toISOString(), messages))
      }
      return { events, items: ids, messages: messages.list }
    })
    return this.announce(change)
  }

  /**
   * Inside the write transaction: the CUSITM of a presented item to the customs partner, or why none
   * goes (no customs partner, no advance data, a field the data lacks). Never fails the presentation.
   */
  private cusitm(
    actor: Operator,
    itemId: string,
    messages: Outgoing,
  ): { words: string; detail: { message: number | null; partner: string | null; notSent: string | null } } {
    if (messages.partner === undefined) messages.partner = this.d.link?.partner() ?? null
    const partner = messages.partner
    if (partner === null) {
      const notSent = 'no customs partner is set up (station partner add --kind customs)'
      return { words: `no CUSITM sent: ${notSent}`, detail: { message: null, partner: null, notSent } }
    }
    const built = cusitmFromAdvance(itemId, (messages.advance ??= this.advance()).read(itemId))
    if ('missing' in built) {
      return {
        words: `no CUSITM sent to ${partner.id}: ${built.missing}`,
        detail: { message: null, partner: partner.id, notSent: built.missing },
      }
    }
    const message = this.d.link!.queueCusitm(actor, partner.id, built.record, this.d.clock())
    messages.list.push(message)
    return {
      words: `CUSITM message #${message.id} queued for customs partner ${partner.id}`,
      detail: { message: message.id, partner: partner.id, notSent: null },
    }
  }

  /** Inside the write transaction: the item joins the queue (a new item row if the manifest lacks it). */
  private presentOne(actor: Operator, itemId: string, at: string, messages: Outgoing): StationEvent {
    const known = this.d.store.item(itemId)
    const direction = this.direction(
      known ?? { id: itemId, destination_country: null, destination_office: null },
    )
    const code = presentedEvent(direction)
    const cusitm = this.cusitm(actor, itemId, messages)
    const { seq, event } = this.append({
      at,
      operator: actor.id,
      type: 'customs.present',
      code: itemId,
      reason: `${itemId} presented to ${direction} customs (${code})${known ? '' : '; it was in no manifest: recorded as a new item'}; ${cusitm.words}.`,
      detail: { direction, itemEvent: code, cusitm: cusitm.detail },
    })
    if (!known) {
      this.d.store.addItem(itemId, serviceIndicatorInfo(itemId.slice(0, 2))?.mailClass ?? null, seq)
    }
    this.d.store.present({ itemId, direction, at, by: actor.id, seq })
    const office = this.d.office()
    const receptacle = this.receptacleS9(itemId)
    this.d.store.itemEvent({ itemId, code, at, office, receptacle, reason: null, seq })
    return event
  }

  // ---- deciding -------------------------------------------------------------------------------------

  decide(
    actor: Operator,
    codes: readonly string[],
    decision: CustomsDecisionKind,
    options: CustomsDecideOptions = {},
  ): { decisions: CustomsDecision[]; items: CustomsQueueEntry[] } {
    if (!DECIDES_CUSTOMS.includes(actor.role)) {
      // The attempt is evidence: it is committed even though the decision is refused.
      const event = this.d.write(() => this.refusal(actor, codes, decision))
      this.d.listeners.event(event)
      requireRole(actor, DECIDES_CUSTOMS, 'Deciding a customs matter')
    }
    const what = this.checkDecision(decision, options)
    const ids = itemIds(codes)
    const result = this.d.write(() => {
      this.refuseUndecidable(ids, what.decision)
      const events: StationEvent[] = []
      const messages = new Outgoing()
      const decisions: number[] = []
      const at = this.d.clock().toISOString()
      for (const id of ids) {
        if (!this.d.store.presentation(id)) events.push(this.presentOne(actor, id, at, messages))
        const one = this.decideOne(actor, id, what, at)
        events.push(one.event)
        decisions.push(one.decision)
      }
      return { events, items: ids, decisions, messages: messages.list }
    })
    const decisions = result.decisions.map((id) => this.d.store.decision(id)!)
    return { decisions, items: this.announce(result) }
  }

  private refusal(actor: Operator, codes: readonly string[], decision: string): StationEvent {
    const items = codes.slice(0, MAX_ITEMS_PER_DECISION).map((c) => c.slice(0, 64))
    const ids = items.map((c) => itemIdOf(c) ?? c)
    return this.append({
      at: this.d.clock().toISOString(),
      operator: actor.id,
      type: 'customs.refused',
      code: ids.length === 1 ? ids[0]! : null,
      outcome: 'forbidden',
      reason: `Refused: operator ${actor.id} (${actor.role}) tried to ${String(decision).slice(0, 20)} ${listed(ids)}; only a customs officer decides customs matters.`,
      detail: { decision: String(decision).slice(0, 20), items: ids, role: actor.role },
    }).event
  }

  private checkDecision(decision: CustomsDecisionKind, options: CustomsDecideOptions): Decided {
    const parsedDecision = customsDecisionKindSchema.safeParse(decision)
    if (!parsedDecision.success) {
      throw new StationError(
        'invalid',
        `A customs decision is hold, release, return or seize, not "${String(decision)}".`,
      )
    }
    const parsed = customsDecideOptionsSchema.safeParse(options)
    if (!parsed.success)
      throw new StationError('invalid', `Customs decision: ${describeZodError(parsed.error)}`)
    const d = parsedDecision.data
    const { reason = null, note = null, duty = null } = parsed.data
    let kind = parsed.data.kind ?? null
    if (duty !== null) {
      if (d === 'return' || d === 'seize')
        throw new StationError('invalid', `Duty is payable on a hold or a release, not on a ${d}.`)
      if (d === 'hold' && kind !== null && kind !== 'duty_payable') {
        throw new StationError('invalid', `A hold with duty to pay is of kind duty_payable, not ${kind}.`)
      }
      if (d === 'hold') kind = 'duty_payable'
    }
    if (d === 'release' && kind !== null)
      throw new StationError('invalid', 'A release lifts the hold: it has no hold kind.')
    if (d === 'hold' && kind === null && reason === null) {
      throw new StationError(
        'invalid',
        'A hold needs its reason: the kind (documents_required, inspection, duty_payable, prohibited_restricted) or the reason in words.',
      )
    }
    return { decision: d, kind, reason, note, duty }
  }

  /** The items not known at this station, and those whose state the decision cannot follow (worded). */
  private undecidable(
    ids: readonly string[],
    decisionOf: (id: string) => CustomsDecisionKind,
  ): { unknown: string[]; refused: string[] } {
    const unknown = ids.filter((id) => !this.d.store.item(id))
    const refused: string[] = []
    for (const id of ids) {
      const state = this.d.store.presentation(id)?.state
      const why = state === undefined ? null : refusedTransition(state, decisionOf(id))
      if (why) refused.push(`${id} ${why}`)
    }
    return { unknown, refused }
  }

  /** Inside the transaction, before anything is written: every item must be known and decidable. */
  private refuseUndecidable(ids: readonly string[], decision: CustomsDecisionKind): void {
    const { unknown, refused } = this.undecidable(ids, () => decision)
    if (unknown.length > 0) {
      throw new StationError(
        'not_found',
        `${listed(unknown)} ${unknown.length === 1 ? 'is' : 'are'} not known at this station (in no manifest, never scanned or presented): present ${unknown.length === 1 ? 'it' : 'them'} to customs first. Nothing was decided.`,
      )
    }
    if (refused.length > 0) throw new StationError('conflict', `${refused.join('; ')}. Nothing was decided.`)
  }

  private decideOne(
    actor: Operator,
    itemId: string,
    what: Decided,
    at: string,
    via: { partner: string; message: number } | null = null,
  ): { event: StationEvent; decision: number } {
    const { store } = this.d
    const presentation = store.presentation(itemId)!
    const { direction } = presentation
    const itemEvent = decisionEvent(direction, what.decision, what.kind)
    const sentence = decisionSentence({ itemId, direction, itemEvent, ...what })
    const { seq, event } = this.append({
      at,
      operator: actor.id,
      type: `customs.${what.decision}`,
      code: itemId,
      reason: via
        ? `${sentence} Decided by the customs administration's system: CUSRSP from partner ${via.partner} (message #${via.message}), imported by ${actor.id}.`
        : sentence,
      detail: {
        decision: what.decision,
        direction,
        kind: what.kind,
        reason: what.reason,
        note: what.note,
        duty: what.duty,
        itemEvent: itemEvent.code,
        itemEventReason: itemEvent.reason,
        ...(via ? { authority: 'customs-system', partner: via.partner, message: via.message } : {}),
      },
    })
    const decision = store.addDecision({
      itemId,
      decision: what.decision,
      kind: what.kind,
      reason: what.reason,
      note: what.note,
      dutyAmount: what.duty?.amount ?? null,
      dutyCurrency: what.duty?.currency ?? null,
      decidedBy: via ? `customs:${via.partner}` : actor.id,
      decidedAt: at,
      seq,
      itemEvent: itemEvent.code,
      itemEventReason: itemEvent.reason,
    })
    // One open hold at most: whatever held the item is lifted by this decision.
    const open = store.openHold(itemId)
    if (open) store.liftHold(open.id, seq)
    const holds: Record<CustomsDecisionKind, string | null> = {
      hold: holdWords(what.kind, what.reason, what.duty),
      release: null,
      return: RETURNED_WORDS,
      seize: SEIZED_WORDS,
    }
    const words = holds[what.decision]
    if (words !== null) store.placeHold(itemId, words, seq, decision)
    store.setState(itemId, STATE_AFTER[what.decision], decision)
    store.itemEvent({
      itemId,
      code: itemEvent.code,
      at,
      office: this.d.office(),
      receptacle: this.receptacleS9(itemId),
      reason: itemEvent.reason,
      seq,
    })
    return { event, decision }
  }

  // ---- the customs administration's decisions (CUSRSP) ------------------------------------------------

  /** A CUSRSP response as the decision it stands for, checked as an officer's would be. */
  private responseDecided(r: CustomsResponse): Decided {
    const { decision, options } = responseDecision(r)
    return this.checkDecision(decision, options)
  }

  /**
   * Inside the write transaction, before anything is written: why each CUSRSP response of a file cannot
   * be applied, in words (empty when all can). The item must be known here, presented to customs (the
   * administration answers what the post declared) and in a state the decision may follow.
   */
  responseRefusals(responses: readonly CustomsResponse[]): string[] {
    const reasons: string[] = []
    const decided = new Map<string, Decided>()
    for (const r of responses) {
      try {
        decided.set(r.itemId, this.responseDecided(r))
      } catch (error) {
        if (!(error instanceof StationError)) throw error
        reasons.push(`CUSRSP decision on ${r.itemId} (indicator ${r.indicator}): ${error.message}`)
      }
    }
    const ids = [...decided.keys()]
    const { unknown, refused } = this.undecidable(ids, (id) => decided.get(id)!.decision)
    for (const id of unknown) {
      reasons.push(
        `CUSRSP decides on ${id}, which is not known at this station (in no manifest, never scanned or presented).`,
      )
    }
    for (const id of ids) {
      if (unknown.includes(id) || this.d.store.presentation(id)) continue
      reasons.push(`CUSRSP decides on ${id}, which was never presented to customs at this station.`)
    }
    for (const why of refused) reasons.push(`CUSRSP decision cannot be applied: ${why}.`)
    return reasons
  }

  /**
   * Inside the caller's write transaction (an EDI import): the customs administration's decisions, each
   * through the same code as an officer's (decision row, hold, state, UPU item event, audited event).
   * The role check is replaced by the partner check the caller made: the interchange came from the
   * registered customs partner. The events say so (authority customs-system, partner, message) and the
   * decisions are decided by `customs:<partner>`. Announce the returned change after the commit.
   */
  applyResponses(
    source: ResponseSource,
    responses: readonly CustomsResponse[],
    at: string,
  ): { words: string; change: CustomsChange } {
    const refusals = this.responseRefusals(responses)
    if (refusals.length > 0) throw new StationError('conflict', `${refusals.join(' ')} Nothing was decided.`)
    const events: StationEvent[] = []
    const words: string[] = []
    for (const r of responses) {
      const what = this.responseDecided(r)
      const one = this.decideOne(source.importedBy, r.itemId, what, at, {
        partner: source.partner,
        message: source.message,
      })
      events.push(one.event)
      words.push(
        `${r.itemId} ${STATE_AFTER[what.decision]}${what.duty ? ` (duty ${formatDuty(what.duty)})` : ''}`,
      )
    }
    const n = responses.length
    return {
      words: `${n} customs decision${n === 1 ? '' : 's'} from ${source.partner}: ${words.join(', ')}.`,
      change: { events, items: responses.map((r) => r.itemId), messages: [] },
    }
  }

  /** After the commit of an import that applied customs decisions: the screens hear of them. */
  announceApplied(change: CustomsChange): void {
    this.announce(change)
  }

  // ---- duty ---------------------------------------------------------------------------------------

  recordPayment(
    actor: Operator,
    code: string,
    reference: string,
  ): { decision: CustomsDecision; item: CustomsQueueEntry } {
    requireRole(actor, RECORDS_DUTY_PAYMENT, 'Recording a duty payment')
    const [itemId] = itemIds([code])
    const ref = reference.trim()
    if (ref === '' || ref.length > 64)
      throw new StationError('invalid', 'A payment reference is 1 to 64 characters.')
    const result = this.d.write(() => {
      const due = this.d.store.dutyDecision(itemId!)
      if (!due) {
        throw this.d.store.item(itemId!)
          ? new StationError('conflict', `No duty is payable on ${itemId}: customs set none.`)
          : new StationError('not_found', `${itemId} is not known at this station.`)
      }
      if (due.paymentReference !== null) {
        throw new StationError(
          'conflict',
          `The duty on ${itemId} was already paid (reference ${due.paymentReference}, ${due.paidAt}).`,
        )
      }
      const amount = due.duty ? `${formatDuty(due.duty)} ` : ''
      const { seq, event } = this.append({
        at: this.d.clock().toISOString(),
        operator: actor.id,
        type: 'customs.payment',
        code: itemId,
        reason: `Duty ${amount}on ${itemId} paid, reference ${ref}.`,
        detail: { decision: due.id, reference: ref, duty: due.duty },
      })
      this.d.store.paid(due.id, ref, seq)
      return { events: [event], items: [itemId!], decision: due.id, messages: [] }
    })
    const [item] = this.announce(result)
    return { decision: this.d.store.decision(result.decision)!, item: item! }
  }

  // ---- reading ------------------------------------------------------------------------------------

  private entry(row: PresentationRow, advance: AdvanceSource, now: Date): CustomsQueueEntry {
    return {
      itemId: row.item_id,
      state: row.state,
      direction: row.direction,
      destination: row.destination_office ?? row.destination_country,
      value: advance.value(row.item_id),
      presentedAt: row.presented_at,
      presentedBy: row.presented_by,
      ageHours: round1(Math.max(0, now.getTime() - Date.parse(row.presented_at)) / 3_600_000),
      hold: row.hold,
      lastDecision: row.last_decision === null ? null : this.d.store.decision(row.last_decision),
    }
  }

  queue(filter: CustomsQueueFilter = {}): CustomsQueueEntry[] {
    const parsed = customsQueueFilterSchema.safeParse(filter)
    if (!parsed.success) throw new StationError('invalid', `Customs queue: ${describeZodError(parsed.error)}`)
    const f = parsed.data
    const now = this.d.clock()
    const byValue = f.minValue !== undefined || f.maxValue !== undefined
    const rows = this.d.store.queue({
      state: f.status === 'all' ? null : f.status,
      destination: f.destination ?? null,
      before:
        f.olderThanHours === undefined
          ? null
          : new Date(now.getTime() - f.olderThanHours * 3_600_000).toISOString(),
      // The value lives in the advance data: filtering on it reads the whole selection first.
      limit: byValue ? -1 : f.limit,
    })
    const advance = this.advance()
    const entries: CustomsQueueEntry[] = []
    for (const row of rows) {
      const entry = this.entry(row, advance, now)
      if (byValue) {
        const amount = entry.value?.amount
        if (amount === undefined) continue
        if (f.minValue !== undefined && amount < f.minValue) continue
        if (f.maxValue !== undefined && amount > f.maxValue) continue
      }
      entries.push(entry)
      if (entries.length >= f.limit) break
    }
    return entries
  }

  item(code: string): CustomsItem {
    const [itemId] = itemIds([code])
    const { store } = this.d
    const row = store.item(itemId!)
    if (!row) {
      throw new StationError(
        'not_found',
        `${itemId} is not known at this station: it is in no manifest and was never scanned or presented.`,
      )
    }
    const advance = this.advance()
    const presentation = store.presentation(itemId!)
    return {
      itemId: row.id,
      manifest: {
        mailClass: row.mail_class,
        destinationCountry: row.destination_country,
        destinationOffice: row.destination_office,
        weightKg: row.weight_kg,
        contentsType: row.contents_type,
        sender: row.sender,
        addressee: row.addressee,
        preAdvised: row.pre_advised === 1,
        ead: row.ead === 1,
        doNotLoad: row.do_not_load === 1,
      },
      receptacle: store.receptacle(row.id),
      customs: presentation ? this.entry(presentation, advance, this.d.clock()) : null,
      holds: store.holds(row.id),
      decisions: store.decisions(row.id),
      itemEvents: store.itemEvents(row.id),
      history: store.history(row.id),
      advance: advance.read(row.id),
    }
  }

  // ---- what customs blocks downstream ---------------------------------------------------------------

  /**
   * Why the receptacles of these dispatches (those no consignment took yet) may not leave: the items in
   * them customs holds, returned or seized, named; null when there are none.
   */
  heldRefusal(dispatchIds: readonly string[]): string | null {
    const held = this.d.store.heldInDispatches(dispatchIds)
    if (held.length === 0) return null
    const several = new Set(held.map((h) => h.dispatch_id)).size > 1
    const names = held
      .slice(0, 20)
      .map(
        (h) =>
          `${h.item_id} in receptacle ${String(h.serial).padStart(3, '0')}${several ? ` of ${h.dispatch_id}` : ''} (${h.reason})`,
      )
      .join(', ')
    const more = held.length > 20 ? ` and ${held.length - 20} more` : ''
    const one = held.length === 1
    // What to do depends on where each item is. In a closed receptacle of an open dispatch, a supervisor
    // reopens it (an undo is refused in a closed bag); in an open one, an undo takes it out; once the
    // dispatch closed, its PREDES advised the bag as it is. A returned or seized item never leaves; a held
    // one may, once customs releases it.
    const and = (words: string[]): string =>
      words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '')
    const itemsOf = (list: typeof held, what: string): string =>
      list.length <= 3 ? and(list.map((h) => h.item_id)) : `the ${list.length} ${what} items`
    const receptaclesOf = (list: typeof held): { words: string; count: number } => {
      const bags = [...new Map(list.map((h) => [h.handle, h])).values()].map(
        (h) => `${String(h.serial).padStart(3, '0')}${several ? ` of ${h.dispatch_id}` : ''}`,
      )
      return { words: `receptacle${bags.length > 1 ? 's' : ''} ${and(bags)}`, count: bags.length }
    }
    const how = (list: typeof held, them: string, where: 'open' | 'closed'): string => {
      const bags = receptaclesOf(list)
      return where === 'closed'
        ? `a supervisor reopens ${bags.words}, takes ${them} out and closes ${bags.count > 1 ? 'them' : 'it'} again`
        : `a supervisor takes ${them} out of ${bags.words} (an undo of ${list.length > 1 ? 'their scans' : 'its scan'})`
    }
    const steps: string[] = []
    for (const where of ['closed', 'open'] as const) {
      const here = held.filter(
        (h) => h.dispatch_state === 'open' && (where === 'open') === (h.receptacle_state === 'open'),
      )
      const final = here.filter((h) => h.decision === 'returned' || h.decision === 'seized')
      const release = here.filter((h) => !final.includes(h))
      if (final.length > 0) {
        steps.push(
          `Returned and seized items never leave: ${how(final, itemsOf(final, 'returned or seized'), where)}.`,
        )
      }
      if (release.length > 0) {
        const them = release.length > 1 ? 'them' : 'it'
        steps.push(
          final.length > 0
            ? `Customs must release ${itemsOf(release, 'held')}, or ${release.length > 1 ? 'they are' : 'it is'} taken out the same way.`
            : `Customs must release ${itemsOf(release, 'held')}, or ${how(release, them, where)}.`,
        )
      }
    }
    const advised = held.filter((h) => h.dispatch_state === 'closed')
    if (advised.length > 0) {
      const alone = advised.length === 1
      steps.push(
        `Customs must release ${itemsOf(advised, 'held')} before ${alone ? 'it leaves' : 'they leave'}: ` +
          `${alone ? 'its' : 'their'} dispatch's PREDES already advised ${alone ? 'it' : 'them'}.`,
      )
    }
    return `${held.length} item${one ? ' is' : 's are'} held by customs: ${names}${more}. ${steps.join(' ')}`
  }
}
