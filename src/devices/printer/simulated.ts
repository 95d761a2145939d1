// A simulated Zebra: product code, not a test double. `station serve --demo` prints to it and tests
// use it. It keeps the semantics that matter: one link per connect, replies on a later tick split in two
// chunks, ~HS/~HQES answered from a settable condition, label formats recorded only when complete.
import { DeviceError } from '../errors'
import { LinkEvents, type PrinterLink, type PrinterTransport } from './transport'
import { ZplStream } from './zpl-stream'

export type SimulatedCondition = 'ready' | 'paper-out' | 'head-open' | 'ribbon-out' | 'paused'

/**
 * How the simulated printer behaves on the wire: `off` refuses connections, `silent` never answers,
 * `hs-silent` answers ~HQES but not ~HS (some firmware in error), `drop-mid-job` cuts the connection as
 * soon as a label format starts arriving (recording nothing).
 */
export type SimulatedMode = 'normal' | 'off' | 'silent' | 'hs-silent' | 'drop-mid-job'

export interface SimulatedPrinterOptions {
  /** ~HS polls after each job that still report it in the buffer. */
  busyPolls?: number
  /** false = direct-thermal (ribbon-out not reported as a fault). */
  thermalTransfer?: boolean
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** The three ~HS strings, each <STX>…<ETX><CR><LF>. Field aaa 030 = 9600 baud, 8N1, XON/XOFF. */
export function hostStatusReply(s: {
  paperOut?: boolean
  paused?: boolean
  formatsInBuffer?: number
  partialFormat?: boolean
  headOpen?: boolean
  ribbonOut?: boolean
  thermalTransfer?: boolean
  labelsRemaining?: number
}): string {
  const b = (v: boolean | undefined) => (v ? '1' : '0')
  const one = `030,${b(s.paperOut)},${b(s.paused)},1218,${pad(s.formatsInBuffer ?? 0, 3)},0,0,${b(s.partialFormat)},000,0,0,0`
  const two = `001,0,${b(s.headOpen)},${b(s.ribbonOut)},${b(s.thermalTransfer)},2,6,0,${pad(s.labelsRemaining ?? 0, 8)},1,000`
  return `\x02${one}\x03\r\n\x02${two}\x03\r\n\x021234,0\x03\r\n`
}

/** The ~HQES text for group-1 error and warning bits. */
export function hqesReply(errors: number, warnings = 0): string {
  const line = (bits: number) =>
    `${bits ? 1 : 0} 00000000 ${bits.toString(16).toUpperCase().padStart(8, '0')}`
  return `\x02\r\nPRINTER STATUS\r\n   ERRORS:   ${line(errors)}\r\n   WARNINGS: ${line(warnings)}\r\n\x03\r\n`
}

const HQES_BITS: Record<SimulatedCondition, number> = {
  ready: 0,
  'paper-out': 0x10001,
  'head-open': 0x10004,
  'ribbon-out': 0x10002,
  paused: 0x10000,
}

export class SimulatedPrinter {
  /** Every complete label format received, in order. */
  readonly formats: string[] = []
  condition: SimulatedCondition = 'ready'
  mode: SimulatedMode = 'normal'
  /** Connections open now, and the most ever open at once. */
  openLinks = 0
  maxOpenLinks = 0
  private busy = 0
  private faultAfterJob: SimulatedCondition | null = null

  constructor(
    readonly name = 'simulated',
    private readonly options: SimulatedPrinterOptions = {},
  ) {}

  /** Puts the printer in a condition (paper out, head open, …) until set back to ready. */
  setCondition(condition: SimulatedCondition): void {
    this.condition = condition
  }

  /** The next job is received, then the printer faults (a label that may or may not have printed). */
  faultAfterNextJob(condition: SimulatedCondition): void {
    this.faultAfterJob = condition
  }

  transport(): PrinterTransport {
    return {
      describe: () => `simulated printer ${this.name}`,
      bytesPerSecond: 1_000_000,
      connect: async () => {
        await new Promise((r) => setImmediate(r))
        if (this.mode === 'off')
          throw new DeviceError(`The printer ${this.name} refused the connection (it is off)`)
        return this.link()
      },
    }
  }

  private hostStatus(stream: ZplStream): string {
    const c = this.condition
    const busy = this.busy > 0
    if (busy) this.busy--
    const thermalTransfer = this.options.thermalTransfer ?? true
    // A printer stops (pauses) on these; a direct-thermal printer has no ribbon to run out of.
    const stopped = c === 'paper-out' || c === 'head-open' || (c === 'ribbon-out' && thermalTransfer)
    return hostStatusReply({
      paperOut: c === 'paper-out',
      paused: c === 'paused' || stopped,
      headOpen: c === 'head-open',
      ribbonOut: c === 'ribbon-out',
      thermalTransfer,
      formatsInBuffer: busy ? 1 : 0,
      labelsRemaining: busy ? 1 : 0,
      partialFormat: stream.inFormat,
    })
  }

  private link(): PrinterLink {
    const events = new LinkEvents()
    const stream = new ZplStream()
    this.openLinks++
    this.maxOpenLinks = Math.max(this.maxOpenLinks, this.openLinks)
    let counted = true
    const release = () => {
      if (counted) this.openLinks--
      counted = false
    }
    const reply = (text: string) => {
      const half = Math.ceil(text.length / 2)
      for (const part of [text.slice(0, half), text.slice(half)]) {
        setImmediate(() => events.data(Buffer.from(part, 'latin1')))
      }
    }
    const drop = () => {
      release()
      setImmediate(() => events.end(new DeviceError(`The printer ${this.name} dropped the connection`)))
    }
    return {
      get closed() {
        return events.closed
      },
      write: (data) =>
        events.write(async () => {
          if (this.mode === 'drop-mid-job' && data.includes('^XA')) return drop()
          for (const item of stream.push(data)) {
            if (item.kind === 'format') {
              this.formats.push(item.zpl)
              this.busy = this.options.busyPolls ?? 0
              if (this.faultAfterJob) this.condition = this.faultAfterJob
              this.faultAfterJob = null
            } else if (this.mode === 'silent') continue
            else if (item.command === 'HS' && this.mode !== 'hs-silent') reply(this.hostStatus(stream))
            else if (item.command === 'HQES') reply(hqesReply(HQES_BITS[this.condition]))
          }
        }),
      onData: (listener) => events.onData(listener),
      onClose: (listener) => events.onClose(listener),
      close: async () => {
        release()
        events.end(null)
      },
    }
  }
}
