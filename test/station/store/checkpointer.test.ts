// Checkpoints run in a worker thread: the writer's commits never carry one, and the WAL is still folded
// back into the database file while scans go on.
import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Checkpointer, SAFETY_NET_PAGES } from '../../../src/station/store/checkpointer'
import { databaseFile } from '../../../src/station/store/connection'
import { CHICAGO, letter, newStation } from '../fixtures'

const until = async (ok: () => boolean, ms = 5000) => {
  const end = Date.now() + ms
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 20))
  return ok()
}

describe('background checkpoints', () => {
  it('moves SQLite automatic checkpoint out to a far-off safety net once a station writes', () => {
    const station = newStation()
    const session = station.defaultSession()
    station.openReceptacle(session, { destination: CHICAGO, category: 'A', subclass: 'UN' })
    const db = new Database(databaseFile(station.dataDir))
    try {
      // Per-connection setting: read it through the station's own connection.
      const pages = (station as unknown as { db: Database.Database }).db.pragma('wal_autocheckpoint', {
        simple: true,
      })
      expect(pages).toBe(SAFETY_NET_PAGES)
    } finally {
      db.close()
    }
  })

  it('keeps checkpoints in the commit under full durability, where every commit syncs anyway', async () => {
    const station = newStation({ durability: 'full' })
    const session = station.defaultSession()
    station.openReceptacle(session, { destination: CHICAGO, category: 'A', subclass: 'UN' })
    const db = (station as unknown as { db: Database.Database }).db
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    expect((station as unknown as { checkpointer: Checkpointer | null }).checkpointer).toBeNull()
    // Switching to normal moves them out again, from the next commit.
    station.setDurability('normal')
    station.openReceptacle(session, { destination: CHICAGO, category: 'A', subclass: 'CN' })
    expect((station as unknown as { checkpointer: Checkpointer | null }).checkpointer).not.toBeNull()
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(SAFETY_NET_PAGES)
  })

  it('keeps the old in-commit checkpoints when background checkpoints are off', () => {
    const station = newStation({ backgroundCheckpoints: false })
    const pages = (station as unknown as { db: Database.Database }).db.pragma('wal_autocheckpoint', {
      simple: true,
    })
    expect(pages).toBe(4000)
  })

  it('checkpoints what scans wrote, from its own thread, and stops with the station', async () => {
    const station = newStation()
    const session = station.defaultSession()
    const r = station.openReceptacle(session, { destination: CHICAGO, category: 'A', subclass: 'UN' })
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        station.scan(session, { code: letter(i + 1, 'US'), receptacle: r.receptacle.handle }),
      ),
    )
    const cp = (station as unknown as { checkpointer: Checkpointer | null }).checkpointer
    expect(cp).not.toBeNull()
    expect(await until(() => (cp!.last?.checkpointed ?? 0) > 0)).toBe(true)
    expect(cp!.last!.error).toBeUndefined()
    expect(cp!.last!.checkpointed).toBe(cp!.last!.log)
    station.close()
    // Both connections are closed when close() returns: the last one folded the WAL in and removed it,
    // so the station's files can be moved or removed at once.
    expect(existsSync(`${databaseFile(station.dataDir)}-wal`)).toBe(false)
  })
})
