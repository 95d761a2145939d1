// What a face sees of one device (the contract's DeviceInfo), kept current by the device and pushed to
// a listener on every change that matters to a person: status, a completed read, a new weight.
import type { DeviceConfig, DeviceInfo, DeviceStatus, WeightReading } from '../api/devices'
import { escapeBytes } from './escape'

const RAW_KEEP = 120

export function addressOf(config: DeviceConfig): string {
  switch (config.transport) {
    case 'serial':
      return config.path
    case 'hid':
      return `${config.vendorId.toString(16).padStart(4, '0')}:${config.productId.toString(16).padStart(4, '0')}`
    case 'simulated':
      return 'simulated'
  }
}

export class DeviceRecord {
  private raw: Buffer = Buffer.alloc(0)
  private info: DeviceInfo

  constructor(
    config: DeviceConfig,
    private readonly onChange: (info: DeviceInfo) => void,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.info = {
      id: config.id,
      kind: config.kind,
      transport: config.transport,
      address: addressOf(config),
      status: { state: 'disconnected', since: null },
      lastRaw: null,
      lastRawAt: null,
      weight: null,
    }
  }

  get current(): DeviceInfo {
    return { ...this.info }
  }

  /** Keeps the tail of what arrived; published with the next frame or status so a flood stays cheap. */
  received(chunk: Buffer): void {
    this.raw = Buffer.concat([this.raw, chunk]).subarray(-RAW_KEEP)
    this.info = { ...this.info, lastRaw: escapeBytes(this.raw), lastRawAt: this.now().toISOString() }
  }

  /** A complete read: the raw tail is shown from the start of the next one. */
  framed(): void {
    this.publish()
    this.raw = Buffer.alloc(0)
  }

  status(status: DeviceStatus): void {
    this.info = { ...this.info, status }
    this.publish()
  }

  weight(weight: WeightReading): void {
    const last = this.info.weight
    this.info = { ...this.info, weight }
    if (!last || last.kg !== weight.kg || last.stable !== weight.stable) this.publish()
  }

  private publish(): void {
    this.onChange(this.current)
  }
}
