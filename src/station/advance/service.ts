// Electronic advance data in the engine: ITMATT imports, an item's advance data and EAD status, the
// stored reports, the dispatch and consignment check, and the clean-up of imports a dead process left.
// Referrals (ITMREF) are answered here: the answer is audited and goes back as a REFRSP to the post that
// raised it.
import type { Database } from 'better-sqlite3'
import type { AdvanceItemView, AdvanceReport, ReferralAnswer } from '../../api/advance'
import type { Message } from '../../api/exchange'
import type { ReferralStatus } from '../../core/customs'
import { referralResponse, REFERRAL_RESPONSE_LIST } from '../../core/edi/messages'
import type { RefrspRecord } from '../../core/edi/records'
import { identify } from '../../core/ids'
import { StationError } from '../errors'
import type { Listeners } from '../listeners'
import { ANSWERS_REFERRALS, requireRole } from '../permissions'
import { cleanItemId } from '../scan/clean-id'
import type { StationTurn } from '../store/write-turn'
import type { EventLog } from '../store/events'
import type { DestinationPolicy, Operator, StationEvent } from '../types'
import { unloadable } from './gate'
import { DELETE_SLICE, ItmattImport, type ItmattSource } from './import'
import { AdvanceStore, type BatchRow } from './store'

export type { ItmattSource } from './import'

export interface AdvanceDeps {
  db: Database
  log: EventLog
  listeners: Listeners
  clock: () => Date
  write<R>(work: () => R): R
  policyFor(destination: string): DestinationPolicy | null
  /** From which size an ITMATT XML file is read by two threads (ImportDeps). */
  twoPartsFromBytes?: number
  /** The station file's write turn, shared with the import's threads. */
  turn: StationTurn
  /** A commit on the station file by another connection (an import thread's chunk). */
  committed(): void
  checkpointsInBackground(): boolean
  /** The exchange office's messages, for the REFRSP that answers an ITMREF. */
  referralLink?: ReferralLink
}

export interface ReferralLink {
  /** The message row (an incoming ITMREF), or null. */
  message(id: number): Message | null
  /** Inside the write transaction: a REFRSP to the partner (its id, or the interchange id it wrote from). */
  queueRefrsp(actor: Operator, to: string, record: RefrspRecord, now: Date): Message
  /** After the commit: the message's file in the partner's outbox. */
  written(message: Message): void
}

/** How many items one answer may name, as for customs decisions. */
export const MAX_ITEMS_PER_ANSWER = 1000
/** REFRSP's FTX: the action taken, in words. */
const ACTION_MAX = 512

const REFERRAL_TYPE: Record<ReferralStatus, 'RFI' | 'RFS' | 'DNL' | null> = {
  rfi: 'RFI',
  rfs: 'RFS',
  dnl: 'DNL',
  assessment_complete: null,
}

const REFERRAL_WORDS: Record<ReferralStatus, string> = {
  rfi: 'request for information',
  rfs: 'request for screening',
  dnl: 'do not load',
  assessment_complete: 'assessment complete',
}

/** The S10 identifier a code names, or a refusal saying it is not one. */
function s10(itemId: string): string {
  const text = itemId.trim().toUpperCase()
  const id = cleanItemId(text)
  if (id !== null) return id
  const found = identify(text)
  if (!(found.kind === 'item' && found.valid)) {
    throw new StationError('invalid', `"${itemId.slice(0, 64)}" is not a valid S10 item identifier.`)
  }
  return found.normalized
}

/** Batches being written by this process, per database file: not a dead process's leftovers. */
const ACTIVE = new Map<string, Set<number>>()

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export class AdvanceService {
  readonly store: AdvanceStore
  private readonly active: Set<number>

  constructor(private readonly d: AdvanceDeps) {
    this.store = new AdvanceStore(d.db)
    const key = d.db.name
    let active = ACTIVE.get(key)
    if (!active) {
      active = new Set()
      ACTIVE.set(key, active)
    }
    this.active = active
  }

  private abandoned(b: BatchRow): boolean {
    if (b.state === 'failed' || b.pid === null) return true
    if (b.pid === process.pid) return !this.active.has(b.id)
    return !processAlive(b.pid)
  }

  /**
   * At open: deletes what failed imports and imports of dead processes left, a slice per transaction.
   * Their rows were never visible; this only gives the space back. Returns the batches deleted.
   */
  recover(): number {
    let cleaned = 0
    const tx = <R>(work: () => R): R => this.d.db.transaction(work).immediate()
    for (const b of this.store.unfinishedBatches()) {
      if (!this.abandoned(b)) continue
      tx(() => this.store.markFailed(b.id, this.d.clock().toISOString()))
      while (tx(() => this.store.deleteSlice(b, DELETE_SLICE)) > 0);
      tx(() => this.store.forgetBatch(b.id))
      cleaned++
    }
    return cleaned
  }

  async importItmatt(actor: Operator, source: ItmattSource, signal?: AbortSignal): Promise<AdvanceReport> {
    const run = new ItmattImport(
      {
        db: this.d.db,
        store: this.store,
        log: this.d.log,
        listeners: this.d.listeners,
        clock: this.d.clock,
        write: this.d.write,
        active: this.active,
        turn: this.d.turn,
        committed: this.d.committed,
        checkpointsInBackground: this.d.checkpointsInBackground,
        ...(this.d.twoPartsFromBytes === undefined ? {} : { twoPartsFromBytes: this.d.twoPartsFromBytes }),
      },
      actor,
      source,
      signal,
    )
    return (await run.run()).report
  }

  item(itemId: string): AdvanceItemView | null {
    return this.store.item(s10(itemId))
  }

  report(batch: number): AdvanceReport {
    const row = this.store.batch(batch)
    if (!row) throw new StationError('not_found', `There is no ITMATT import ${batch}.`)
    if (row.report === null) {
      throw new StationError(
        'not_found',
        `ITMATT import ${batch} (${row.file}) is still importing: its report comes when it is published.`,
      )
    }
    return JSON.parse(row.report) as AdvanceReport
  }

  /** Inside the write transaction: which items of the dispatches may not be loaded, or null. */
  unloadable(dispatchIds: readonly string[]): string | null {
    return unloadable(this.store, this.d.policyFor, dispatchIds)
  }

  /**
   * Inside the write transaction: records what customs said of an item (ICS2 referral, ITMREF);
   * `message`, the ITMREF it came in, is whom the answer goes back to.
   */
  refer(
    itemId: string,
    status: ReferralStatus,
    reason: string | null,
    seq: number,
    message: number | null = null,
  ): void {
    this.store.refer(itemId, status, reason, seq, message)
  }

  /** The ITMREF message a referral came in: its own column, else the detail of its ead.referral event. */
  private referralMessage(r: { seq: number; message: number | null }): Message | null {
    const link = this.d.referralLink
    if (!link) return null
    let id = r.message
    if (id === null) {
      const detail = this.d.log.get(r.seq)?.detail
      id = typeof detail?.message === 'number' ? detail.message : null
    }
    return id === null ? null : link.message(id)
  }

  /**
   * Answers the open referrals of the items, all or nothing: each gets the response code and the action
   * taken, audited (ead.answer), and one REFRSP per post that raised them. An RFI or RFS is closed by
   * its answer; a DNL is answered and stays in force, the item still may not be loaded.
   */
  answerReferral(
    actor: Operator,
    codes: readonly string[],
    answer: { code: string; action: string },
  ): { answers: ReferralAnswer[]; messages: Message[] } {
    requireRole(actor, ANSWERS_REFERRALS, 'Answering a referral')
    const response = referralResponse(answer.code)
    if (response === null) {
      throw new StationError(
        'invalid',
        `A referral answer is one of ${REFERRAL_RESPONSE_LIST.entries.map((e) => `${e.code} (${e.meaning})`).join(', ')}; not "${String(answer.code).slice(0, 20)}".`,
      )
    }
    const action = String(answer.action ?? '').trim()
    if (action === '' || action.length > ACTION_MAX)
      throw new StationError('invalid', `Say what was done, in 1 to ${ACTION_MAX} characters.`)
    if (codes.length === 0) throw new StationError('invalid', 'Name at least one item (its S10 identifier).')
    if (codes.length > MAX_ITEMS_PER_ANSWER) {
      throw new StationError(
        'invalid',
        `One answer names at most ${MAX_ITEMS_PER_ANSWER} items; this one names ${codes.length}.`,
      )
    }
    const ids = [...new Set(codes.map(s10))]
    const done = this.d.write(() => {
      const problems: string[] = []
      const open = ids.map((id) => ({ id, referrals: this.store.unansweredReferrals(id) }))
      for (const { id, referrals } of open) {
        if (referrals.length === 0) problems.push(`${id} has no referral waiting for an answer`)
        for (const r of referrals) {
          const type = REFERRAL_TYPE[r.status]
          if (type === null) problems.push(`${id}: its assessment is complete, there is nothing to answer`)
          else if (!(response.answers as readonly string[]).includes(type)) {
            problems.push(
              `${id} has a ${REFERRAL_WORDS[r.status]} (${type}), which ${response.code} does not answer (it answers ${response.answers.join(', ')})`,
            )
          }
        }
      }
      if (problems.length > 0)
        throw new StationError('conflict', `${problems.join('; ')}. Nothing was answered.`)
      const now = this.d.clock()
      const at = now.toISOString()
      // One REFRSP per post that raised referrals, naming each item once.
      const recipients = new Map<string, string[]>()
      const to = new Map<number, string | null>()
      for (const { id, referrals } of open) {
        for (const r of referrals) {
          const partner = this.referralMessage(r)?.partner ?? null
          to.set(r.id, partner)
          if (partner === null) continue
          const items = recipients.get(partner) ?? []
          if (!items.includes(id)) items.push(id)
          recipients.set(partner, items)
        }
      }
      const messages: Message[] = []
      const sent = new Map<string, Message>()
      for (const [partner, items] of recipients) {
        const record: RefrspRecord = {
          responses: items.map((itemId) => ({ itemId, code: response.code, action })),
        }
        const m = this.d.referralLink!.queueRefrsp(actor, partner, record, now)
        messages.push(m)
        sent.set(partner, m)
      }
      const answers: ReferralAnswer[] = []
      const events: StationEvent[] = []
      for (const { id, referrals } of open) {
        for (const r of referrals) {
          const partner = to.get(r.id) ?? null
          const message = partner === null ? null : sent.get(partner)!
          const close = r.status !== 'dnl'
          const type = REFERRAL_TYPE[r.status]!
          const e = {
            at,
            operator: actor.id,
            type: 'ead.answer',
            code: id,
            reason:
              `${id}: ${type} answered ${response.code}, ${response.meaning}: ${action}. ` +
              (message
                ? `REFRSP message #${message.id} queued for ${message.partner}.`
                : 'No ITMREF raised it: no REFRSP was sent.') +
              (close ? '' : ' The do-not-load stays in force: the item must still not be loaded.'),
            detail: {
              referral: r.id,
              status: r.status,
              code: response.code,
              action,
              closed: close,
              message: message?.id ?? null,
              partner: message?.partner ?? null,
            },
          }
          const seq = this.d.log.append(e)
          events.push(this.d.log.shape(seq, e))
          this.store.answered(r.id, seq, close)
          answers.push({
            itemId: id,
            referral: r.status,
            code: response.code,
            action,
            closed: close,
            seq,
            message: message?.id ?? null,
            partner: message?.partner ?? null,
          })
        }
      }
      return { answers, messages, events }
    })
    for (const m of done.messages) {
      try {
        this.d.referralLink!.written(m)
      } catch (error) {
        // Committed: the message is in the station, and `station message resend` writes it again.
        console.error(`Post Station: REFRSP message #${m.id} was not written to ${m.file}:`, error)
      }
    }
    for (const e of done.events) this.d.listeners.event(e)
    return { answers: done.answers, messages: done.messages }
  }

  /** At close: imports still running are marked failed, so the next open deletes their rows. */
  close(): void {
    if (this.active.size === 0) return
    const at = this.d.clock().toISOString()
    for (const batch of this.active) this.store.markFailed(batch, at)
    this.active.clear()
  }
}
