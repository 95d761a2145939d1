// Zebra `~HQES` (host query, error and warning status): the fallback when a printer in error does not
// answer ~HS (HARDWARE.md 2b caveat, 2c). The bit tables are data, each entry marked whether Zebra's own
// ZPL guide table lists it or only a third-party driver (Ladder99) does.

export interface HqesBit {
  bit: number
  name: string
  /** Plain words for a worker. */
  words: string
  /** true: in Zebra's ZPL guide ~HQ table. false: seen only in Ladder99's driver, UNCONFIRMED. */
  confirmed: boolean
}

/** Group-1 error bits. */
export const HQES_ERROR_BITS = [
  { bit: 0x1, name: 'media-out', words: 'The printer is out of paper', confirmed: true },
  { bit: 0x2, name: 'ribbon-out', words: 'The printer is out of ribbon', confirmed: true },
  { bit: 0x4, name: 'head-open', words: 'The print head is open', confirmed: true },
  { bit: 0x8, name: 'cutter-fault', words: 'The cutter is jammed or faulty', confirmed: true },
  { bit: 0x10, name: 'head-over-temp', words: 'The print head is too hot', confirmed: true },
  { bit: 0x20, name: 'motor-over-temp', words: 'The printer motor is too hot', confirmed: true },
  { bit: 0x40, name: 'bad-head-element', words: 'The print head has a faulty element', confirmed: true },
  {
    bit: 0x80,
    name: 'head-detection-error',
    words: 'The printer cannot detect its print head',
    confirmed: true,
  },
  {
    bit: 0x100,
    name: 'invalid-firmware-config',
    words: 'The printer firmware configuration is invalid',
    confirmed: true,
  },
  {
    bit: 0x200,
    name: 'head-thermistor-open',
    words: 'The print head temperature sensor is faulty',
    confirmed: true,
  },
  { bit: 0x1000, name: 'paper-jam-retract', words: 'Paper jammed while retracting', confirmed: true },
  {
    bit: 0x2000,
    name: 'presenter-not-running',
    words: 'The label presenter is not running',
    confirmed: true,
  },
  { bit: 0x4000, name: 'paper-feed-error', words: 'The paper did not feed', confirmed: true },
  {
    bit: 0x8000,
    name: 'clear-paper-path-failed',
    words: 'The paper path could not be cleared',
    confirmed: true,
  },
  { bit: 0x10000, name: 'paused', words: 'The printer is paused', confirmed: false },
  { bit: 0x20000, name: 'retract-timed-out', words: 'Retracting the paper timed out', confirmed: false },
  {
    bit: 0x40000,
    name: 'black-mark-calibrate-error',
    words: 'Black-mark calibration failed',
    confirmed: true,
  },
  {
    bit: 0x80000,
    name: 'black-mark-not-found',
    words: 'The black mark on the paper was not found',
    confirmed: true,
  },
] as const satisfies readonly HqesBit[]

/** Group-1 warning bits. */
export const HQES_WARNING_BITS = [
  { bit: 0x1, name: 'need-calibrate', words: 'The paper needs calibrating', confirmed: true },
  { bit: 0x2, name: 'clean-head', words: 'The print head needs cleaning', confirmed: true },
  { bit: 0x4, name: 'replace-head', words: 'The print head needs replacing', confirmed: true },
  { bit: 0x8, name: 'paper-near-end', words: 'The paper is nearly used up', confirmed: true },
  { bit: 0x10, name: 'sensor-paper-before-head', words: 'Sensor 1 (paper before head)', confirmed: true },
  { bit: 0x20, name: 'sensor-black-mark', words: 'Sensor 2 (black mark)', confirmed: true },
  { bit: 0x40, name: 'sensor-paper-after-head', words: 'Sensor 3 (paper after head)', confirmed: true },
  { bit: 0x80, name: 'sensor-loop-ready', words: 'Sensor 4 (loop ready)', confirmed: true },
  { bit: 0x100, name: 'sensor-presenter', words: 'Sensor 5 (presenter)', confirmed: true },
  { bit: 0x200, name: 'sensor-retract-ready', words: 'Sensor 6 (retract ready)', confirmed: true },
  { bit: 0x400, name: 'sensor-in-retract', words: 'Sensor 7 (in retract)', confirmed: true },
  { bit: 0x800, name: 'sensor-at-bin', words: 'Sensor 8 (at bin)', confirmed: true },
] as const satisfies readonly HqesBit[]

export type HqesErrorName = (typeof HQES_ERROR_BITS)[number]['name']
export type HqesWarningName = (typeof HQES_WARNING_BITS)[number]['name']

export interface HqesGroup<Name extends string> {
  /** The line's leading digit: 1 = at least one flag set. */
  flagged: boolean
  group1: number
  /** Reserved by Zebra; kept so a set bit here is not silently dropped. */
  group2: number
  flags: ReadonlySet<Name>
  /** Group-1 bits the table does not name. */
  unknownBits: number
}

export interface HqesStatus {
  kind: 'hqes'
  errors: HqesGroup<HqesErrorName>
  warnings: HqesGroup<HqesWarningName>
}

function group<Name extends string>(
  text: string,
  label: string,
  table: readonly { bit: number; name: Name }[],
): HqesGroup<Name> {
  const line = text.split(/\r?\n/).find((l) => l.includes(`${label}:`))
  if (line === undefined) throw new Error(`~HQES reply has no ${label} line`)
  const m = new RegExp(`${label}:\\s*([01])\\s+([0-9A-Fa-f]{8})\\s+([0-9A-Fa-f]{8})\\s*$`).exec(line.trim())
  if (!m) {
    throw new Error(`~HQES ${label} line is not "<flag> <8 hex> <8 hex>": "${line.trim()}"`)
  }
  const group1 = parseInt(m[3]!, 16)
  const flags = new Set<Name>()
  let known = 0
  for (const { bit, name } of table) {
    known |= bit
    if ((group1 & bit) !== 0) flags.add(name)
  }
  return { flagged: m[1] === '1', group1, group2: parseInt(m[2]!, 16), flags, unknownBits: group1 & ~known }
}

/** Parses a ~HQES reply (with or without its STX/ETX). Throws naming what is malformed. */
export function parseHqes(text: string): HqesStatus {
  const clean = text.replaceAll('\x02', '').replaceAll('\x03', '')
  if (!clean.includes('PRINTER STATUS')) throw new Error('~HQES reply has no "PRINTER STATUS" header')
  return {
    kind: 'hqes',
    errors: group(clean, 'ERRORS', HQES_ERROR_BITS),
    warnings: group(clean, 'WARNINGS', HQES_WARNING_BITS),
  }
}

/** Worker words for each set warning (unknown bits as a hex code). */
export function hqesWarningWords(status: HqesStatus): string[] {
  const words: string[] = HQES_WARNING_BITS.filter((b) => status.warnings.flags.has(b.name)).map(
    (b) => b.words,
  )
  if (status.warnings.unknownBits) words.push(`Printer warning 0x${status.warnings.unknownBits.toString(16)}`)
  return words
}
