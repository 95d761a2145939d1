// What every station command needs around its own work: the station opened from --data and closed
// afterwards whatever happens, the acting operator, and expected failures (StationError) turned into one
// line a person reads and exit status 1. Anything else is a bug and propagates.
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { openStation, StationError, type Session, type Station } from '../station'
import { EXIT, type CliIo } from './io'
import type { ActingOptions, CommonOptions } from './options'

export interface CommandContext {
  io: CliIo
  signal: AbortSignal
  /** The exit status of the command that ran; runCli returns it. */
  setExit(code: number): void
}

/** Prints an expected failure as `station NAME: message` and returns the exit status for it. */
export function reportFailure(name: string, error: unknown, io: CliIo): number {
  if (!(error instanceof StationError)) throw error
  io.err(`station ${name}: ${error.message}`)
  return EXIT.failed
}

export async function withStation(
  name: string,
  options: CommonOptions,
  io: CliIo,
  run: (station: Station) => Promise<number>,
): Promise<number> {
  let station: Station
  try {
    station = openStation({ dataDir: resolve(options.data) })
  } catch (error) {
    return reportFailure(name, error, io)
  }
  try {
    return await run(station)
  } catch (error) {
    return reportFailure(name, error, io)
  } finally {
    station.close()
  }
}

/** Half an identity is a typing mistake, not a request to act as the default operator: refuse it. */
export function checkIdentity(
  command: Command,
  operator: string | undefined,
  pin: string | undefined,
  [idFlag, pinFlag] = ['--operator', '--pin'],
): void {
  if ((operator === undefined) !== (pin === undefined))
    command.error(`error: ${idFlag} and ${pinFlag} go together (both, or neither to act as the station)`)
}

export function actingSession(station: Station, options: ActingOptions): Session {
  if (options.operator === undefined || options.pin === undefined) return station.defaultSession()
  return station.signIn(options.operator, options.pin)
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value))
}
