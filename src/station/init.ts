// `station init`: records which office of exchange this station is, and creates the default operator.
import { mkdirSync } from 'node:fs'
import { StationError } from './errors'
import { migrate } from './migrations/migrate'
import { DEFAULT_OPERATOR } from './permissions'
import { databaseFile, openDatabase } from './store/connection'
import { insertOffice, readOffice } from './store/office'
import type { InitOptions, Office } from './types'

export function validImpc(impc: string): string {
  const code = impc.trim().toUpperCase()
  if (!/^[A-Z]{6}$/.test(code)) {
    throw new StationError(
      'invalid',
      `"${impc}" is not an office code: an IMPC code is 6 letters, e.g. FRCDGA.`,
    )
  }
  return code
}

export function initStation(dataDir: string, opts: InitOptions): Office {
  const impc = validImpc(opts.impc)
  const name = opts.name?.trim() || null
  if (name && name.length > 200)
    throw new StationError('invalid', 'The office name is 200 characters at most.')
  const durability = opts.durability ?? 'normal'
  mkdirSync(dataDir, { recursive: true })
  const db = openDatabase(databaseFile(dataDir), { create: true })
  try {
    migrate(db)
    const createdAt = new Date().toISOString()
    db.transaction(() => {
      const existing = readOffice(db)
      if (existing) {
        throw new StationError(
          'already_initialized',
          `${dataDir} is already set up as office ${existing.impc}.`,
        )
      }
      insertOffice(db, { impc, name, durability, createdAt })
      // No PIN: this operator acts only through defaultSession(), i.e. on the station itself.
      db.prepare("INSERT INTO operator (id, role, name, created_at) VALUES (?, 'oe', 'This station', ?)").run(
        DEFAULT_OPERATOR,
        createdAt,
      )
    }).immediate()
    return { impc, name, durability, weightLimitKg: readOffice(db)!.weight_limit_kg }
  } finally {
    db.close()
  }
}
