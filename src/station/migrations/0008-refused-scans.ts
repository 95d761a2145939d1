// An item's history (station item, the Customs screen) shows the scans that refused it — held by
// customs, no advance data, do not load, missorted… — and the refused attempts to decide on it
// (customs.refused): evidence of who tried to move it while it was stopped. Events are found by the
// code as scanned; a partial index holds only refused events, so accepted scans (nearly all of them)
// cost nothing more to write.
import type { Migration } from './types'

/** Event outcomes an item's history lists besides what moved it: refusals. Keep in step with the index. */
export const REFUSED_OUTCOMES = [
  'held',
  'no_ead',
  'do_not_load',
  'missort',
  'in_other_receptacle',
  'overweight',
  'receptacle_closed',
  'forbidden',
] as const

export const REFUSED_OUTCOMES_SQL = `(${REFUSED_OUTCOMES.map((o) => `'${o}'`).join(', ')})`

export const refusedScans: Migration = {
  version: 8,
  name: 'refused-scans',
  up(db) {
    db.exec(`CREATE INDEX event_refused_code ON event (code) WHERE outcome IN ${REFUSED_OUTCOMES_SQL};`)
  },
}
