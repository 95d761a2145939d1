// One durability mode, measured: both sides warmed up, then alternating blocks of scans so disk, cache
// and CPU-frequency drift land on both alike.
import type { Durability } from '../../api'
import type { StationEngine } from '../station'
import type { Session } from '../types'
import { engineScans } from './engine'
import { rawScans, type RawScanner } from './raw'
import { percentile, rate, round } from './stats'

export interface BenchResult {
  durability: Durability
  items: number
  scans: number
  rawScansPerSec: number
  engineScansPerSec: number
  ratio: number
  p50Ms: number
  p99Ms: number
}

export interface ModeRun {
  durability: Durability
  items: number
  station: StationEngine
  by: Session
  receptacle: number
  raw: RawScanner
  warmUp: readonly string[]
  measured: readonly string[]
  block: number
  signal?: AbortSignal
}

/** Resolves with null when aborted. */
export async function measureMode(run: ModeRun): Promise<BenchResult | null> {
  const { station, by, receptacle, raw, measured, block: size } = run
  rawScans(raw, run.warmUp)
  await engineScans(station, by, receptacle, run.warmUp, [])

  let rawMs = 0
  let engineMs = 0
  const latencies: number[] = []
  const commitsBefore = station.scanTransactions
  for (let start = 0; start < measured.length; start += size) {
    if (run.signal?.aborted) return null
    const block = measured.slice(start, start + size)
    // Who goes first alternates too: neither side always runs on the other's warm cache.
    if ((start / size) % 2 === 0) {
      rawMs += rawScans(raw, block)
      engineMs += await engineScans(station, by, receptacle, block, latencies)
    } else {
      engineMs += await engineScans(station, by, receptacle, block, latencies)
      rawMs += rawScans(raw, block)
    }
  }
  // Each awaited scan must have paid its own commit, as each raw scan does: grouping would flatter.
  const commits = station.scanTransactions - commitsBefore
  if (commits !== measured.length) {
    throw new Error(`bench: ${measured.length} engine scans took ${commits} commits`)
  }

  latencies.sort((a, b) => a - b)
  const rawScansPerSec = rate(measured.length, rawMs)
  const engineScansPerSec = rate(measured.length, engineMs)
  return {
    durability: run.durability,
    items: run.items,
    scans: measured.length,
    rawScansPerSec: round(rawScansPerSec, 1),
    engineScansPerSec: round(engineScansPerSec, 1),
    ratio: round(engineScansPerSec / rawScansPerSec, 3),
    p50Ms: round(percentile(latencies, 50), 4),
    p99Ms: round(percentile(latencies, 99), 4),
  }
}
