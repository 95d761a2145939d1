// The real binding: node-serialport. Its stream reports an unplug only as `close` with a
// DisconnectedError, and only while data is flowing, so the port is kept flowing and every chunk is
// queued until `read()` takes it.
import { SerialPort } from 'serialport'
import type { ByteBinding, BytePort, PortListing, PortOpenOptions } from '../binding'
import { DeviceError, isDisconnected, messageOf } from '../errors'

class SerialBytePort implements BytePort {
  private readonly chunks: Buffer[] = []
  private waiting: { resolve: (b: Buffer) => void; reject: (e: Error) => void } | null = null
  private ended: DeviceError | null = null

  constructor(private readonly port: SerialPort) {
    port.on('data', (chunk: Buffer) => {
      if (this.waiting) {
        const w = this.waiting
        this.waiting = null
        w.resolve(chunk)
      } else this.chunks.push(chunk)
    })
    port.on('close', (error: unknown) =>
      this.end(
        isDisconnected(error)
          ? new DeviceError(`the device went away: ${messageOf(error)}`, { disconnected: true })
          : new DeviceError('the port was closed', { canceled: true }),
      ),
    )
    // A stream error after open (a failed write, a read error) means the port is no longer usable.
    port.on('error', (error: unknown) => {
      this.end(new DeviceError(`the device went away: ${messageOf(error)}`, { disconnected: true }))
      if (port.isOpen) port.close(() => undefined)
    })
  }

  private end(error: DeviceError): void {
    if (this.ended) return
    this.ended = error
    const w = this.waiting
    this.waiting = null
    w?.reject(error)
  }

  read(): Promise<Buffer> {
    const next = this.chunks.shift()
    if (next) return Promise.resolve(next)
    if (this.ended) return Promise.reject(this.ended)
    if (this.waiting) return Promise.reject(new Error('a read is already pending on this port'))
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }))
  }

  write(data: Buffer): Promise<void> {
    if (this.ended) return Promise.reject(this.ended)
    return new Promise((resolve, reject) =>
      this.port.write(data, (error) =>
        error ? reject(new DeviceError(messageOf(error), { disconnected: true })) : resolve(),
      ),
    )
  }

  close(): Promise<void> {
    this.end(new DeviceError('the port was closed', { canceled: true }))
    if (!this.port.isOpen) return Promise.resolve()
    return new Promise((resolve) => this.port.close(() => resolve()))
  }
}

function listing(p: Awaited<ReturnType<typeof SerialPort.list>>[number]): PortListing {
  return {
    path: p.path,
    vendorId: p.vendorId ?? null,
    productId: p.productId ?? null,
    serialNumber: p.serialNumber ?? null,
    manufacturer: p.manufacturer ?? null,
    product: null,
  }
}

export const serialBinding: ByteBinding = {
  list: async () => (await SerialPort.list()).map(listing),
  open: (o: PortOpenOptions) =>
    new Promise((resolve, reject) => {
      const port: SerialPort = new SerialPort({
        path: o.path,
        baudRate: o.baudRate,
        dataBits: o.dataBits ?? 8,
        parity: o.parity ?? 'none',
        // Two programs reading one scanner would each get half the codes: refuse the second.
        lock: true,
        autoOpen: false,
      })
      port.open((error) => {
        if (error) reject(new DeviceError(`cannot open ${o.path}: ${error.message}`))
        else resolve(new SerialBytePort(port))
      })
    }),
}
