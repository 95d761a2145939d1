// Kill test: the built `station scan -` is fed codes on stdin and SIGKILLed at random moments. Whatever
// it printed was acknowledged to the person at the station; afterwards the database must hold every
// acknowledged scan exactly once, nothing half-written, and pass SQLite's integrity check.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it, onTestFailed } from 'vitest'
import type { Durability, ScanResult, StationEvent } from '../../src/api'
import { formatS10 } from '../../src/core/ids'
import { initStation, openStation, type Station } from '../../src/station'
import { databaseFile } from '../../src/station/store/connection'

const root = join(__dirname, '..', '..')
const bin = join(root, 'bin', 'station.js')
const SEED = Number(process.env.KILL_SEED ?? Math.floor(Math.random() * 2 ** 31))
const MANIFEST_ITEMS = 6000
const CODES_PER_ROUND = 400
/** `early`: killed at a random time from the start, often before the first acknowledgement. */
const ROUNDS: Array<{ durability: Durability; early: boolean }> = [
  { durability: 'normal', early: false },
  { durability: 'normal', early: true },
  { durability: 'normal', early: false },
  { durability: 'normal', early: false },
  { durability: 'normal', early: true },
  { durability: 'normal', early: false },
  { durability: 'full', early: false },
  { durability: 'full', early: false },
]

/** mulberry32: small, seedable, good enough to pick kill moments and codes reproducibly. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const preAdvised = (n: number) => formatS10('UA', String(10_000_000 + n).padStart(8, '0'), 'FR')
const unknownItem = (n: number) => formatS10('UA', String(20_000_000 + n).padStart(8, '0'), 'FR')

interface Round {
  durability: Durability
  codes: string[]
  acknowledged: ScanResult[]
  killed: boolean
  firstSeq: number
}

/** Runs one scanning process; resolves with the complete lines it printed before it died. */
function scanUntilKilled(
  data: string,
  codes: string[],
  early: boolean,
  rand: () => number,
): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'scan', '--data', data, '--json', '-'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const killAfter = early ? 0 : 1 + Math.floor(rand() * codes.length * 0.9)
    let stdout = ''
    let stderr = ''
    let acknowledged = 0
    let killed = false
    const kill = () => {
      if (!killed && child.exitCode === null) killed = child.kill('SIGKILL')
    }
    if (killAfter === 0) setTimeout(kill, Math.floor(rand() * 400))
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk
      acknowledged = stdout.split('\n').length - 1
      if (killAfter > 0 && acknowledged >= killAfter) kill()
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdin.on('error', () => undefined) // the reader is gone: expected once it is killed
    child.on('error', reject)
    child.on('close', (code, signal) => {
      // Finishing is fine (exit 1: not every scan accepted); a complaint on stderr is not.
      if (signal === null && (stderr !== '' || (code !== 0 && code !== 1))) {
        reject(new Error(`station scan exited ${code}: ${stderr}`))
        return
      }
      // Only whole lines were acknowledged; a torn last line (never seen so far) would not count.
      const lines = stdout.split('\n').slice(0, -1)
      resolve({ lines, killed: signal === 'SIGKILL' })
    })
    // A scanner's pace varies: bursts of lines, small gaps, so commits group differently each time.
    let next = 0
    const feed = () => {
      if (killed || child.exitCode !== null) return
      const burst = 1 + Math.floor(rand() * 40)
      const chunk = codes.slice(next, next + burst)
      next += chunk.length
      child.stdin.write(chunk.map((c) => `${c}\n`).join(''))
      if (next < codes.length) setTimeout(feed, Math.floor(rand() * 3))
      else child.stdin.end()
    }
    feed()
  })
}

function allEvents(station: Station): StationEvent[] {
  const events: StationEvent[] = []
  for (let page = station.events(0, 10_000); page.length > 0; page = station.events(page.at(-1)!.seq, 10_000))
    events.push(...page)
  return events
}

const folders: string[] = []
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

describe('a scanning process killed at random moments', () => {
  it('keeps every acknowledged scan exactly once and nothing half-written', { timeout: 60_000 }, async () => {
    onTestFailed(() => console.error(`kill test seed: ${SEED} (rerun with KILL_SEED=${SEED})`))
    expect(existsSync(join(root, 'out', 'cli', 'index.js')), 'run npm run build first').toBe(true)
    const rand = random(SEED)
    const dir = mkdtempSync(join(tmpdir(), 'station-kill-'))
    folders.push(dir)
    const data = join(dir, 'station')
    initStation(data, { impc: 'FRCDGA', name: 'Roissy CDG' })
    let station = openStation({ dataDir: data })
    const csv = ['itemId,destinationOffice']
    for (let n = 0; n < MANIFEST_ITEMS; n++) csv.push(`${preAdvised(n)},USORDA`)
    station.importManifest(station.defaultSession(), csv.join('\n'), { format: 'csv' })
    const { receptacle } = station.openReceptacle(station.defaultSession(), {
      destination: 'USORDA',
      category: 'A',
      subclass: 'UN',
      weightLimitKg: 999.8,
    })
    station.close()

    let fresh = 0
    let unknown = 0
    const sent: string[] = []
    const rounds: Round[] = []
    for (const { durability, early } of ROUNDS) {
      station = openStation({ dataDir: data })
      if (station.office().durability !== durability) station.setDurability(durability)
      const firstSeq = (allEvents(station).at(-1)?.seq ?? 0) + 1
      station.close()
      const codes = Array.from({ length: CODES_PER_ROUND }, () => {
        const pick = rand()
        if (pick < 0.75 || sent.length === 0) return preAdvised(fresh++)
        if (pick < 0.87) return sent[Math.floor(rand() * sent.length)]!
        if (pick < 0.94) return unknownItem(unknown++)
        return `XX${Math.floor(rand() * 1e9)}`
      })
      sent.push(...codes)
      const { lines, killed } = await scanUntilKilled(data, codes, early, rand)
      rounds.push({
        durability,
        codes,
        killed,
        firstSeq,
        acknowledged: lines.map((l) => JSON.parse(l) as ScanResult),
      })
    }

    station = openStation({ dataDir: data })
    const events = allEvents(station)
    const contents = station.listReceptacles('all').map((r) => station.getReceptacle(r.handle))
    expect(station.office().durability).toBe('full')
    station.close()

    const bySeq = new Map(events.map((e) => [e.seq, e]))
    const members = new Map<string, number[]>()
    for (const { items } of contents)
      for (const item of items) members.set(item.itemId, [...(members.get(item.itemId) ?? []), item.seq])
    const where = (r: number) => `seed ${SEED}, round ${r + 1} (${rounds[r]!.durability})`

    // Every acknowledged line is the committed event it names, once.
    const seen = new Set<number>()
    rounds.forEach((round, r) => {
      round.acknowledged.forEach((ack, i) => {
        expect(ack.code, where(r)).toBe(round.codes[i])
        expect(seen.has(ack.seq), where(r)).toBe(false)
        seen.add(ack.seq)
        expect(bySeq.get(ack.seq), `${where(r)}: acknowledged scan ${ack.seq} lost`).toMatchObject({
          type: 'scan',
          code: ack.code,
          outcome: ack.outcome,
          receptacle: ack.receptacle,
        })
        if (ack.outcome === 'accepted') expect(members.get(ack.itemId!), where(r)).toEqual([ack.seq])
      })
      // What a round committed is exactly a prefix of what it was sent: no scan twice, none skipped.
      const committed = events.filter(
        (e) =>
          e.type === 'scan' &&
          e.seq >= round.firstSeq &&
          (r + 1 === rounds.length || e.seq < rounds[r + 1]!.firstSeq),
      )
      expect(committed.length, where(r)).toBeGreaterThanOrEqual(round.acknowledged.length)
      expect(
        committed.map((e) => e.code),
        where(r),
      ).toEqual(round.codes.slice(0, committed.length))
    })

    // Replaying the log reproduces every outcome and the memberships: nothing half-written.
    const bagged = new Map<string, number>()
    for (const e of events.filter((x) => x.type === 'scan')) {
      const code = e.code!
      const expected = code.startsWith('XX') ? 'invalid_id' : bagged.has(code) ? 'duplicate' : 'accepted'
      expect(e.outcome, `seed ${SEED}: event ${e.seq} ${code}`).toBe(expected)
      if (expected === 'accepted') bagged.set(code, e.seq)
    }
    expect(members).toEqual(new Map([...bagged].map(([id, seq]) => [id, [seq]])))
    expect(contents.find((c) => c.receptacle.handle === receptacle.handle)!.receptacle.items).toBe(
      bagged.size,
    )

    const db = new Database(databaseFile(data), { readonly: true, fileMustExist: true })
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.pragma('foreign_key_check')).toEqual([])
      expect(
        db
          .prepare(
            'SELECT count(*) FROM membership m LEFT JOIN item i ON i.id = m.item_id WHERE i.id IS NULL',
          )
          .pluck()
          .get(),
      ).toBe(0)
    } finally {
      db.close()
    }

    // The test proves something only if processes really died mid-stream, in both modes.
    expect(rounds.filter((r) => r.killed).length, `seed ${SEED}`).toBeGreaterThanOrEqual(ROUNDS.length / 2)
    expect(
      rounds.some((r) => r.durability === 'full' && r.killed && r.acknowledged.length > 0),
      `seed ${SEED}`,
    ).toBe(true)
    expect(seen.size, `seed ${SEED}`).toBeGreaterThan(0)
  })
})
