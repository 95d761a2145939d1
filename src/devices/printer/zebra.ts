// A Zebra label printer over any transport. ZPL has no per-job acknowledgement (HARDWARE.md 2e), so a
// print is: status before (refuse unless ready), the job, then ~HS polls until the buffer is empty.
// One connection at a time per printer, opened and closed by every operation: printers that see
// overlapping or leaked raw connections merge labels or stop accepting connections (apple/cups#5689).
import { messageOf } from '../errors'
import { conditionOf, describeCondition, type PrinterCondition } from './condition'
import { hqesWarningWords, type HqesStatus } from './hqes'
import { StatusSession, type StatusReading } from './session'
import type { HostStatus } from './status'
import { sleep, timeout, type PrinterLink, type PrinterTransport } from './transport'

export interface ZebraTimeouts {
  /** Connecting (TCP handshake, opening the port or node). */
  connectTimeoutMs: number
  /** Waiting for a ~HS reply, and again for a ~HQES reply. */
  statusTimeoutMs: number
  /** Writing a job: this plus the job's size at the transport's throughput. */
  writeTimeoutMs: number
  /** Minimum wait after the job before the first completion poll, so the printer has taken it in. */
  settleMs: number
  /** Between completion polls. */
  pollIntervalMs: number
  /** From the end of the write until the printer must report the job done. */
  finishTimeoutMs: number
}

export const DEFAULT_ZEBRA_TIMEOUTS: ZebraTimeouts = {
  connectTimeoutMs: 4000,
  statusTimeoutMs: 2000,
  writeTimeoutMs: 5000,
  settleMs: 500,
  pollIntervalMs: 250,
  finishTimeoutMs: 60_000,
}

export interface PrinterStatus {
  condition: PrinterCondition
  /** Which query answered; `none` when offline or not answering. */
  source: 'hs' | 'hqes' | 'none'
  hostStatus: HostStatus | null
  hqes: HqesStatus | null
  /** ~HQES warnings in words (clean the head, paper nearly out); empty when ~HS answered. */
  warnings: string[]
}

/**
 * The result of one print. `not-sent`: nothing reached the printer, safe to retry once the condition is
 * fixed. `uncertain`: the label MAY OR MAY NOT have printed (connection dropped mid-job, a fault after
 * sending, no confirmation). The caller must NOT resend it automatically: with ^JZY (the default) the
 * printer itself reprints an interrupted label after recovery, and a duplicate bag label misroutes a
 * bag. Ask a person to look at the printer.
 */
export type PrintResult =
  | { outcome: 'printed' }
  | { outcome: 'not-sent'; condition: PrinterCondition; reason: string }
  | { outcome: 'uncertain'; reason: string; condition?: PrinterCondition }

const CHECK = 'It may or may not have printed: look at the printer before printing it again.'

function statusOf(reading: StatusReading): PrinterStatus {
  switch (reading.kind) {
    case 'hs':
      return {
        condition: conditionOf(reading.status),
        source: 'hs',
        hostStatus: reading.status,
        hqes: null,
        warnings: [],
      }
    case 'hqes':
      return {
        condition: conditionOf(reading.status),
        source: 'hqes',
        hostStatus: null,
        hqes: reading.status,
        warnings: hqesWarningWords(reading.status),
      }
    case 'none':
      return noStatus({ state: 'not-answering' })
    case 'malformed':
      return noStatus({
        state: 'error',
        reason: `The printer's status reply could not be read (${reading.detail})`,
      })
  }
}

function noStatus(condition: PrinterCondition): PrinterStatus {
  return { condition, source: 'none', hostStatus: null, hqes: null, warnings: [] }
}

/** Runs operations one after another: the per-printer "one connection at a time". */
class OneAtATime {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.tail.then(operation, operation)
    this.tail = result.catch(() => undefined)
    return result
  }
}

export class ZebraPrinter {
  private readonly t: ZebraTimeouts
  private readonly queue = new OneAtATime()

  constructor(
    private readonly transport: PrinterTransport,
    timeouts: Partial<ZebraTimeouts> = {},
  ) {
    this.t = { ...DEFAULT_ZEBRA_TIMEOUTS, ...timeouts }
  }

  describe(): string {
    return this.transport.describe()
  }

  /** The printer's condition now. Never rejects: an unreachable printer is `offline`. */
  status(): Promise<PrinterStatus> {
    return this.withLink(
      async (link) => {
        try {
          return statusOf(await new StatusSession(link).read(this.t.statusTimeoutMs))
        } catch (error) {
          return noStatus({ state: 'offline', reason: messageOf(error) })
        }
      },
      (reason) => noStatus({ state: 'offline', reason }),
    )
  }

  /**
   * Prints one job (one or more ^XA…^XZ formats); see PrintResult for what to do with the outcome.
   * Rejects only when `zpl` is not a label format at all (a programming error).
   */
  print(zpl: string): Promise<PrintResult> {
    if (!zpl.includes('^XA') || !zpl.includes('^XZ')) {
      return Promise.reject(new TypeError('print() needs a ZPL label format (^XA…^XZ)'))
    }
    return this.withLink(
      (link) => this.printOn(link, Buffer.from(zpl, 'utf8')),
      (reason) => ({ outcome: 'not-sent', condition: { state: 'offline', reason }, reason }),
    )
  }

  private withLink<T>(work: (link: PrinterLink) => Promise<T>, offline: (reason: string) => T): Promise<T> {
    return this.queue.run(async () => {
      let link: PrinterLink
      try {
        link = await this.transport.connect(this.t.connectTimeoutMs)
      } catch (error) {
        return offline(messageOf(error))
      }
      try {
        return await work(link)
      } finally {
        await link.close()
      }
    })
  }

  private async printOn(link: PrinterLink, job: Buffer): Promise<PrintResult> {
    const session = new StatusSession(link)
    let before: PrinterStatus
    try {
      before = statusOf(await session.read(this.t.statusTimeoutMs))
    } catch (error) {
      const condition: PrinterCondition = { state: 'offline', reason: messageOf(error) }
      return { outcome: 'not-sent', condition, reason: condition.reason }
    }
    if (before.condition.state !== 'ready') {
      return { outcome: 'not-sent', condition: before.condition, reason: describeCondition(before.condition) }
    }
    if (link.closed) {
      const reason = 'The printer closed the connection before the label was sent'
      return { outcome: 'not-sent', condition: { state: 'offline', reason }, reason }
    }

    const writeMs = this.t.writeTimeoutMs + Math.ceil((job.length / this.transport.bytesPerSecond) * 1000)
    try {
      await timeout(session.write(job), writeMs, `sending took longer than ${Math.round(writeMs / 1000)} s`)
    } catch (error) {
      return {
        outcome: 'uncertain',
        reason: `The label could not be sent completely (${messageOf(error)}). ${CHECK}`,
      }
    }
    return this.confirm(session)
  }

  /** Polls ~HS until the job has left the buffer, a fault appears, or the printer stops answering. */
  private async confirm(session: StatusSession): Promise<PrintResult> {
    const sent = Date.now()
    await sleep(this.t.settleMs)
    let sawBusy = false
    let idle = 0
    while (Date.now() - sent < this.t.finishTimeoutMs) {
      let now: PrinterStatus
      try {
        now = statusOf(await session.read(this.t.statusTimeoutMs))
      } catch (error) {
        return {
          outcome: 'uncertain',
          reason: `The connection to the printer dropped after the label was sent (${messageOf(error)}). ${CHECK}`,
        }
      }
      const c = now.condition
      if (c.state === 'not-answering') {
        return {
          outcome: 'uncertain',
          reason: `The printer stopped answering after the label was sent. ${CHECK}`,
        }
      }
      if (c.state === 'busy') sawBusy = true
      else if (c.state === 'ready' && now.source === 'hs') {
        // Until the printer has shown the job in its buffer, one empty reading could predate it.
        if (sawBusy || ++idle >= 2) return { outcome: 'printed' }
      } else if (c.state !== 'ready') {
        return { outcome: 'uncertain', condition: c, reason: `${describeCondition(c)}. ${CHECK}` }
      }
      await sleep(this.t.pollIntervalMs)
    }
    return {
      outcome: 'uncertain',
      reason: `The printer did not confirm the label within ${Math.round(this.t.finishTimeoutMs / 1000)} s. ${CHECK}`,
    }
  }
}
