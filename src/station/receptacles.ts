// Opening and closing receptacles, and the dispatches they belong to (S8 numbering, S9 on close).
// Runs inside the engine's write transaction; returns the events to announce after the commit.
import { mailClass } from '../core/codelists'
import { buildDispatchId, buildReceptacleId } from '../core/ids'
import { StationError } from './errors'
import type { StationState } from './state'
import type { EventLog, NewEvent } from './store/events'
import type { ReceptacleStore, Series } from './store/receptacles'
import type { DispatchRow, ReceptacleRow } from './store/rows'
import { receptacleLabel } from './scan/reasons'
import type { CloseRequest, OpenRequest, Operator, Role, StationEvent, WeightSource } from './types'

export const MAX_WEIGHT_KG = 999.8

function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export interface BaggingChange {
  receptacle: ReceptacleRow
  dispatch: DispatchRow
  events: StationEvent[]
}

const SUPERVISING: readonly Role[] = ['supervisor', 'admin']

/**
 * How a closing weight is recorded. The engine does not know whether the station has a scale, so it
 * does not refuse a typed weight; it records who typed it, and the face refuses typing to anyone but a
 * supervisor while a scale is present. A request that says nothing is a typed weight (CLI scripts).
 */
export function weighingAudit(
  actor: Operator,
  source: WeightSource | undefined,
): { words: string; detail: { weightSource: WeightSource; manualBy?: Role; supervised?: boolean } } {
  const weightSource = source ?? 'manual'
  switch (weightSource) {
    case 'scale':
      return { words: 'from the scale', detail: { weightSource } }
    case 'manual': {
      const supervised = SUPERVISING.includes(actor.role)
      return {
        words: `typed by ${actor.id} (${actor.role}${supervised ? '' : ', not a supervisor'})`,
        detail: { weightSource, manualBy: actor.role, supervised },
      }
    }
    default:
      throw new StationError(
        'invalid',
        `The weight source must be "scale" or "manual", not "${String(weightSource satisfies never)}".`,
      )
  }
}

function validSeries(r: OpenRequest, origin: string): Omit<Series, 'year'> {
  const destination = r.destination.trim().toUpperCase()
  const category = r.category.trim().toUpperCase()
  const subclass = r.subclass.trim().toUpperCase()
  if (!/^[A-Z]{6}$/.test(destination)) {
    throw new StationError(
      'invalid',
      `Destination "${r.destination}" is not an office code: use its 6-letter IMPC code, e.g. USORDA.`,
    )
  }
  if (destination === origin) {
    throw new StationError(
      'invalid',
      `${destination} is this office: a receptacle goes to another office of exchange.`,
    )
  }
  if (!/^[A-D]$/.test(category)) {
    throw new StationError(
      'invalid',
      `Mail category "${r.category}" is unknown: it must be A (priority/airmail), B (S.A.L.), C (surface) or D (priority by surface).`,
    )
  }
  if (!/^[A-Z0-9]{2}$/.test(subclass) || !mailClass(subclass.charAt(0))) {
    throw new StationError(
      'invalid',
      `Mail subclass "${r.subclass}" is unknown: it has 2 characters and starts with a mail class (U letter post, C parcels, E EMS), e.g. UN or CN.`,
    )
  }
  return { origin, destination, category, subclass }
}

/** The longest reason the log keeps for a reopening. */
export const REASON_MAX = 500

/** A reason is words a person reads later in the log, beside the label it voided: not a code, not blank. */
function validReason(reason: string | undefined): string {
  const words = (reason ?? '').trim().replace(/\s+/g, ' ')
  if (!/\p{L}{2,}/u.test(words)) {
    throw new StationError(
      'invalid',
      'Reopening a receptacle needs its reason in words (what happened, e.g. "UA000000001FR seized by customs"): the log keeps it beside the label it voids.',
    )
  }
  if (words.length > REASON_MAX) {
    throw new StationError(
      'invalid',
      `The reason holds at most ${REASON_MAX} characters, not ${words.length}: say what happened in a sentence.`,
    )
  }
  return words
}

function validLimit(kg: number | undefined, what: string): void {
  if (kg !== undefined && !(Number.isFinite(kg) && kg > 0 && kg <= MAX_WEIGHT_KG)) {
    throw new StationError(
      'invalid',
      `${what} must be more than 0 and at most ${MAX_WEIGHT_KG} kg, not ${kg}.`,
    )
  }
}

export class Bagging {
  constructor(
    private readonly store: ReceptacleStore,
    private readonly state: StationState,
    private readonly log: EventLog,
    /** Why customs keeps items of a dispatch from leaving (CustomsService.heldRefusal), or null. */
    private readonly holds: (dispatchId: string) => string | null = () => null,
  ) {}

  private append(e: NewEvent): StationEvent {
    return this.log.shape(this.log.append(e), e)
  }

  /** The open dispatch of the series, or a new one with the series' next number for the year. */
  private dispatchOf(series: Series, opened: string): { id: string; created: boolean } {
    const open = this.store.openDispatchOf(series)
    if (open) return { id: open, created: false }
    const number = this.store.highestDispatchNumber(series) + 1
    if (number > 9999) {
      throw new StationError(
        'conflict',
        `The dispatch series ${series.origin}→${series.destination} ${series.category}${series.subclass} has used all 9999 dispatch numbers of ${series.year}.`,
      )
    }
    const id = buildDispatchId({ ...series, year: series.year % 10, dispatchNumber: number })
    // The S8 id carries one digit of the year: the same id comes back every ten years.
    const old = this.store.getDispatch(id)
    if (old) {
      throw new StationError(
        'conflict',
        `Dispatch ${id} already exists from ${old.year}: S8 ids repeat every ten years and this database still holds it.`,
      )
    }
    this.store.createDispatch(id, series, number, opened)
    return { id, created: true }
  }

  open(actor: Operator, r: OpenRequest, now: Date): BaggingChange {
    const office = this.state.office
    const series = { ...validSeries(r, office.impc), year: now.getFullYear() }
    validLimit(r.weightLimitKg, 'The weight limit')
    const at = now.toISOString()
    const { id: dispatchId, created } = this.dispatchOf(series, at)
    const serial = this.store.highestSerial(dispatchId) + 1
    if (serial > 999) {
      throw new StationError(
        'conflict',
        `Dispatch ${dispatchId} already has 999 receptacles, the most an S9 id can number: close it with its last receptacle and open a new dispatch.`,
      )
    }
    const weightLimitKg =
      r.weightLimitKg ?? this.state.policyFor(series.destination)?.weightLimitKg ?? office.weight_limit_kg
    const handle = this.store.insert({ dispatchId, serial, weightLimitKg, openedAt: at, openedBy: actor.id })
    const receptacle = this.store.get(handle)!
    this.state.opened(receptacle)
    const event = this.append({
      at,
      operator: actor.id,
      type: 'receptacle.open',
      code: dispatchId,
      receptacle: handle,
      reason: `Opened ${receptacleLabel(receptacle)} for ${series.destination}, ${series.category}${series.subclass}, limit ${weightLimitKg} kg${created ? ', in a new dispatch' : ''}.`,
      detail: { dispatch: dispatchId, serial, newDispatch: created, weightLimitKg },
    })
    return { receptacle, dispatch: this.store.getDispatch(dispatchId)!, events: [event] }
  }

  private toClose(handle: number | undefined): ReceptacleRow {
    const target = handle ?? this.state.latest?.handle
    if (target === undefined)
      throw new StationError('conflict', 'No receptacle is open: there is nothing to close.')
    const row = this.store.get(target)
    if (!row) throw new StationError('not_found', `Receptacle ${target} does not exist.`)
    if (row.state === 'closed') {
      throw new StationError('conflict', `Receptacle ${target} is already closed, as ${row.receptacle_id}.`)
    }
    return row
  }

  close(actor: Operator, r: CloseRequest, now: Date): BaggingChange {
    const row = this.toClose(r.receptacle)
    if (!(Number.isFinite(r.weightKg) && r.weightKg > 0 && r.weightKg <= MAX_WEIGHT_KG)) {
      throw new StationError(
        'invalid',
        `The receptacle weight must be more than 0 and at most ${MAX_WEIGHT_KG} kg, not ${r.weightKg}.`,
      )
    }
    const weighing = weighingAudit(actor, r.weightSource)
    const dispatch = this.store.getDispatch(row.dispatch_id)!
    if (r.last) {
      const others = this.store.openInDispatch(dispatch.id).filter((o) => o.handle !== row.handle)
      if (others.length > 0) {
        const names = others
          .map((o) => `${o.handle} (serial ${String(o.serial).padStart(3, '0')})`)
          .join(', ')
        throw new StationError(
          'conflict',
          `Dispatch ${dispatch.id} still has open receptacles: ${names}. Close them first, then close receptacle ${row.handle} as the last one.`,
        )
      }
      // The dispatch closes with it: an item customs keeps must come out while this bag is still open.
      const held = this.holds(dispatch.id)
      if (held) throw new StationError('conflict', `Dispatch ${dispatch.id} cannot close: ${held}`)
    }
    // Only the highest-numbered receptacle's S9 says "highest" (UPU S9 position 24). One closed last but
    // numbered lower (reopened after the others closed) does not: the dispatch close gives the
    // highest-numbered one its new S9 and label.
    const highest = r.last && row.serial === this.store.highestSerial(dispatch.id)
    const registered = this.store.holdsRegistered(row.handle)
    const receptacleId = buildReceptacleId({
      origin: dispatch.origin,
      destination: dispatch.destination,
      category: dispatch.category,
      subclass: dispatch.subclass,
      year: dispatch.year % 10,
      dispatchNumber: dispatch.number,
      receptacleSerial: row.serial,
      highest,
      registered,
      weightKg: r.weightKg,
    })
    const at = now.toISOString()
    this.store.close({
      handle: row.handle,
      weightKg: r.weightKg,
      receptacleId,
      highest,
      registered,
      closedAt: at,
      closedBy: actor.id,
    })
    this.state.closed(row.handle)
    const items = row.items === 1 ? '1 item' : `${row.items} items`
    const events = [
      this.append({
        at,
        operator: actor.id,
        type: 'receptacle.close',
        code: receptacleId,
        receptacle: row.handle,
        reason: `Closed ${receptacleLabel(row)} for ${row.destination}: ${items}, ${r.weightKg} kg ${weighing.words}${registered ? ', registered' : ''}${r.last ? ', last of its dispatch' : ''}.`,
        detail: {
          receptacleId,
          weightKg: r.weightKg,
          ...weighing.detail,
          items: row.items,
          registered,
          highest,
          last: r.last,
        },
      }),
    ]
    if (r.last) {
      this.store.closeDispatch(dispatch.id, at)
      events.push(
        this.append({
          at,
          operator: actor.id,
          type: 'dispatch.close',
          code: dispatch.id,
          receptacle: row.handle,
          reason: `Closed dispatch ${dispatch.id} with ${dispatch.receptacles} receptacle${dispatch.receptacles === 1 ? '' : 's'}.`,
          detail: { dispatch: dispatch.id, receptacles: dispatch.receptacles },
        }),
      )
    }
    return { receptacle: this.store.get(row.handle)!, dispatch: this.store.getDispatch(dispatch.id)!, events }
  }

  /**
   * A closed receptacle of a dispatch not yet closed goes back to open, so that an item customs returned
   * or seized can come out of the bag. Its weight and S9 no longer hold: the engine voids its label in the
   * same commit, and closing it again is a first close (new weight, new S9, new label).
   */
  reopen(actor: Operator, handle: number, reason: string, now: Date): BaggingChange {
    const why = validReason(reason)
    const row = this.store.get(handle)
    if (!row) throw new StationError('not_found', `Receptacle ${handle} does not exist.`)
    if (row.state === 'open') {
      throw new StationError(
        'conflict',
        `${capitalised(receptacleLabel(row))} is open already: only a closed receptacle is reopened. Take an item out of it with an undo of its scan.`,
      )
    }
    const dispatch = this.store.getDispatch(row.dispatch_id)!
    if (dispatch.state === 'closed') {
      const consignment = this.store.consignment(handle)
      throw new StationError(
        'conflict',
        `${capitalised(receptacleLabel(row))} cannot be reopened: its dispatch closed at ${dispatch.closed_at} and its PREDES already advised ${dispatch.destination} of this receptacle as ${row.receptacle_id}, ${row.weight_kg} kg${consignment ? `, handed to a carrier in consignment ${consignment}` : ''}. What is in it can no longer change here.`,
      )
    }
    this.store.reopen(handle)
    const reopened = this.store.get(handle)!
    this.state.opened(reopened)
    const event = this.append({
      at: now.toISOString(),
      operator: actor.id,
      type: 'receptacle.reopen',
      code: row.receptacle_id,
      receptacle: handle,
      reason:
        `Reopened ${receptacleLabel(row)} for ${row.destination}, closed as ${row.receptacle_id} at ${row.weight_kg} kg, because: ${why.replace(/[.\s]+$/, '')}. ` +
        `Its label ${row.receptacle_id} is void: remove it from the bag. Closing it again weighs it and prints its new label.`,
      detail: {
        dispatch: dispatch.id,
        receptacleId: row.receptacle_id,
        weightKg: row.weight_kg,
        items: row.items,
        closedAt: row.closed_at,
        reason: why,
      },
    })
    return { receptacle: reopened, dispatch: this.store.getDispatch(dispatch.id)!, events: [event] }
  }
}
