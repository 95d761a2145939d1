// Zebra `~HS` host status: three strings, each framed <STX>…<ETX> (usually followed by CRLF). The reply
// has no length and arrives split across TCP/serial chunks, so it is read by counting ETX frames, never
// by lines or by "listen 500 ms and hope" (HARDWARE.md 2b; ZebraDevs/Zebra-Printer-Samples#1).
export { parseHqes, HQES_ERROR_BITS, HQES_WARNING_BITS, type HqesBit, type HqesStatus } from './hqes'
export { conditionOf, describeCondition, type PrinterCondition } from './condition'

export const STX = 0x02
export const ETX = 0x03

/** A frame longer than this is garbage on the line, not a status string; it is dropped. */
const MAX_FRAME = 4096

/**
 * Collects <STX>…<ETX> frames from chunks split anywhere. Bytes outside a frame (CRLF, noise) are
 * ignored; an STX inside an unfinished frame starts the frame again (the first one was cut off).
 */
export class StxEtxCollector {
  readonly frames: string[] = []
  private current: number[] | null = null

  /** Adds a chunk and returns how many complete frames have been collected so far. */
  push(chunk: Buffer | Uint8Array): number {
    for (const byte of chunk) {
      if (byte === STX) this.current = []
      else if (byte === ETX) {
        if (this.current) this.frames.push(Buffer.from(this.current).toString('latin1'))
        this.current = null
      } else if (this.current) {
        if (this.current.length >= MAX_FRAME) this.current = null
        else this.current.push(byte)
      }
    }
    return this.frames.length
  }

  /** Removes and returns the complete frames. A frame in progress is kept. */
  take(): string[] {
    return this.frames.splice(0)
  }

  reset(): void {
    this.frames.length = 0
    this.current = null
  }
}

export type PrintMode = 'rewind' | 'peel-off' | 'tear-off' | 'cutter' | 'applicator' | 'delayed-cut' | 'other'

const PRINT_MODES: readonly PrintMode[] = [
  'rewind',
  'peel-off',
  'tear-off',
  'cutter',
  'applicator',
  'delayed-cut',
]

/** Baud codes of ~HS field aaa (bits a8 a2 a1 a0), per the ZPL guide. */
const BAUD: Record<number, number> = {
  0: 110,
  1: 300,
  2: 600,
  3: 1200,
  4: 2400,
  5: 4800,
  6: 9600,
  7: 19200,
  8: 28800,
  9: 38400,
  10: 57600,
  11: 14400,
}

export interface SerialSettings {
  /** null for a code the table does not list. */
  baudRate: number | null
  handshake: 'xon-xoff' | 'dtr'
  parity: 'none' | 'odd' | 'even'
  stopBits: 1 | 2
  dataBits: 7 | 8
}

export interface HostStatus {
  kind: 'hs'
  /** String 1 */
  commSettings: number
  serial: SerialSettings
  paperOut: boolean
  paused: boolean
  labelLengthDots: number
  formatsInBuffer: number
  bufferFull: boolean
  commDiagnostics: boolean
  partialFormat: boolean
  corruptRam: boolean
  underTemp: boolean
  overTemp: boolean
  /** String 2 */
  functionSettings: number
  headOpen: boolean
  ribbonOut: boolean
  /** false = direct thermal: ribbon-out means nothing then. */
  thermalTransfer: boolean
  printMode: PrintMode
  printModeCode: number
  printWidthMode: number
  labelWaiting: boolean
  labelsRemaining: number
  /** null when the firmware leaves the field out. */
  graphicsStored: number | null
  /** String 3 */
  password: string
  staticRamInstalled: boolean | null
}

function decodeSerial(aaa: number): SerialSettings {
  const bit = (n: number) => (aaa >> n) & 1
  const baudCode = (bit(8) << 3) | (aaa & 0b111)
  return {
    baudRate: BAUD[baudCode] ?? null,
    handshake: bit(7) ? 'dtr' : 'xon-xoff',
    parity: bit(5) ? (bit(6) ? 'even' : 'odd') : 'none',
    stopBits: bit(4) ? 1 : 2,
    dataBits: bit(3) ? 8 : 7,
  }
}

/** Reads the numbered fields of one ~HS string, naming the string and field in every error. */
function fieldsOf(frame: string, which: string, min: number) {
  const fields = frame.trim().split(',')
  if (fields.length < min) {
    throw new Error(`~HS ${which} has ${fields.length} fields, expected at least ${min}: "${frame.trim()}"`)
  }
  const num = (i: number, name: string): number => {
    const f = fields[i]?.trim() ?? ''
    if (!/^\d+$/.test(f)) throw new Error(`~HS ${which} field ${i + 1} (${name}) is not a number: "${f}"`)
    return Number(f)
  }
  const flag = (i: number, name: string): boolean => {
    const n = num(i, name)
    if (n > 1) throw new Error(`~HS ${which} field ${i + 1} (${name}) is not 0 or 1: "${fields[i]}"`)
    return n === 1
  }
  return { fields, num, flag }
}

/** Parses the three frame contents (STX/ETX already removed). */
export function parseHostStatusFrames(frames: readonly string[]): HostStatus {
  if (frames.length < 3) throw new Error(`~HS reply has ${frames.length} STX…ETX strings, expected 3`)
  if (frames.some((f) => f.includes('PRINTER STATUS'))) {
    throw new Error('~HS reply contains a ~HQES answer ("PRINTER STATUS"), not host status strings')
  }
  const s1 = fieldsOf(frames[0]!, 'string 1', 12)
  const s2 = fieldsOf(frames[1]!, 'string 2', 9)
  const s3 = fieldsOf(frames[2]!, 'string 3', 1)
  const commSettings = s1.num(0, 'communication settings')
  const printModeCode = s2.num(5, 'print mode')
  return {
    kind: 'hs',
    commSettings,
    serial: decodeSerial(commSettings),
    paperOut: s1.flag(1, 'paper out'),
    paused: s1.flag(2, 'pause'),
    labelLengthDots: s1.num(3, 'label length'),
    formatsInBuffer: s1.num(4, 'formats in buffer'),
    bufferFull: s1.flag(5, 'buffer full'),
    commDiagnostics: s1.flag(6, 'diagnostic mode'),
    partialFormat: s1.flag(7, 'partial format'),
    corruptRam: s1.flag(9, 'corrupt RAM'),
    underTemp: s1.flag(10, 'under temperature'),
    overTemp: s1.flag(11, 'over temperature'),
    functionSettings: s2.num(0, 'function settings'),
    headOpen: s2.flag(2, 'head up'),
    ribbonOut: s2.flag(3, 'ribbon out'),
    thermalTransfer: s2.flag(4, 'thermal transfer'),
    printMode: PRINT_MODES[printModeCode] ?? 'other',
    printModeCode,
    printWidthMode: s2.num(6, 'print width mode'),
    labelWaiting: s2.flag(7, 'label waiting'),
    labelsRemaining: s2.num(8, 'labels remaining'),
    graphicsStored: s2.fields.length > 10 ? s2.num(10, 'graphics stored') : null,
    password: s3.fields[0]!.trim(),
    staticRamInstalled: s3.fields.length > 1 ? s3.flag(1, 'static RAM') : null,
  }
}

/** Parses a whole ~HS reply (raw bytes or text with STX/ETX). Throws naming what is malformed. */
export function parseHostStatus(reply: Buffer | string): HostStatus {
  const collector = new StxEtxCollector()
  collector.push(typeof reply === 'string' ? Buffer.from(reply, 'latin1') : reply)
  return parseHostStatusFrames(collector.frames)
}
