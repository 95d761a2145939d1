// A Zebra on a serial line (RS-232 or a USB-serial adapter), over the same ByteBinding the scanners and
// scales use. 9600 8N1 is the usual factory setting. Handshake (XON/XOFF vs DTR) is not configured: the
// binding has no flow-control option and the model defaults are UNCONFIRMED (HARDWARE.md 2d); ~HS field
// aaa reports what the printer expects. A serial port opens even with the printer off, so a dead printer
// shows as `not-answering`, not `offline`.
import type { ByteBinding, BytePort } from '../binding'
import { DeviceError, isCanceled, messageOf } from '../errors'
import { LinkEvents, timeout, type PrinterLink, type PrinterTransport } from './transport'

export interface SerialPrinterOptions {
  path: string
  baudRate?: number
}

class SerialLink implements PrinterLink {
  private readonly events = new LinkEvents()

  constructor(private readonly port: BytePort) {
    void this.pump()
  }

  private async pump(): Promise<void> {
    for (;;) {
      try {
        this.events.data(await this.port.read())
      } catch (error) {
        this.events.end(isCanceled(error) ? null : error instanceof Error ? error : new Error(String(error)))
        return
      }
    }
  }

  get closed(): boolean {
    return this.events.closed
  }

  write(data: Buffer): Promise<void> {
    return this.events.write(() => this.port.write(data))
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    return this.events.onData(listener)
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.events.onClose(listener)
  }

  async close(): Promise<void> {
    this.events.end(null)
    await this.port.close()
  }
}

export class SerialTransport implements PrinterTransport {
  readonly bytesPerSecond: number
  private readonly baudRate: number

  constructor(
    private readonly binding: ByteBinding,
    private readonly o: SerialPrinterOptions,
  ) {
    this.baudRate = o.baudRate ?? 9600
    // 10 bits a byte on the wire (8N1), halved for margin.
    this.bytesPerSecond = this.baudRate / 20
  }

  describe(): string {
    return `serial ${this.o.path}@${this.baudRate}`
  }

  async connect(timeoutMs: number): Promise<PrinterLink> {
    const opening = this.binding.open({
      path: this.o.path,
      baudRate: this.baudRate,
      dataBits: 8,
      parity: 'none',
    })
    try {
      return new SerialLink(await timeout(opening, timeoutMs, `timed out after ${timeoutMs / 1000} s`))
    } catch (error) {
      // A late open must not leave the port locked.
      opening.then((p) => p.close()).catch(() => undefined)
      throw new DeviceError(`The printer port ${this.o.path} could not be opened: ${messageOf(error)}`)
    }
  }
}
