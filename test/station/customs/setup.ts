// Roissy (FRCDGA) with its crew, a receptacle open to Chicago, and items pre-advised the way an ITMATT
// import or a manifest would: export items to the United States, import items for France.
import type { Partner } from '../../../src/api/exchange'
import { formatS10 } from '../../../src/core/ids'
import type { Station } from '../../../src/station'
import { CHICAGO, crew, letter, manualClock, newStation, sqlite } from '../fixtures'

export const toChicago = { destination: CHICAGO, category: 'A', subclass: 'UN' }

/** The customs administration at Roissy, as an EDI partner: CUSITM goes to it, CUSRSP comes from it. */
export const DOUANE: Partner = {
  id: 'DOUANE',
  kind: 'customs',
  name: 'Douane de Roissy',
  ediId: 'FRDGDDI',
  ediQualifier: null,
}

/** Letters to Chicago (export from France). */
export const outbound = (n: number): string => letter(n)
/** Parcels posted in the United States for Paris (import into France). */
export const inbound = (n: number): string => formatS10('CP', String(n).padStart(8, '0'), 'US')

export function advise(station: Station, ...lines: string[]): void {
  const csv = ['itemId,destinationCountry,destinationOffice,weightKg,contentsType', ...lines].join('\n')
  station.importManifest(station.defaultSession(), csv, { fileName: 'advice.csv' })
}

export function customsDesk() {
  const clock = manualClock()
  const station = newStation({ clock: clock.clock })
  const people = crew(station)
  const by = station.defaultSession()
  const { receptacle } = station.openReceptacle(by, toChicago)
  advise(
    station,
    ...[1, 2, 3, 4, 5].map((n) => `${outbound(n)},US,${CHICAGO},0.25,merchandise`),
    ...[1, 2].map((n) => `${inbound(n)},FR,,1.5,gift`),
  )
  const scan = (code: string) => station.scan(by, { code, receptacle: receptacle.handle })
  return { station, by, clock, handle: receptacle.handle, scan, ...people }
}

/** What another connection sees committed: the rows a second process would read. */
export function committed(station: Station) {
  const db = sqlite(station)
  return {
    events: (type: string) =>
      db
        .prepare<[string], { operator: string; code: string | null; reason: string; detail: string }>(
          'SELECT operator, code, reason, detail FROM event WHERE type = ? ORDER BY seq',
        )
        .all(type),
    openHolds: () =>
      db
        .prepare<[], { item_id: string; reason: string }>(
          'SELECT item_id, reason FROM hold WHERE lifted_seq IS NULL ORDER BY id',
        )
        .all(),
    decisions: () => db.prepare<[], number>('SELECT count(*) FROM customs_decision').pluck().get()!,
    itemEvents: (itemId: string) =>
      db
        .prepare<[string], { code: string; reason: string | null }>(
          'SELECT code, reason FROM item_event WHERE item_id = ? ORDER BY id',
        )
        .all(itemId),
  }
}
