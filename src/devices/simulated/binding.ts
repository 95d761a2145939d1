// The simulated binding: product code, not a test double. `--demo` and the contract tests run devices on
// it. It keeps the real semantics that matter: one opener at a time (the port lock), results on a later
// tick, a pending read canceled by close, and an unplug that fails reads with `disconnected: true`.
import type { ByteBinding, BytePort, PortListing, PortOpenOptions } from '../binding'
import { DeviceError } from '../errors'

/** The device end of a simulated port: what a scanner or scale on the other side of the cable does. */
export class SimulatedDevice {
  /** Everything the application wrote, in order. */
  readonly written: Buffer[] = []
  private opened: SimulatedOpenPort | null = null
  private plugged = true
  private silent = false
  private readonly writeListeners = new Set<(data: Buffer) => void>()

  constructor(readonly listing: PortListing) {}

  get isPlugged(): boolean {
    return this.plugged
  }

  get isOpen(): boolean {
    return this.opened !== null
  }

  /** Bytes the device sends; dropped when nobody has the port open, as on a real wire. */
  emitData(data: Buffer | string): void {
    if (this.silent) return
    this.opened?.receive(Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1'))
  }

  onWrite(listener: (data: Buffer) => void): () => void {
    this.writeListeners.add(listener)
    return () => this.writeListeners.delete(listener)
  }

  unplug(): void {
    this.plugged = false
    this.opened?.gone()
    this.opened = null
  }

  /**
   * An unplug the driver does not report (seen on Windows, serialport#2351): the port vanishes from the
   * list and goes quiet, but reads never fail. Only the port-list watchdog can notice.
   */
  unplugSilently(): void {
    this.plugged = false
    this.silent = true
  }

  plug(): void {
    this.silent = false
    this.plugged = true
  }

  /** @internal the binding's side */
  attach(port: SimulatedOpenPort): void {
    this.opened = port
  }

  /** @internal */
  detach(port: SimulatedOpenPort): void {
    if (this.opened === port) this.opened = null
  }

  /** @internal */
  wrote(data: Buffer): void {
    this.written.push(data)
    for (const listener of this.writeListeners) listener(data)
  }
}

class SimulatedOpenPort implements BytePort {
  private readonly chunks: Buffer[] = []
  private waiting: { resolve: (b: Buffer) => void; reject: (e: Error) => void } | null = null
  private ended: DeviceError | null = null

  constructor(private readonly device: SimulatedDevice) {}

  receive(chunk: Buffer): void {
    if (this.ended) return
    const w = this.waiting
    this.waiting = null
    if (w) setImmediate(() => w.resolve(chunk))
    else this.chunks.push(chunk)
  }

  gone(): void {
    this.end(new DeviceError(`${this.device.listing.path} was unplugged`, { disconnected: true }))
  }

  private end(error: DeviceError): void {
    if (this.ended) return
    this.ended = error
    const w = this.waiting
    this.waiting = null
    if (w) setImmediate(() => w.reject(error))
  }

  read(): Promise<Buffer> {
    const next = this.chunks.shift()
    if (next) return Promise.resolve(next)
    if (this.ended) return Promise.reject(this.ended)
    if (this.waiting) return Promise.reject(new Error('a read is already pending on this port'))
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }))
  }

  async write(data: Buffer): Promise<void> {
    await new Promise((r) => setImmediate(r))
    if (this.ended) throw this.ended
    this.device.wrote(Buffer.from(data))
  }

  async close(): Promise<void> {
    this.end(new DeviceError('the port was closed', { canceled: true }))
    this.device.detach(this)
  }
}

export class SimulatedBinding implements ByteBinding {
  private readonly devices = new Map<string, SimulatedDevice>()

  /** Adds a device at `path`; it is listed (as a USB device would be) unless `listed` is false. */
  createPort(path: string, listing: Partial<PortListing> = {}, listed = true): SimulatedDevice {
    const device = new SimulatedDevice({
      path,
      vendorId: listing.vendorId ?? null,
      productId: listing.productId ?? null,
      serialNumber: listing.serialNumber ?? null,
      manufacturer: listing.manufacturer ?? 'Post Station simulator',
      product: listing.product ?? null,
    })
    if (listed) this.devices.set(path, device)
    else this.unlisted.set(path, device)
    return device
  }

  private readonly unlisted = new Map<string, SimulatedDevice>()

  async list(): Promise<PortListing[]> {
    await Promise.resolve()
    return [...this.devices.values()].filter((d) => d.isPlugged).map((d) => ({ ...d.listing }))
  }

  async open(options: PortOpenOptions): Promise<BytePort> {
    await new Promise((r) => setImmediate(r))
    const device = this.devices.get(options.path) ?? this.unlisted.get(options.path)
    if (!device || !device.isPlugged) throw new DeviceError(`cannot open ${options.path}: no such port`)
    if (device.isOpen)
      throw new DeviceError(`cannot open ${options.path}: the port is locked by another user`)
    const port = new SimulatedOpenPort(device)
    device.attach(port)
    return port
  }
}
