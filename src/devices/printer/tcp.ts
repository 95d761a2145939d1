// Raw TCP (port 9100, JetDirect style) to a networked Zebra. Printers accept few raw connections and
// stop accepting any when sockets leak (apple/cups#5689, open-msupply#8137), so every socket is ended
// and, if the printer does not close its side promptly, destroyed.
import { connect, type Socket } from 'node:net'
import { DeviceError, messageOf } from '../errors'
import { LinkEvents, type PrinterLink, type PrinterTransport } from './transport'

export interface TcpOptions {
  host: string
  port: number
  /** How long close() waits for the printer to close its side before destroying the socket. */
  closeTimeoutMs?: number
}

function words(where: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  switch (code) {
    case 'ECONNREFUSED':
      return `The printer at ${where} refused the connection (is it switched on?)`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The printer name in ${where} was not found on the network`
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `The printer at ${where} cannot be reached on the network`
    case 'ECONNRESET':
      return `The printer at ${where} dropped the connection`
    default:
      return `Could not connect to the printer at ${where}: ${messageOf(error)}`
  }
}

class TcpLink implements PrinterLink {
  private readonly events = new LinkEvents()

  constructor(
    private readonly socket: Socket,
    private readonly where: string,
    private readonly closeTimeoutMs: number,
  ) {
    let failure: Error | null = null
    socket.on('data', (chunk: Buffer) => this.events.data(chunk))
    socket.on('error', (error) => {
      failure = new DeviceError(words(where, error), { disconnected: true })
    })
    socket.on('end', () => {
      failure ??= new DeviceError(`The printer at ${where} closed the connection`, { disconnected: true })
    })
    socket.on('close', () => this.events.end(failure))
  }

  get closed(): boolean {
    return this.events.closed
  }

  write(data: Buffer): Promise<void> {
    return this.events.write(
      () =>
        new Promise((resolve, reject) =>
          this.socket.write(data, (error) =>
            error ? reject(new DeviceError(words(this.where, error), { disconnected: true })) : resolve(),
          ),
        ),
    )
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    return this.events.onData(listener)
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.events.onClose(listener)
  }

  close(): Promise<void> {
    if (this.socket.destroyed) {
      this.events.end(null)
      return Promise.resolve()
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.socket.destroy(), this.closeTimeoutMs)
      this.socket.once('close', () => {
        clearTimeout(timer)
        resolve()
      })
      // Our close is not a failure, whatever the socket reports while it ends.
      this.events.end(null)
      this.socket.end()
    })
  }
}

export class TcpTransport implements PrinterTransport {
  readonly bytesPerSecond = 50_000

  constructor(private readonly o: TcpOptions) {}

  describe(): string {
    return `tcp ${this.o.host}:${this.o.port}`
  }

  connect(timeoutMs: number): Promise<PrinterLink> {
    const where = `${this.o.host}:${this.o.port}`
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.o.host, port: this.o.port, noDelay: true, keepAlive: false })
      const timer = setTimeout(() => {
        socket.destroy()
        reject(
          new DeviceError(`The printer at ${where} did not accept a connection within ${timeoutMs / 1000} s`),
        )
      }, timeoutMs)
      const failed = (error: Error) => {
        clearTimeout(timer)
        socket.destroy()
        reject(new DeviceError(words(where, error)))
      }
      socket.once('error', failed)
      socket.once('connect', () => {
        clearTimeout(timer)
        socket.off('error', failed)
        resolve(new TcpLink(socket, where, this.o.closeTimeoutMs ?? 1000))
      })
    })
  }
}
