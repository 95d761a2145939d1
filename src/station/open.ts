// Opening an initialised station: refuses a missing or newer database, brings an older one up to date.
import { existsSync } from 'node:fs'
import { StationError } from './errors'
import { migrate, refuseNewer, schemaVersion } from './migrations/migrate'
import { databaseFile, openDatabase } from './store/connection'
import { readOffice } from './store/office'
import { StationEngine } from './station'
import type { OpenOptions, Station } from './types'

function notInitialized(dataDir: string): StationError {
  return new StationError(
    'not_initialized',
    `No station is set up in ${dataDir}: run station init --data ${dataDir} --office IMPC first.`,
  )
}

export function openStation(opts: OpenOptions): Station {
  const file = databaseFile(opts.dataDir)
  if (!existsSync(file)) throw notInitialized(opts.dataDir)
  const db = openDatabase(file, { create: false })
  try {
    refuseNewer(schemaVersion(db))
    migrate(db)
    const office = readOffice(db)
    if (!office) throw notInitialized(opts.dataDir)
    return new StationEngine(db, {
      dataDir: opts.dataDir,
      durability: opts.durability ?? office.durability,
      clock: opts.clock ?? (() => new Date()),
      backgroundCheckpoints: opts.backgroundCheckpoints ?? true,
      ...(opts.itmattTwoPartsFromBytes === undefined
        ? {}
        : { itmattTwoPartsFromBytes: opts.itmattTwoPartsFromBytes }),
    })
  } catch (error) {
    db.close()
    throw error
  }
}
