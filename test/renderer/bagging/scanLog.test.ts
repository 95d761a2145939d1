import { describe, expect, it } from 'vitest'
import {
  addScan,
  lastUndoable,
  markUndone,
  SCAN_LOG_LIMIT,
  type ScanEntry,
} from '../../../src/renderer/bagging/scanLog'
import { scanned } from './fixtures'

let nextId = 1
function entry(change: Parameters<typeof scanned>[0] = {}, undone = false): ScanEntry {
  return { kind: 'scanned', id: nextId++, result: scanned(change), undone }
}

describe('scan log', () => {
  it('puts the newest first and keeps the last thirty', () => {
    let log: ScanEntry[] = []
    for (let seq = 1; seq <= 35; seq++) log = addScan(log, entry({ seq }))
    expect(SCAN_LOG_LIMIT).toBe(30)
    expect(log).toHaveLength(30)
    expect(log.map((e) => (e.kind === 'scanned' ? e.result.seq : 0)).slice(0, 3)).toEqual([35, 34, 33])
    expect(log.at(-1)).toMatchObject({ result: { seq: 6 } })
  })

  it('marks the scan of an undo event as undone, and only that one', () => {
    const log = [entry({ seq: 12 }), entry({ seq: 11 })]
    const after = markUndone(log, 11)
    expect(after.map((e) => e.kind === 'scanned' && e.undone)).toEqual([false, true])
    expect(markUndone(log, 99)).toEqual(log)
  })

  it('undoes the newest accepted scan still in an open receptacle', () => {
    const open = new Set([1])
    const log = [
      entry({ seq: 15, outcome: 'missort', receptacle: 1 }),
      entry({ seq: 14, outcome: 'accepted', receptacle: 2 }),
      entry({ seq: 13, outcome: 'accepted', receptacle: 1 }, true),
      entry({ seq: 12, outcome: 'duplicate', receptacle: 1 }),
      entry({ seq: 11, outcome: 'accepted', receptacle: 1 }),
    ]
    // 15 was refused, 14 is in a closed receptacle, 13 is already undone, 12 added nothing.
    expect(lastUndoable(log, open)?.seq).toBe(11)
    expect(lastUndoable(log, new Set())).toBeNull()
    expect(
      lastUndoable(
        [
          {
            kind: 'unanswered',
            id: 1,
            code: 'RB555000114FR',
            problem: { reason: 'engineError.unavailable', details: '' },
            at: '',
          },
        ],
        open,
      ),
    ).toBeNull()
  })
})
