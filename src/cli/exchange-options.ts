// Options and value parsers of the office-of-exchange commands (dispatch, consignment, EDI, partners): a
// mistyped code or time is a usage error (exit 2) said in words, before the station is touched; what
// passes here is what the engine's contract accepts, so a bad value never reaches it as a crash.
import { InvalidArgumentError, type Command } from 'commander'
import { dtmValue } from '../core/edi/messages/time'
import type { Session, Station } from '../station'
import { checkIdentity } from './context'
import { upperCase, type CommonOptions } from './options'

export interface ByOptions extends CommonOptions {
  by?: string
  byPin?: string
}

/** Who acts: `--by ID --by-pin PIN`, or the station's own operator made by init. */
export function withByOptions(command: Command): Command {
  return command
    .option('--by <id>', 'the operator acting (default: the station operator made by init)')
    .option('--by-pin <pin>', "that operator's PIN")
}

export function checkBy(command: Command, options: ByOptions): void {
  checkIdentity(command, options.by, options.byPin, ['--by', '--by-pin'])
}

export function bySession(station: Station, options: ByOptions): Session {
  return options.by === undefined || options.byPin === undefined
    ? station.defaultSession()
    : station.signIn(options.by, options.byPin)
}

function matching(pattern: RegExp, words: string): (value: string) => string {
  return (value) => {
    const code = upperCase(value)
    if (!pattern.test(code)) throw new InvalidArgumentError(`${words}; got ${JSON.stringify(value)}`)
    return code
  }
}

export const s8 = matching(/^[A-Z0-9]{20}$/, 'an S8 dispatch id is 20 letters and digits')
export const impc = matching(/^[A-Z]{6}$/, 'an IMPC office code is 6 letters, e.g. USORDA')
export const category = matching(/^[A-Z]$/, 'a mail category is one letter: A, B, C or D')
export const subclass = matching(/^[A-Z0-9]{2}$/, 'a mail subclass is 2 letters or digits, e.g. UN')
export const carrier = matching(/^[A-Z0-9]{2,3}$/, 'a carrier code is 2 or 3 letters or digits, e.g. AF')
export const place = matching(
  /^[A-Z]{3}([A-Z]{3})?$/,
  'a place is an IATA airport code (CDG) or an IMPC office code (FRCDGA)',
)
export const flight = matching(/^[A-Z0-9]{1,10}$/, 'a flight or trip number is 1 to 10 letters or digits')
export const partnerId = matching(
  /^[A-Z0-9]{2,6}$/,
  'a partner id is a 2–6 character post (IMPC, country), carrier or customs code',
)

/** `--dispatch A --dispatch B`: every S8, in order. */
export function collectS8(value: string, previous: string[] = []): string[] {
  return [...previous, s8(value)]
}

/**
 * A time with its UTC offset, as UPU messages carry it: 2026-03-14T22:10:00+01:00 (or Z). Seconds may be
 * left out. The same check the message mapping makes, so what passes here encodes.
 */
export function isoTime(value: string): string {
  const trimmed = value.trim()
  const withSeconds = /T\d\d:\d\d(Z|[+-]\d\d:\d\d)$/.test(trimmed)
    ? trimmed.replace(/(T\d\d:\d\d)/, '$1:00')
    : trimmed
  try {
    dtmValue(withSeconds)
  } catch (error) {
    throw new InvalidArgumentError(
      `${(error as Error).message.replace(/^time must be/, 'expected a time:')} (e.g. 2026-03-14T22:10:00+01:00)`,
    )
  }
  return withSeconds
}

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** `24h`, `90m`, `7d`, `30s` back from now, or an ISO date/time (local when it has no offset). */
export function sinceTime(value: string, now: () => Date = () => new Date()): Date {
  const trimmed = value.trim()
  const ago = /^(\d+(?:\.\d+)?)\s*([smhd])$/i.exec(trimmed)
  if (ago) return new Date(now().getTime() - Number(ago[1]) * UNIT_MS[ago[2]!.toLowerCase()]!)
  if (/^\d{4}-\d\d-\d\d/.test(trimmed)) {
    // A date alone is midnight here, not in UTC as JavaScript would read it.
    const at = new Date(/^\d{4}-\d\d-\d\d$/.test(trimmed) ? `${trimmed}T00:00:00` : trimmed)
    if (!Number.isNaN(at.getTime())) return at
  }
  throw new InvalidArgumentError(
    'expected a time (2026-03-14T08:00:00+01:00, 2026-03-14) or a span back from now (24h, 90m, 7d)',
  )
}

export function nonNegativeNumber(value: string): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError('expected a number, 0 or above')
  return n
}
