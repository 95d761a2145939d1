// A real station in a temporary folder, with the postal data the tests talk about.
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { formatS10 } from '../../src/core/ids'
import { initStation, openStation, type OpenOptions, type Session, type Station } from '../../src/station'
import type { StationEngine } from '../../src/station/station'
import { databaseFile } from '../../src/station/store/connection'

/** Roissy, the office of exchange these tests run as. */
export const ORIGIN = 'FRCDGA'
export const CHICAGO = 'USORDA'
export const NEW_YORK = 'USJFKA'
export const ALGIERS = 'DZALGD'

/** A letter-post item (U class, ordinary), a registered letter, an insured letter, a parcel, an EMS item. */
export const letter = (n: number, country = 'FR'): string =>
  formatS10('UA', String(n).padStart(8, '0'), country)
export const registered = (n: number): string => formatS10('RR', String(n).padStart(8, '0'), 'FR')
export const insured = (n: number): string => formatS10('VA', String(n).padStart(8, '0'), 'FR')
export const parcel = (n: number): string => formatS10('CP', String(n).padStart(8, '0'), 'FR')
export const ems = (n: number): string => formatS10('EE', String(n).padStart(8, '0'), 'FR')

const folders: string[] = []
const stations: Station[] = []
const connections: Database.Database[] = []

afterEach(() => {
  for (const db of connections.splice(0)) db.close()
  for (const s of stations.splice(0)) s.close()
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'post-station-'))
  folders.push(dir)
  return dir
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-03-14T09:30:00.000Z'): { now: Date; clock: () => Date } {
  const c = { now: new Date(start), clock: () => new Date(c.now) }
  return c
}

export function track(station: Station): StationEngine {
  stations.push(station)
  return station as StationEngine
}

/** Opens (tracked: closed after the test) a station already initialised in dataDir. */
export function reopen(dataDir: string, opts: Omit<OpenOptions, 'dataDir'> = {}): StationEngine {
  return track(openStation({ dataDir, ...opts }))
}

/** A station set up as Roissy, on a clock stopped in March 2026 unless the test brings its own. */
export function newStation(opts: Omit<OpenOptions, 'dataDir'> = {}): StationEngine {
  const dataDir = tempDir()
  initStation(dataDir, { impc: ORIGIN, name: 'Roissy CDG' })
  return reopen(dataDir, { clock: manualClock().clock, ...opts })
}

/**
 * A second connection to the station's file, as another process or a later feature (customs holds) would
 * have. Tests use it to look at what was committed and to set up facts the engine has no command for yet.
 */
export function sqlite(station: Station): Database.Database {
  const db = new Database(databaseFile(station.dataDir))
  db.pragma('busy_timeout = 5000')
  connections.push(db)
  return db
}

/** Adds the operators most tests need, signed in. */
export function crew(station: Station): {
  worker: Session
  supervisor: Session
  admin: Session
  customs: Session
} {
  const boot = station.defaultSession()
  station.addOperator(boot, { id: 'amina', role: 'worker', pin: '4821', name: 'Amina' })
  station.addOperator(boot, { id: 'bruno', role: 'supervisor', pin: '7315' })
  station.addOperator(boot, { id: 'chloe', role: 'admin', pin: '9902' })
  station.addOperator(boot, { id: 'dmitri', role: 'customs', pin: '5510' })
  return {
    worker: station.signIn('amina', '4821'),
    supervisor: station.signIn('bruno', '7315'),
    admin: station.signIn('chloe', '9902'),
    customs: station.signIn('dmitri', '5510'),
  }
}
