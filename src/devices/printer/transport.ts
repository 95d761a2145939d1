// How bytes reach a printer (TCP 9100, serial, /dev/usb/lp*, simulated) behind one small interface, so
// the Zebra logic above is written once. A link is one connection; the printer opens one per operation.
import { DeviceError } from '../errors'

export interface PrinterLink {
  /** Resolves once the bytes are handed to the OS; rejects if the link closes first. */
  write(data: Buffer): Promise<void>
  /** Every chunk received, split wherever the driver split it. Returns an unsubscribe. */
  onData(listener: (chunk: Buffer) => void): () => void
  /**
   * Called once when the link ends: `null` when we closed it, an error when the printer or the OS did.
   * A listener added after the end is called on the next tick.
   */
  onClose(listener: (error: Error | null) => void): () => void
  readonly closed: boolean
  /** Idempotent; always releases the socket/port/file, even if the printer does not cooperate. */
  close(): Promise<void>
}

export interface PrinterTransport {
  /** For messages and logs: "tcp 10.0.0.5:9100". */
  describe(): string
  /**
   * Opens a link. Rejects with a DeviceError whose message is plain words (refused, timed out, missing)
   * when the printer cannot be reached: that is the `offline` condition.
   */
  connect(timeoutMs: number): Promise<PrinterLink>
  /** A conservative throughput, used to scale the write timeout with the job size. */
  readonly bytesPerSecond: number
}

/** The listener plumbing every link shares: fan-out of data, one close notification, pending writes. */
export class LinkEvents {
  private readonly dataListeners = new Set<(chunk: Buffer) => void>()
  private readonly closeListeners = new Set<(error: Error | null) => void>()
  private readonly pending = new Set<(error: Error) => void>()
  private ended: { error: Error | null } | null = null

  get closed(): boolean {
    return this.ended !== null
  }

  data(chunk: Buffer): void {
    if (this.ended) return
    for (const l of this.dataListeners) l(chunk)
  }

  /** Marks the link ended (first call wins) and fails writes still in flight. */
  end(error: Error | null): void {
    if (this.ended) return
    this.ended = { error }
    const failure = error ?? new DeviceError('the connection was closed', { canceled: true })
    for (const reject of this.pending) reject(failure)
    this.pending.clear()
    for (const l of this.closeListeners) l(error)
    this.closeListeners.clear()
    this.dataListeners.clear()
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    this.dataListeners.add(listener)
    return () => this.dataListeners.delete(listener)
  }

  onClose(listener: (error: Error | null) => void): () => void {
    if (this.ended) {
      const { error } = this.ended
      setImmediate(() => listener(error))
      return () => undefined
    }
    this.closeListeners.add(listener)
    return () => this.closeListeners.delete(listener)
  }

  /** Runs a write so that it also rejects when the link ends before the write completes. */
  write(run: () => Promise<void>): Promise<void> {
    if (this.ended) {
      return Promise.reject(
        this.ended.error ?? new DeviceError('the connection is closed', { canceled: true }),
      )
    }
    return new Promise<void>((resolve, reject) => {
      this.pending.add(reject)
      run().then(
        () => {
          this.pending.delete(reject)
          resolve()
        },
        (error: unknown) => {
          this.pending.delete(reject)
          reject(error instanceof Error ? error : new Error(String(error)))
        },
      )
    })
  }
}

/** Rejects after `ms` with a DeviceError saying `message`. */
export function timeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DeviceError(message)), ms)
    promise.then(
      (v) => {
        clearTimeout(timer)
        resolve(v)
      },
      (e: unknown) => {
        clearTimeout(timer)
        reject(e instanceof Error ? e : new Error(String(e)))
      },
    )
  })
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
