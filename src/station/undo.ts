// Undoing a scan: a compensating event takes the item out of its receptacle. The scan event stays.
import type { Database, Statement } from 'better-sqlite3'
import { StationError } from './errors'
import type { StationState } from './state'
import type { EventLog } from './store/events'
import type { ReceptacleStore } from './store/receptacles'
import type { ReceptacleRow } from './store/rows'
import type { Operator, StationEvent } from './types'

interface MembershipRow {
  item_id: string
  receptacle: number
  removed_seq: number | null
  weight_kg: number | null
}

export class Undo {
  private readonly membership: Statement<[number], MembershipRow>
  private readonly remove: Statement

  constructor(
    db: Database,
    private readonly log: EventLog,
    private readonly receptacles: ReceptacleStore,
    private readonly state: StationState,
  ) {
    this.membership = db.prepare(
      `SELECT m.item_id, m.receptacle, m.removed_seq, i.weight_kg
       FROM membership m JOIN item i ON i.id = m.item_id WHERE m.seq = ?`,
    )
    this.remove = db.prepare('UPDATE membership SET removed_seq = ? WHERE seq = ? AND removed_seq IS NULL')
  }

  private scanToUndo(seq: number): { m: MembershipRow; r: ReceptacleRow } {
    const scan = this.log.get(seq)
    if (!scan) throw new StationError('not_found', `There is no event ${seq}.`)
    if (scan.type !== 'scan') {
      throw new StationError(
        'invalid',
        `Event ${seq} is a ${scan.type}, not a scan: only scans can be undone.`,
      )
    }
    if (scan.outcome !== 'accepted') {
      throw new StationError(
        'invalid',
        `Scan ${seq} was not accepted (${scan.outcome}): it put nothing in a receptacle.`,
      )
    }
    const m = this.membership.get(seq)
    if (!m) throw new Error(`accepted scan ${seq} has no membership`)
    if (m.removed_seq !== null) {
      throw new StationError('conflict', `Scan ${seq} was already undone by event ${m.removed_seq}.`)
    }
    const r = this.receptacles.get(m.receptacle)!
    if (r.state === 'closed') {
      throw new StationError(
        'conflict',
        `Receptacle ${r.handle} is closed (${r.receptacle_id}): what was in it when it closed can no longer change.`,
      )
    }
    return { m, r }
  }

  /** Runs inside the engine's write transaction. */
  undo(actor: Operator, seq: number, now: Date): StationEvent {
    const { m, r } = this.scanToUndo(seq)
    const e = {
      at: now.toISOString(),
      operator: actor.id,
      type: 'undo',
      code: m.item_id,
      receptacle: r.handle,
      ref: seq,
      reason: `Scan ${seq} undone: ${m.item_id} taken out of receptacle ${r.handle} for ${r.destination}.`,
    }
    const undoSeq = this.log.append(e)
    this.remove.run(undoSeq, seq)
    const open = this.state.openReceptacle(r.handle)
    if (open) {
      open.items--
      if (m.weight_kg !== null) {
        open.grams -= Math.round(m.weight_kg * 1000)
        open.weighed--
      }
    }
    return this.log.shape(undoSeq, e)
  }
}
