import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHICAGO, letter, newStation, reopen, tempDir } from './fixtures'
import { refusal } from './refuse'

describe('backup', () => {
  it('writes a copy that opens as a station with the same events, pending scans included', async () => {
    const station = newStation()
    const by = station.defaultSession()
    station.openReceptacle(by, { destination: CHICAGO, category: 'A', subclass: 'UN' })
    await station.scan(by, { code: letter(1) })
    const queued = station.scan(by, { code: letter(2) })
    const file = join(tempDir(), 'backups', 'roissy.db')
    await station.backup(file)
    await queued

    const restored = join(tempDir(), 'restored')
    mkdirSync(restored)
    copyFileSync(file, join(restored, 'station.db'))
    const copy = reopen(restored)
    expect(copy.office().impc).toBe('FRCDGA')
    expect(copy.events()).toEqual(station.events())
    expect(copy.getReceptacle(1).items.map((i) => i.itemId)).toEqual([letter(1), letter(2)])
  })

  it('will not overwrite the station database itself', async () => {
    const station = newStation()
    await expect(station.backup(join(station.dataDir, 'station.db'))).rejects.toMatchObject({
      code: 'invalid',
    })
    expect(refusal(() => station.getReceptacle(1)).code).toBe('not_found')
  })
})
