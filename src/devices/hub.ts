// The station's devices: built from their configuration, started, replaced as a whole when the
// configuration changes, and asked for the latest weight. The hub owns no station; codes go to the
// ScanSink its face gives it.
import type { DeviceConfig, DeviceInfo, WeightReading } from '../api/devices'
import type { ByteBinding } from './binding'
import type { HidScannerBinding } from './hid/binding'
import { HidScannerDevice } from './hid-scanner'
import { DeviceRecord } from './record'
import { ScaleDevice } from './scale/device'
import { ScannerDevice } from './scanner/device'
import { SimulatedBinding } from './simulated/binding'
import { startScaleTraffic } from './simulated/scale-traffic'
import { startScannerTraffic } from './simulated/scanner-traffic'
import type { Device, DeviceEvents, ScanSink } from './types'

export interface DeviceHubOptions {
  /** The real serial binding in the product; tests may pass the simulated one. */
  serial: ByteBinding
  /** HID POS scanners; without it they show an error instead of running. */
  hid?: () => Promise<HidScannerBinding>
  sink: ScanSink
  events: DeviceEvents
  debounceMs?: number
  watchdogMs?: number
}

/** A configured device this build cannot drive yet: shown with its reason instead of silently ignored. */
class UnsupportedDevice implements Device {
  private readonly record: DeviceRecord
  constructor(
    readonly config: DeviceConfig,
    events: DeviceEvents,
    private readonly reason: string,
  ) {
    this.record = new DeviceRecord(config, (info) => events.status(info))
  }
  info() {
    return this.record.current
  }
  start(): void {
    this.record.status({ state: 'error', reason: this.reason })
  }
  async stop(): Promise<void> {}
}

export class DeviceHub {
  private devices: Device[] = []
  private configs: DeviceConfig[] = []
  private readonly stopTraffic: Array<() => void> = []
  private applying: Promise<void> = Promise.resolve()

  constructor(private readonly o: DeviceHubOptions) {}

  config(): DeviceConfig[] {
    return this.configs.map((c) => ({ ...c }))
  }

  list(): DeviceInfo[] {
    return this.devices.map((d) => d.info())
  }

  /** Stops every device, then starts the new set: two owners of one port would fight for its lock. */
  configure(configs: DeviceConfig[]): Promise<DeviceInfo[]> {
    // Two configurations arriving together are applied one after the other, never interleaved.
    const next = this.applying.then(() => this.apply(configs))
    this.applying = next.then(
      () => undefined,
      () => undefined,
    )
    return next
  }

  private async apply(configs: DeviceConfig[]): Promise<DeviceInfo[]> {
    await this.stopAll()
    this.configs = configs.map((c) => ({ ...c }))
    this.devices = configs.map((c) => this.build(c))
    for (const d of this.devices) d.start()
    return this.list()
  }

  /** The current stable weight of the named scale, or of the first scale. */
  weight(deviceId?: string): { deviceId: string | null; weight: WeightReading | null } {
    const scale = this.devices.find(
      (d) => d.config.kind === 'scale' && (deviceId === undefined || d.config.id === deviceId),
    )
    return { deviceId: scale?.config.id ?? null, weight: scale?.weight?.() ?? null }
  }

  async close(): Promise<void> {
    await this.applying
    await this.stopAll()
  }

  private async stopAll(): Promise<void> {
    for (const stop of this.stopTraffic.splice(0)) stop()
    await Promise.all(this.devices.map((d) => d.stop()))
    this.devices = []
  }

  private build(c: DeviceConfig): Device {
    const common = { config: c, events: this.o.events, watchdogMs: this.o.watchdogMs }
    switch (c.transport) {
      case 'serial':
        if (c.kind === 'scale')
          return new ScaleDevice({
            ...common,
            binding: this.o.serial,
            path: c.path,
            baudRate: c.baudRate,
            protocol: c.protocol ?? 'sics',
            match: c.match,
          })
        return new ScannerDevice({
          ...common,
          binding: this.o.serial,
          path: c.path,
          baudRate: c.baudRate,
          framing: c.framing,
          acceptSymbologies: c.acceptSymbologies,
          hostAck: c.hostAck,
          match: c.match,
          sink: this.o.sink,
          debounceMs: this.o.debounceMs,
        })
      case 'simulated': {
        const binding = new SimulatedBinding()
        const path = `simulated:${c.id}`
        const device = binding.createPort(path, { product: `Simulated ${c.kind}` })
        if (c.kind === 'scale') {
          this.stopTraffic.push(startScaleTraffic(device, c.ratePerMinute))
          return new ScaleDevice({ ...common, binding, path, baudRate: 9600, protocol: 'sics', match: null })
        }
        this.stopTraffic.push(startScannerTraffic(device, c.ratePerMinute))
        return new ScannerDevice({
          ...common,
          binding,
          path,
          baudRate: 9600,
          framing: 'cr',
          acceptSymbologies: [],
          hostAck: false,
          match: null,
          sink: this.o.sink,
          debounceMs: this.o.debounceMs,
        })
      }
      case 'hid':
        if (!this.o.hid)
          return new UnsupportedDevice(c, this.o.events, 'This face does not drive HID scanners.')
        return new HidScannerDevice({
          config: c,
          binding: this.o.hid,
          sink: this.o.sink,
          events: this.o.events,
          debounceMs: this.o.debounceMs,
        })
    }
  }
}
