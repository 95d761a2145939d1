// `station bench`: the engine's scan path against raw better-sqlite3 doing the same durable work, per
// durability mode, on a manifest of a million items. Progress goes to stderr so stdout stays one JSON
// line per mode.
import { Option, type Command } from 'commander'
import { runBench, type BenchResult } from '../station/bench'
import { printJson, reportFailure, type CommandContext } from './context'
import { EXIT } from './io'
import { positiveWholeNumber } from './options'

interface BenchOptions {
  json?: boolean
  items: number
  scans?: number
  durability: 'normal' | 'full' | 'both'
}

function benchLine(r: BenchResult): string {
  return (
    `${r.durability.padEnd(6)} ${r.scans} scans over ${r.items} items: raw ${Math.round(r.rawScansPerSec)}/s, ` +
    `engine ${Math.round(r.engineScansPerSec)}/s, ratio ${r.ratio.toFixed(2)}, ` +
    `engine latency p50 ${r.p50Ms.toFixed(3)} ms, p99 ${r.p99Ms.toFixed(3)} ms`
  )
}

export function registerBench(program: Command, { io, signal, setExit }: CommandContext): void {
  program
    .command('bench')
    .description('measure the scan path against raw SQLite doing the same durable work')
    .option('--json', 'one JSON object per durability mode')
    .option('--items <n>', 'items in the manifest', positiveWholeNumber, 1_000_000)
    .option('--scans <n>', 'scans per side and mode (default: 40000 normal, 8000 full)', positiveWholeNumber)
    .addOption(
      new Option('--durability <mode>', 'which modes to measure')
        .choices(['normal', 'full', 'both'])
        .default('both'),
    )
    .action(async (options: BenchOptions) => {
      try {
        await runBench(
          {
            items: options.items,
            scans: options.scans,
            modes: options.durability === 'both' ? ['normal', 'full'] : [options.durability],
            signal,
            progress: (message) => io.err(`bench: ${message}`),
          },
          (result) => (options.json ? printJson(io, result) : io.out(benchLine(result))),
        )
        setExit(EXIT.ok)
      } catch (error) {
        setExit(reportFailure('bench', error, io))
      }
    })
}
