import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { initStation, openStation } from '../../src/station'
import { LATEST_VERSION } from '../../src/station/migrations'
import { ORIGIN, reopen, sqlite, tempDir } from './fixtures'
import { refusal } from './refuse'

describe('initStation', () => {
  it('creates the folder and the database, records the office and the default operator', () => {
    const dataDir = join(tempDir(), 'new', 'station')
    const office = initStation(dataDir, { impc: 'frcdga', name: 'Roissy CDG' })
    expect(office).toEqual({ impc: 'FRCDGA', name: 'Roissy CDG', durability: 'normal', weightLimitKg: 30 })
    expect(existsSync(join(dataDir, 'station.db'))).toBe(true)
    const station = reopen(dataDir)
    expect(station.office()).toEqual(office)
    // Scripts on the station act as exchange-office staff, never as customs.
    expect(station.defaultSession().operator).toEqual({ id: 'station', role: 'oe', name: 'This station' })
  })

  it('refuses to set up a folder twice', () => {
    const dataDir = tempDir()
    initStation(dataDir, { impc: ORIGIN })
    const error = refusal(() => initStation(dataDir, { impc: 'DZALGD' }))
    expect(error.code).toBe('already_initialized')
    expect(error.message).toContain(ORIGIN)
  })

  it('refuses an office code that is not 6 letters', () => {
    expect(refusal(() => initStation(tempDir(), { impc: 'FRCDG1' })).code).toBe('invalid')
  })
})

describe('openStation', () => {
  it('says the folder is not set up, without creating a database there', () => {
    const dataDir = tempDir()
    const error = refusal(() => openStation({ dataDir }))
    expect(error.code).toBe('not_initialized')
    expect(error.message).toContain('station init')
    expect(existsSync(join(dataDir, 'station.db'))).toBe(false)
  })

  it('refuses a database written by a newer version of Post Station', () => {
    const dataDir = tempDir()
    initStation(dataDir, { impc: ORIGIN })
    const db = new Database(join(dataDir, 'station.db'))
    db.pragma(`user_version = ${LATEST_VERSION + 1}`)
    db.close()
    const error = refusal(() => openStation({ dataDir }))
    expect(error.code).toBe('newer_database')
    expect(error.message).toContain(String(LATEST_VERSION + 1))
  })

  it('applies the stored durability, or the one given for this process', () => {
    const dataDir = tempDir()
    initStation(dataDir, { impc: ORIGIN, durability: 'full' })
    const synchronous = (s: ReturnType<typeof reopen>): number =>
      (s as unknown as { db: Database.Database }).db.pragma('synchronous', { simple: true }) as number
    const stored = reopen(dataDir)
    expect(stored.office().durability).toBe('full')
    expect(synchronous(stored)).toBe(2)
    stored.close()

    const overridden = reopen(dataDir, { durability: 'normal' })
    expect(overridden.office().durability).toBe('normal')
    expect(synchronous(overridden)).toBe(1)
    expect(sqlite(overridden).prepare('SELECT durability FROM office').pluck().get()).toBe('full')
    overridden.setDurability('normal')
    overridden.close()
    expect(reopen(dataDir).office().durability).toBe('normal')
  })

  it('keeps the database in WAL mode with foreign keys enforced', () => {
    const dataDir = tempDir()
    initStation(dataDir, { impc: ORIGIN })
    const db = (reopen(dataDir) as unknown as { db: Database.Database }).db
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  })
})
