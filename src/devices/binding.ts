// The byte-port binding every serial-like device sits on (the real serialport one, the simulated one).
// Small and all-promise, as in node-serialport's bindings-interface: nothing above it imports a driver.

/** A port as the operating system lists it; ptys and other unlisted ports never appear here. */
export interface PortListing {
  path: string
  vendorId: string | null
  productId: string | null
  serialNumber: string | null
  manufacturer: string | null
  product: string | null
}

export interface PortOpenOptions {
  path: string
  baudRate: number
  /** Toledo 8217 scales talk 7E1; everything else here is 8N1. */
  dataBits?: 7 | 8
  parity?: 'none' | 'even'
}

export interface BytePort {
  /**
   * Resolves with the next bytes received, split wherever the driver split them. One read at a time.
   * Rejects with `canceled: true` when `close()` ends it, and with `disconnected: true` when the device
   * went away (every later read rejects the same way).
   */
  read(): Promise<Buffer>
  /** Resolves once the bytes are handed to the driver; rejects `disconnected: true` when the port is gone. */
  write(data: Buffer): Promise<void>
  /** Idempotent. A pending read rejects with `canceled: true`. */
  close(): Promise<void>
}

export interface ByteBinding {
  /** Rejects when the OS cannot list ports (e.g. no udevadm); callers treat that as "unknown", not empty. */
  list(): Promise<PortListing[]>
  /** Rejects when the port cannot be opened (missing, locked, no permission). */
  open(options: PortOpenOptions): Promise<BytePort>
}
