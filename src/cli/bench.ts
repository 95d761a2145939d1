// `station bench`: the engine's scan path against raw better-sqlite3 doing the same durable work, per
// durability mode, on a manifest of a million items. Progress goes to stderr so stdout stays one JSON
// line per mode.
import { Option, type Command } from 'commander'
import { runBench, type BenchResult } from '../station/bench'
import { printJson, reportFailure, type CommandContext } from './context'
import { EXIT } from './io'
import { positiveWholeNumber } from './options'
import { runDeviceBench, type DeviceBenchResult } from './bench/device'
import {
  benchDispatchClose,
  benchEdiParse,
  type DispatchCloseBench,
  type EdiParseBench,
} from '../station/bench/exchange'
import { benchItmatt, DEFAULT_SCAN_RATE, type ItmattImportBench } from '../station/bench/itmatt'

interface BenchOptions {
  json?: boolean
  items: number
  scans?: number
  durability: 'normal' | 'full' | 'both'
  deviceScans: number
  device: boolean
  exchange: boolean
  itmattItems: number
  itmattScanRate: number
  dispatchItems: number
  ediEvents: number
}

/** 200 scans a second: a fast lane with two people feeding one scanner, well above a real station. */
const DEVICE_RATE = 200

function deviceLine(r: DeviceBenchResult): string {
  return (
    `device ${r.scans} scans at ${r.ratePerSec}/s through a pty: bytes written → committed event ` +
    `p50 ${r.p50Ms.toFixed(3)} ms, p99 ${r.p99Ms.toFixed(3)} ms, max ${r.maxMs.toFixed(3)} ms; ` +
    `raw cable p50 ${r.raw.p50Ms.toFixed(3)} ms, p99 ${r.raw.p99Ms.toFixed(3)} ms, ` +
    `max ${r.raw.maxMs.toFixed(3)} ms; the station adds ${r.addedP99Ms.toFixed(3)} ms at p99`
  )
}

function itmattLine(r: ItmattImportBench): string {
  return (
    `ITMATT import of ${r.items} items: ${Math.round(r.ms)} ms, ${r.itemsPerSec} items/s; ` +
    `raw single-transaction insert ${Math.round(r.rawMs)} ms, ratio ${r.ratio.toFixed(2)}; ` +
    `${r.scans} scans meanwhile (${r.scanRatePerSec}/s), p99 ${r.scanP99Ms} ms, max ${r.scanMaxMs} ms`
  )
}

function exchangeLine(r: DispatchCloseBench | EdiParseBench): string {
  return r.bench === 'dispatch-close'
    ? `dispatch close of ${r.items} items in ${r.receptacles} receptacles (PREDES, CN 31, delivery bill): ` +
        `${r.ms.toFixed(0)} ms; raw SQL of the same close ${r.rawMs.toFixed(0)} ms, ratio ${r.ratio.toFixed(2)}`
    : `EDI read of ${r.events} EMSEVT events (${(r.bytes / 1e6).toFixed(1)} MB): ${r.ms.toFixed(0)} ms, ` +
        `${r.eventsPerSec} events/s; raw split ${r.rawMs.toFixed(1)} ms, ratio ${r.ratio.toFixed(1)}`
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
    .option(
      '--device-scans <n>',
      'scans for the device bench (scanner bytes on a pty)',
      positiveWholeNumber,
      2000,
    )
    .option('--no-device', 'skip the device bench (it needs socat)')
    .option('--no-exchange', 'skip the dispatch-close and EDI-read benches')
    .option(
      '--dispatch-items <n>',
      'items in the dispatch-close bench (100 receptacles)',
      positiveWholeNumber,
      20_000,
    )
    .option('--edi-events <n>', 'events in the EDI-read bench', positiveWholeNumber, 100_000)
    .option(
      '--itmatt-items <n>',
      'items in the ITMATT import bench (0 skips it)',
      (v) => Number(v),
      1_000_000,
    )
    .option(
      '--itmatt-scan-rate <n>',
      'scans per second committed during the ITMATT import',
      positiveWholeNumber,
      DEFAULT_SCAN_RATE,
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
        if (options.device && !signal.aborted) {
          io.err(`bench: device: ${options.deviceScans} scans at ${DEVICE_RATE}/s into a socat pty`)
          try {
            const r = await runDeviceBench(options.deviceScans, DEVICE_RATE)
            if (options.json) printJson(io, r)
            else io.out(deviceLine(r))
          } catch (error) {
            io.err(`bench: device bench skipped: ${(error as Error).message}`)
          }
        }
        if (options.exchange && !signal.aborted) {
          const progress = (m: string) => io.err(`bench: ${m}`)
          const close = await benchDispatchClose(options.dispatchItems, 100, progress)
          for (const r of [close, benchEdiParse(options.ediEvents)]) {
            if (options.json) printJson(io, r)
            else io.out(exchangeLine(r))
          }
        }
        if (options.itmattItems > 0 && !signal.aborted) {
          const r = await benchItmatt(
            options.itmattItems,
            (m) => io.err(`bench: ${m}`),
            options.itmattScanRate,
          )
          if (options.json) printJson(io, r)
          else io.out(itmattLine(r))
        }
        setExit(EXIT.ok)
      } catch (error) {
        setExit(reportFailure('bench', error, io))
      }
    })
}
