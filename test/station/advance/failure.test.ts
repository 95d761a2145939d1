// All or nothing, as every reader sees it: chunks already written by an import that then fails are
// never visible and are deleted; a batch a killed process left behind is deleted at the next open,
// while a batch another live process is still writing is left alone.
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import type { AdvanceProgress } from '../../../src/api/advance'
import { newStation, reopen, sqlite } from '../fixtures'
import { advanceRows, itmattXml, manyItems, NOTHING, parcelId, writeItmatt } from './fixtures'

describe('a failed import', () => {
  it('shows none of its chunks while it runs, and leaves nothing when a late error stops it', async () => {
    const station = newStation()
    const by = station.defaultSession()
    const db = sqlite(station)
    const good = itmattXml(manyItems(8000))
    const file = writeItmatt(
      'late.xml',
      `${good.replace('</ITMATT>\n', '')}  <Item><ItemId>${parcelId(9999)}</ItemId></Broken>\n</ITMATT>\n`,
    )
    const during: Array<{ rows: number; visible: unknown; status: string | undefined }> = []
    const states: string[] = []
    station.on((name, payload) => {
      if (name !== 'advance.progress') return
      const p = payload as AdvanceProgress
      states.push(p.state)
      if (p.state === 'importing') {
        during.push({
          rows: db.prepare<[], number>('SELECT count(*) FROM advance_item').pluck().get()!,
          visible: station.advanceItem(parcelId(1)),
          status: station.advanceItem(parcelId(2))?.status,
        })
      }
    })
    const error = await station.importItmatt(by, { name: 'late.xml', path: file }).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/^late\.xml:280003:\d+: malformed XML: unexpected close tag/)
    // Several chunks were committed before the error, and no reader saw any of them.
    expect(during.length).toBeGreaterThanOrEqual(3)
    expect(during.at(-1)!.rows).toBeGreaterThanOrEqual(3000)
    expect(during.every((d) => d.visible === null && d.status === undefined)).toBe(true)
    expect(states.at(-1)).toBe('failed')
    expect(advanceRows(station)).toEqual(NOTHING)
    expect(station.events().filter((e) => e.type === 'itmatt.import')).toEqual([])
  })

  it('is stopped by its signal, and leaves nothing', async () => {
    const station = newStation()
    const controller = new AbortController()
    station.on((name) => {
      if (name === 'advance.progress') controller.abort()
    })
    const file = writeItmatt('stop.xml', itmattXml(manyItems(5000)))
    await expect(
      station.importItmatt(
        station.defaultSession(),
        { name: 'stop.xml', path: file },
        { signal: controller.signal },
      ),
    ).rejects.toThrow('stop.xml: the import was stopped before it finished; nothing was imported.')
    expect(advanceRows(station)).toEqual(NOTHING)
  })
})

/** Leaves what a process killed in the middle of an import leaves: a batch 'importing' with rows. */
function leftBehind(station: ReturnType<typeof newStation>, pid: number): void {
  const db = sqlite(station)
  const batch = Number(
    db
      .prepare(
        `INSERT INTO advance_batch (file, format, state, pid, operator, started_at) VALUES ('killed.xml', 'xml', 'importing', ?, 'station', 't')`,
      )
      .run(pid).lastInsertRowid,
  )
  const item = db.prepare(
    `INSERT INTO advance_item (batch, item_id, needs_ead, status) VALUES (?, ?, 1, 'complete')`,
  )
  const line = db.prepare(
    `INSERT INTO advance_line (item, line, description) VALUES (?, 1, 'Cotton T-shirt')`,
  )
  db.transaction(() => {
    for (let n = 1; n <= 12_000; n++) {
      const id = Number(item.run(batch, parcelId(n)).lastInsertRowid)
      if (n === 1) db.prepare('UPDATE advance_batch SET first_item = ? WHERE id = ?').run(id, batch)
      line.run(id)
    }
  })()
}

function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', ''])
    child.on('exit', () => resolve(child.pid!))
  })
}

describe('a killed import', () => {
  it('is invisible, and deleted at the next open', async () => {
    const station = newStation()
    const before = await station.importItmatt(station.defaultSession(), {
      name: 'kept.xml',
      content: itmattXml([{ id: parcelId(50_000) }]),
    })
    leftBehind(station, await deadPid())
    expect(station.advanceItem(parcelId(1))).toBeNull()
    expect(advanceRows(station)).toEqual({ batches: 2, items: 12_001, lines: 12_001 })
    station.close()
    const again = reopen(station.dataDir)
    expect(advanceRows(again)).toEqual({ batches: 1, items: 1, lines: 1 })
    expect(again.advanceReport(before.batch)).toEqual(before)
  })

  it('of this very process (its station closed mid-import) is deleted at the next open too', async () => {
    const station = newStation()
    leftBehind(station, process.pid)
    station.close()
    expect(advanceRows(reopen(station.dataDir))).toEqual(NOTHING)
  })

  it('is left alone while its process lives', async () => {
    const station = newStation()
    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    try {
      leftBehind(station, alive.pid!)
      station.close()
      expect(advanceRows(reopen(station.dataDir)).items).toBe(12_000)
    } finally {
      alive.kill()
    }
  })
})
