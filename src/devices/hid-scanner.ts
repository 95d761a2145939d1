// A USB HID POS scanner at the station: the HID binding (src/devices/hid) decodes reports into codes;
// this keeps it open, re-discovers it by vendor/product/serial after an unplug (its hidraw path
// changes), and feeds its codes to the scan loop like a serial scanner's.
import type { DeviceConfig } from '../api/devices'
import { backoffDelay, DEFAULT_BACKOFF } from './backoff'
import type { HidScannerBinding, HidScannerError, OpenHidScanner } from './hid/binding'
import { DeviceRecord } from './record'
import { Debouncer, DEFAULT_DEBOUNCE_MS } from './scanner/debounce'
import type { Device, DeviceEvents, ScanSink } from './types'

type HidConfig = Extract<DeviceConfig, { transport: 'hid' }>

export interface HidScannerOptions {
  config: HidConfig
  /** Loaded on first use, so a machine without a working HID library still runs its serial devices. */
  binding: () => Promise<HidScannerBinding>
  sink: ScanSink
  events: DeviceEvents
  debounceMs?: number
}

export class HidScannerDevice implements Device {
  readonly config: DeviceConfig
  private readonly record: DeviceRecord
  private readonly debouncer: Debouncer
  private open: OpenHidScanner | null = null
  private stopped = false
  private wake: (() => void) | null = null
  private running: Promise<void> | null = null

  constructor(private readonly o: HidScannerOptions) {
    this.config = o.config
    this.record = new DeviceRecord(o.config, (info) => o.events.status(info))
    this.debouncer = new Debouncer(o.debounceMs ?? DEFAULT_DEBOUNCE_MS)
  }

  info() {
    return this.record.current
  }

  start(): void {
    this.running ??= this.run()
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.wake?.()
    await this.open?.close()
    await this.running
    this.record.status({ state: 'disconnected', since: new Date().toISOString() })
  }

  /** Resolves after `ms`, or at once when woken (stop, or the scanner went away). */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        resolve()
      }
      this.wake = done
    })
  }

  private async run(): Promise<void> {
    let binding: HidScannerBinding
    try {
      binding = await this.o.binding()
    } catch (error) {
      this.record.status({ state: 'error', reason: `HID library unavailable: ${(error as Error).message}` })
      return
    }
    const c = this.o.config
    let attempt = 0
    while (!this.stopped) {
      attempt++
      const delay = backoffDelay(attempt, DEFAULT_BACKOFF)
      this.record.status({ state: 'connecting', attempt, nextRetryMs: null })
      let gone: () => void = () => undefined
      const lost = new Promise<void>((resolve) => (gone = resolve))
      try {
        this.open = await binding.openHidScanner(
          { vendorId: c.vendorId, productId: c.productId, serialNumber: c.serialNumber },
          {
            onCode: ({ code, symbology }) => this.code(code, symbology),
            onRaw: (report) => this.record.received(report),
            onError: (error: HidScannerError) => {
              if (error.kind === 'disconnected') gone()
              else console.error(`Post Station: ${c.id}: ${error.message}`)
            },
          },
        )
      } catch (error) {
        const e = error as HidScannerError
        this.record.status(
          e.kind === 'open-failed'
            ? { state: 'error', reason: e.message }
            : { state: 'connecting', attempt, nextRetryMs: delay },
        )
        await this.pause(delay)
        continue
      }
      attempt = 0
      this.record.status({ state: 'ready', since: new Date().toISOString() })
      this.wake = gone
      await lost
      this.open = null
      if (this.stopped) break
      this.record.status({ state: 'disconnected', since: new Date().toISOString() })
    }
  }

  private code(code: string, symbology: string | null): void {
    this.record.framed()
    if (this.debouncer.isReRead(code)) return
    const id = this.config.id
    this.o.events.scan({ deviceId: id, code, symbology, at: new Date().toISOString() })
    this.o.sink.scan(code, id).catch((error: unknown) => {
      console.error(`Post Station: scan of ${code} from ${id} failed:`, error)
    })
  }
}
