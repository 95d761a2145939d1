// A serial (or simulated) scale: poll on a timer, parse with the scale's protocol, publish every reading
// and keep the current stable one for `scale.read`. A moving load, an error or a lost scale clears it,
// so a weight taken at close is never one from before the bag moved.
import type { DeviceConfig, WeightReading } from '../../api/devices'
import type { ByteBinding } from '../binding'
import { DeviceConnection } from '../connection'
import { DeviceRecord } from '../record'
import type { Device, DeviceEvents } from '../types'
import { createScaleProtocol, type ScaleProtocolKind } from './protocols'

/** Fast enough that the screen follows the load, slow enough for a 9600-baud scale to answer. */
export const SCALE_POLL_MS = 200

/** Polls without an answer before a SICS scale is also asked with plain `S` (see `request`). */
const UNANSWERED_BEFORE_FALLBACK = 3
const SICS_STABLE_REQUEST = Buffer.from('S\r\n', 'latin1')

export interface ScaleOptions {
  config: DeviceConfig
  binding: ByteBinding
  path: string
  baudRate: number
  protocol: ScaleProtocolKind
  match: { vendorId: string | null; productId: string | null; serialNumber: string | null } | null
  events: DeviceEvents
  pollMs?: number
  watchdogMs?: number
}

export class ScaleDevice implements Device {
  readonly config: DeviceConfig
  private readonly record: DeviceRecord
  private readonly connection: DeviceConnection
  private protocol
  private stable: WeightReading | null = null
  private poller: NodeJS.Timeout | null = null
  private unanswered = 0

  constructor(private readonly o: ScaleOptions) {
    this.config = o.config
    this.record = new DeviceRecord(o.config, (info) => o.events.status(info))
    this.protocol = createScaleProtocol(o.protocol)
    // Toledo 8217 is 7 data bits, even parity; the others are 8N1.
    const seven = o.protocol === 'toledo8217'
    this.connection = new DeviceConnection({
      binding: o.binding,
      port: { path: o.path, baudRate: o.baudRate, dataBits: seven ? 7 : 8, parity: seven ? 'even' : 'none' },
      match: o.match,
      watchdogMs: o.watchdogMs,
      onOpen: () => (this.protocol = createScaleProtocol(o.protocol)),
      onStatus: (status) => {
        if (status.state !== 'ready') this.stable = null
        this.record.status(status)
      },
      onData: (chunk) => this.feed(chunk),
    })
  }

  info() {
    return this.record.current
  }

  weight(): WeightReading | null {
    return this.stable
  }

  start(): void {
    this.connection.start()
    this.poller = setInterval(() => {
      const request = this.request()
      if (request && this.connection.status.state === 'ready') void this.connection.write(request)
    }, this.o.pollMs ?? SCALE_POLL_MS)
    this.poller.unref()
  }

  async stop(): Promise<void> {
    if (this.poller) clearInterval(this.poller)
    this.poller = null
    await this.connection.stop()
  }

  // Some SICS terminals (and simple emulators) implement only `S`, not `SI`: when the protocol's own
  // request goes unanswered, every other poll asks with `S`, whose answer the same parser reads.
  private request(): Buffer | null {
    const request = this.protocol.poll()
    if (!request || this.o.protocol !== 'sics') return request
    this.unanswered++
    const fallback = this.unanswered > UNANSWERED_BEFORE_FALLBACK && this.unanswered % 2 === 0
    return fallback ? Buffer.from(SICS_STABLE_REQUEST) : request
  }

  private feed(chunk: Buffer): void {
    this.record.received(chunk)
    for (const frame of this.protocol.feed(chunk)) {
      this.unanswered = 0
      this.record.framed()
      if (frame.type === 'error') {
        this.stable = null
        continue
      }
      const reading: WeightReading = { kg: frame.kg, stable: frame.stable, at: new Date().toISOString() }
      this.stable = frame.stable ? reading : null
      this.record.weight(reading)
    }
  }
}
