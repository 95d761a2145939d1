// `station bench`: the engine's scan path against raw better-sqlite3 doing the same durable work, per
// durability mode, in the same run on the same million-item manifest.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Durability } from '../../api'
import { StationError } from '../errors'
import { initStation } from '../init'
import { openStation } from '../open'
import type { StationEngine } from '../station'
import { databaseFile } from '../store/connection'
import { BENCH_DESTINATION, BENCH_ORIGIN, benchItemId, spreadIndexes } from './items'
import { importBenchManifest } from './manifest'
import { measureMode, type BenchResult } from './measure'
import { openRawScanner } from './raw'
import { settleDatabase } from './settle'

export type { BenchResult } from './measure'

export interface BenchOptions {
  items: number
  /** Scans per side and mode; defaults to DEFAULT_SCANS. */
  scans?: number
  modes: Durability[]
  signal?: AbortSignal
  progress(message: string): void
}

/** Stable figures in well under a minute of scanning on 2 cores; full mode waits for an fsync per scan. */
export const DEFAULT_SCANS: Record<Durability, number> = { normal: 40_000, full: 8_000 }
const BLOCK = 250
const WARM_UP = 1_000

export async function runBench(
  options: BenchOptions,
  onResult: (result: BenchResult) => void,
): Promise<void> {
  // Each mode's warm-up and measured scans take items no other pass touches: every scan is accepted.
  const passes = 2 * options.modes.length
  for (const mode of options.modes) {
    const scans = options.scans ?? DEFAULT_SCANS[mode]
    if (passes * Math.max(scans, WARM_UP) > options.items)
      throw new StationError(
        'invalid',
        `${options.items} items are too few for ${scans} scans per side and mode.`,
      )
  }
  const dir = mkdtempSync(join(tmpdir(), 'station-bench-'))
  const dataDir = join(dir, 'station')
  initStation(dataDir, { impc: BENCH_ORIGIN, name: 'bench' })
  const station = openStation({ dataDir }) as StationEngine
  try {
    const by = station.defaultSession()
    const started = performance.now()
    importBenchManifest(station, by, options.items, (done) =>
      options.progress(`manifest ${done}/${options.items}`),
    )
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    options.progress(`manifest of ${options.items} items imported through the engine in ${seconds} s`)
    const { receptacle } = station.openReceptacle(by, {
      destination: BENCH_DESTINATION,
      category: 'A',
      subclass: 'UN',
      weightLimitKg: 999.8,
    })
    // The raw side's copy: same schema, indexes, triggers, items and receptacle row.
    const rawFile = join(dir, 'raw.db')
    await station.backup(rawFile)

    let pass = 0
    for (const mode of options.modes) {
      const scans = options.scans ?? DEFAULT_SCANS[mode]
      const warmUp = spreadIndexes(WARM_UP, options.items, pass++, passes).map(benchItemId)
      const measured = spreadIndexes(scans, options.items, pass++, passes).map(benchItemId)
      station.setDurability(mode)
      settleDatabase(databaseFile(dataDir))
      settleDatabase(rawFile)
      const raw = openRawScanner(rawFile, mode, station.getReceptacle(receptacle.handle).receptacle)
      options.progress(`${mode}: ${scans} scans per side after ${WARM_UP} to warm up, in blocks of ${BLOCK}`)
      try {
        const result = await measureMode({
          durability: mode,
          items: options.items,
          station,
          by,
          receptacle: receptacle.handle,
          raw,
          warmUp,
          measured,
          block: BLOCK,
          signal: options.signal,
        })
        if (result === null) return
        onResult(result)
      } finally {
        raw.close()
      }
    }
  } finally {
    station.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
