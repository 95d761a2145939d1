// Asking one open link for the printer's status: ~HS first, waiting for its three ETX frames; if it
// stays quiet (some firmware does not answer ~HS in error, HARDWARE.md 2b), ~HQES. A late ~HS reply that
// lands while ~HQES is awaited is used too.
import { DeviceError } from '../errors'
import { parseHqes, type HqesStatus } from './hqes'
import { parseHostStatusFrames, StxEtxCollector, type HostStatus } from './status'
import type { PrinterLink } from './transport'

export type StatusReading =
  | { kind: 'hs'; status: HostStatus }
  | { kind: 'hqes'; status: HqesStatus }
  | { kind: 'none' }
  /** The printer answered, but not in a form we can read. */
  | { kind: 'malformed'; detail: string }

const isHqes = (frame: string) => frame.includes('PRINTER STATUS')

export class StatusSession {
  private readonly collector = new StxEtxCollector()
  private wake: (() => void) | null = null
  private ended: Error | null = null

  constructor(private readonly link: PrinterLink) {
    link.onData((chunk) => {
      this.collector.push(chunk)
      this.wake?.()
    })
    link.onClose((error) => {
      this.ended = error ?? new DeviceError('the connection was closed', { canceled: true })
      this.wake?.()
    })
  }

  /** Rejects when the link has ended (the printer dropped the connection). */
  write(data: Buffer | string): Promise<void> {
    if (this.ended) return Promise.reject(this.ended)
    return this.link.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : data)
  }

  /** Resolves true once `done()` holds, false after `ms`; rejects if the link ends first. */
  private async until(done: () => boolean, ms: number): Promise<boolean> {
    const deadline = Date.now() + ms
    for (;;) {
      if (done()) return true
      if (this.ended) throw this.ended
      const left = deadline - Date.now()
      if (left <= 0) return false
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.wake = null
          resolve()
        }, left)
        this.wake = () => {
          clearTimeout(timer)
          this.wake = null
          resolve()
        }
      })
    }
  }

  private hsFrames(): string[] {
    return this.collector.frames.filter((f) => !isHqes(f))
  }

  private hqesFrame(): string | undefined {
    return this.collector.frames.find(isHqes)
  }

  /** One status read: ~HS, then ~HQES, each waited for up to `timeoutMs`. Rejects if the link drops. */
  async read(timeoutMs: number): Promise<StatusReading> {
    this.collector.reset()
    const answered = () => this.hsFrames().length >= 3 || this.hqesFrame() !== undefined
    await this.write('~HS')
    let malformed: string | null = null
    if (await this.until(answered, timeoutMs)) {
      const reading = this.parse()
      if (reading.kind !== 'malformed') return reading
      malformed = reading.detail
      this.collector.reset()
    }
    await this.write('~HQES')
    if (await this.until(answered, timeoutMs)) return this.parse()
    return malformed === null ? { kind: 'none' } : { kind: 'malformed', detail: malformed }
  }

  private parse(): StatusReading {
    try {
      const hs = this.hsFrames()
      if (hs.length >= 3) return { kind: 'hs', status: parseHostStatusFrames(hs) }
      return { kind: 'hqes', status: parseHqes(this.hqesFrame() ?? '') }
    } catch (error) {
      return { kind: 'malformed', detail: error instanceof Error ? error.message : String(error) }
    }
  }
}
