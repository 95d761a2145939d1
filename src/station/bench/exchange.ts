// The office-of-exchange bench: closing a 20,000-item, 100-receptacle dispatch (totals, EMC events,
// PREDES, CN 31 and the delivery bill as PDF) against the raw SQL work of the same close; and reading a
// 100,000-event EMSEVT file (syntax, envelope checks, mapping) against splitting it into segments.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { formatS10 } from '../../core/ids'
import type { ItemEvent } from '../../core/edi/records'
import { encodeRecord, readInterchange } from '../exchange/edi'
import { initStation } from '../init'
import { openStation } from '../open'
import { databaseFile } from '../store/connection'
import { round } from './stats'

export interface DispatchCloseBench {
  bench: 'dispatch-close'
  items: number
  receptacles: number
  /** The station's dispatch close, PDFs and PREDES included. */
  ms: number
  /** Raw better-sqlite3: read the dispatch's members and write one EMC row per item, in one transaction. */
  rawMs: number
  ratio: number
}

export interface EdiParseBench {
  bench: 'edi-parse'
  events: number
  bytes: number
  ms: number
  eventsPerSec: number
  /** Splitting the same text on its segment terminator: the floor any reader stands on. */
  rawMs: number
  ratio: number
}

const ORIGIN = 'FRCDGA'
const DESTINATION = { destination: 'USORDA', category: 'A', subclass: 'UN' }

export async function benchDispatchClose(
  items: number,
  receptacles: number,
  progress: (m: string) => void,
): Promise<DispatchCloseBench> {
  const dir = mkdtempSync(join(tmpdir(), 'station-exchange-bench-'))
  const dataDir = join(dir, 'station')
  initStation(dataDir, { impc: ORIGIN, name: 'Bench' })
  const station = openStation({ dataDir })
  try {
    const by = station.defaultSession()
    const perBag = Math.ceil(items / receptacles)
    progress(`dispatch close: scanning ${items} items into ${receptacles} receptacles`)
    let n = 0
    for (let b = 0; b < receptacles; b++) {
      const { receptacle } = station.openReceptacle(by, DESTINATION)
      const scans: Promise<unknown>[] = []
      for (let i = 0; i < perBag && n < items; i++) {
        n++
        const indicator = n % 50 === 0 ? 'RR' : 'UA'
        scans.push(
          station.scan(by, {
            code: formatS10(indicator, String(n).padStart(8, '0'), 'FR'),
            receptacle: receptacle.handle,
          }),
        )
      }
      await Promise.all(scans)
      station.closeReceptacle(by, { receptacle: receptacle.handle, weightKg: 5 + (b % 20), last: false })
    }
    const dispatchId = station.listDispatches('open')[0]!.id
    // The raw floor, rolled back so the station's close finds the dispatch as it was.
    const raw = new Database(databaseFile(dataDir))
    let rawMs: number
    try {
      const members = raw.prepare(
        `SELECT m.item_id, r.receptacle_id FROM membership m JOIN receptacle r ON r.handle = m.receptacle
         WHERE r.dispatch_id = ? AND m.removed_seq IS NULL ORDER BY m.receptacle, m.seq`,
      )
      const insert = raw.prepare(
        `INSERT INTO item_event (item_id, code, at, office, receptacle, reason, seq) VALUES (?, 'EMC', ?, ?, ?, NULL, 1)`,
      )
      const started = performance.now()
      raw.exec('BEGIN IMMEDIATE')
      const at = new Date().toISOString()
      for (const row of members.all(dispatchId) as Array<{ item_id: string; receptacle_id: string }>) {
        insert.run(row.item_id, at, ORIGIN, row.receptacle_id)
      }
      raw.exec('ROLLBACK')
      rawMs = performance.now() - started
    } finally {
      raw.close()
    }
    progress(`dispatch close: closing ${dispatchId}`)
    const started = performance.now()
    await station.closeDispatch(by, { dispatch: dispatchId })
    const ms = performance.now() - started
    return {
      bench: 'dispatch-close',
      items,
      receptacles,
      ms: round(ms, 1),
      rawMs: round(rawMs, 1),
      ratio: round(ms / rawMs, 2),
    }
  } finally {
    station.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function benchEdiParse(events: number): EdiParseBench {
  const codes = ['EMB', 'EMC', 'EXA', 'EXC', 'EMD', 'EDB']
  const list: ItemEvent[] = []
  for (let i = 0; i < events; i++) {
    const minute = String(i % 60).padStart(2, '0')
    list.push({
      itemId: formatS10('UA', String(i + 1).padStart(8, '0'), 'FR'),
      code: codes[i % codes.length]!,
      at: `2026-03-14T10:${minute}:00+01:00`,
      office: ORIGIN,
      reason: null,
      receptacle: null,
    })
  }
  const text = encodeRecord(
    'EMSEVT',
    { events: list },
    {
      sender: { id: ORIGIN, qualifier: null },
      recipient: { id: 'USORDA', qualifier: null },
      controlRef: '1',
      at: new Date('2026-03-14T10:00:00Z'),
    },
  )
  const rawStart = performance.now()
  const segments = text.split("'").length
  const rawMs = performance.now() - rawStart
  const started = performance.now()
  const read = readInterchange(text)
  const ms = performance.now() - started
  const got = read.messages[0]?.type === 'EMSEVT' ? read.messages[0].record.events.length : 0
  if (read.issues.length > 0 || got !== events) {
    throw new Error(
      `the bench file did not read back: ${got} of ${events} events, ${read.issues.length} issues`,
    )
  }
  void segments
  return {
    bench: 'edi-parse',
    events,
    bytes: text.length,
    ms: round(ms, 1),
    eventsPerSec: Math.round(events / (ms / 1000)),
    rawMs: round(rawMs, 2),
    ratio: round(ms / rawMs, 1),
  }
}
