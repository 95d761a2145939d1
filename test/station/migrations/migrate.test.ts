import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { StationError } from '../../../src/station'
import { assertIncreasing, LATEST_VERSION, type Migration } from '../../../src/station/migrations'
import { migrate, schemaVersion } from '../../../src/station/migrations/migrate'

let db: Database.Database
afterEach(() => db?.close())

const step = (version: number): Migration => ({ version, name: `step-${version}`, up: () => {} })

describe('migrate', () => {
  it('runs every pending step and records the newest version', () => {
    db = new Database(':memory:')
    expect(migrate(db)).toBe(LATEST_VERSION)
    expect(schemaVersion(db)).toBe(LATEST_VERSION)
    expect(migrate(db)).toBe(LATEST_VERSION)
  })

  it('refuses a database written by a newer build, naming both versions', () => {
    db = new Database(':memory:')
    db.pragma(`user_version = ${LATEST_VERSION + 7}`)
    const error = (() => {
      try {
        migrate(db)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(StationError)
    expect(error).toMatchObject({ code: 'newer_database' })
    expect((error as Error).message).toContain(`version ${LATEST_VERSION + 7}`)
    expect((error as Error).message).toContain(`up to ${LATEST_VERSION}`)
  })

  it('insists that steps are listed in strictly increasing order', () => {
    expect(() => assertIncreasing([step(1), step(2), step(5)])).not.toThrow()
    expect(() => assertIncreasing([step(1), step(1)])).toThrow(/out of order/)
    expect(() => assertIncreasing([step(2), step(1)])).toThrow(/out of order/)
    expect(() => assertIncreasing([step(0)])).toThrow(/out of order/)
  })
})
