// A serial (or simulated serial) scanner: bytes → frames → codes → the station's scan loop, and, in
// host-acknowledge mode, the engine's verdict back to the scanner as a good or bad beep.
import type { DeviceConfig } from '../../api/devices'
import type { ByteBinding } from '../binding'
import { DeviceConnection } from '../connection'
import { DeviceRecord } from '../record'
import type { Device, DeviceEvents, ScanSink } from '../types'
import { createFramer, type Framing } from './framing'
import { hostAck, HOST_ACK_BAD } from './host-ack'
import { ScannerReader } from './reader'
import { DEFAULT_DEBOUNCE_MS } from './debounce'

export interface ScannerOptions {
  config: DeviceConfig
  binding: ByteBinding
  path: string
  baudRate: number
  framing: Framing
  acceptSymbologies: readonly string[]
  hostAck: boolean
  match: { vendorId: string | null; productId: string | null; serialNumber: string | null } | null
  sink: ScanSink
  events: DeviceEvents
  debounceMs?: number
  watchdogMs?: number
}

export class ScannerDevice implements Device {
  readonly config: DeviceConfig
  private readonly record: DeviceRecord
  private reader: ScannerReader
  private reReadsBefore = 0
  private readonly connection: DeviceConnection
  private readonly framer
  /** Verdicts of recent codes, so a dropped re-read still gets its beep in host-ACK mode. */
  private readonly lastOutcome = new Map<string, string | null>()

  constructor(private readonly o: ScannerOptions) {
    this.config = o.config
    this.record = new DeviceRecord(o.config, (info) => o.events.status(info))
    this.reader = this.newReader()
    this.framer = createFramer(o.framing, (frame) => this.frame(frame))
    this.connection = new DeviceConnection({
      binding: o.binding,
      port: { path: o.path, baudRate: o.baudRate },
      match: o.match,
      watchdogMs: o.watchdogMs,
      onStatus: (status) => this.record.status(status),
      // A half-received code is dropped, and a code read again after a replug is a new read, not a bounce.
      onOpen: () => {
        this.framer.reset()
        this.reReadsBefore += this.reader.reReadsDropped
        this.reader = this.newReader()
      },
      onData: (chunk) => {
        this.record.received(chunk)
        this.framer.push(chunk)
      },
    })
  }

  private newReader(): ScannerReader {
    return new ScannerReader({
      acceptSymbologies: this.o.acceptSymbologies,
      debounceMs: this.o.debounceMs ?? DEFAULT_DEBOUNCE_MS,
    })
  }

  get reReadsDropped(): number {
    return this.reReadsBefore + this.reader.reReadsDropped
  }

  info() {
    return this.record.current
  }

  start(): void {
    this.connection.start()
  }

  async stop(): Promise<void> {
    await this.connection.stop()
    this.framer.destroy()
  }

  private frame(frame: Buffer): void {
    const read = this.reader.read(frame)
    this.record.framed()
    if (!read) return
    const id = this.config.id
    switch (read.kind) {
      case 'refused':
        this.o.events.refused?.(id, read.code, read.reason)
        this.ack(HOST_ACK_BAD)
        return
      case 'reread':
        if (this.lastOutcome.has(read.code)) this.ack(hostAck(this.lastOutcome.get(read.code) ?? null))
        return
      case 'code':
        this.o.events.scan({
          deviceId: id,
          code: read.code,
          symbology: read.symbology,
          at: new Date().toISOString(),
        })
        void this.submit(read.code)
        return
    }
  }

  private async submit(code: string): Promise<void> {
    let outcome: string | null = null
    try {
      outcome = (await this.o.sink.scan(code, this.config.id))?.outcome ?? null
    } catch (error) {
      console.error(`Post Station: scan of ${code} from ${this.config.id} failed:`, error)
    }
    this.lastOutcome.set(code, outcome)
    if (this.lastOutcome.size > 64) this.lastOutcome.delete(this.lastOutcome.keys().next().value!)
    this.ack(hostAck(outcome))
  }

  private ack(bytes: Buffer): void {
    if (this.o.hostAck) void this.connection.write(bytes)
  }
}
