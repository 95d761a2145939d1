// A USB Zebra on Linux through the kernel's usblp driver (/dev/usb/lpN; the user needs the `lp` group or
// a udev rule). usblp is bidirectional: a ~HS written to the node is answered by reading it
// (libusb/libusb#364). Whether a blocking read ever returns on a silent printer is UNCONFIRMED, and a
// blocked read would pin a libuv thread and hang close(), so the node is opened O_NONBLOCK and polled:
// EAGAIN means "nothing yet". UNCONFIRMED on real hardware: usblp's EAGAIN on a busy write (retried
// here), ENOSPC when the printer reports paper out, and EINVAL from reads on a unidirectional printer
// (treated as "no status", so such a printer shows as not-answering); ENODEV/EIO end the link. Verified
// here only with a pty standing in for the node.
import { constants } from 'node:fs'
import { open, stat, type FileHandle } from 'node:fs/promises'
import { DeviceError, messageOf } from '../errors'
import { LinkEvents, sleep, type PrinterLink, type PrinterTransport } from './transport'

export interface UsbLpOptions {
  path: string
  /** How often the node is read while the link is open. */
  pollMs?: number
}

const GONE = new Set(['ENODEV', 'ENXIO', 'EIO', 'EBADF'])

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    (error: unknown) => codeOf(error) !== 'ENOENT',
  )

class UsbLpLink implements PrinterLink {
  private readonly events = new LinkEvents()
  private readonly done: Promise<void>
  private closing: Promise<void> | null = null

  constructor(
    private readonly file: FileHandle,
    private readonly path: string,
    private readonly pollMs: number,
  ) {
    this.done = this.poll()
  }

  private async poll(): Promise<void> {
    const buffer = Buffer.alloc(4096)
    while (!this.events.closed) {
      let n = -1 // stays -1 on EAGAIN: nothing to read yet
      try {
        n = (await this.file.read(buffer, 0, buffer.length, null)).bytesRead
      } catch (error) {
        const code = codeOf(error)
        if (code !== 'EAGAIN' && code !== 'EWOULDBLOCK') {
          if (code === 'EINVAL') return // cannot read status on this device; writes still work
          this.events.end(
            new DeviceError(`The printer at ${this.path} went away: ${messageOf(error)}`, {
              disconnected: true,
            }),
          )
          return
        }
      }
      if (n > 0) {
        this.events.data(Buffer.from(buffer.subarray(0, n)))
        continue
      }
      // usblp may return 0 for an empty transfer; a tty returns 0 once hung up. Gone = node removed.
      if (n === 0 && !(await exists(this.path))) {
        const gone = new DeviceError(`The printer at ${this.path} went away`, { disconnected: true })
        this.events.end(gone)
        return
      }
      await sleep(this.pollMs)
    }
  }

  get closed(): boolean {
    return this.events.closed
  }

  write(data: Buffer): Promise<void> {
    return this.events.write(async () => {
      let offset = 0
      while (offset < data.length) {
        if (this.events.closed) throw new DeviceError('the connection was closed', { canceled: true })
        try {
          offset += (await this.file.write(data, offset, data.length - offset, null)).bytesWritten
        } catch (error) {
          const code = codeOf(error)
          if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
            await sleep(this.pollMs)
            continue
          }
          const why = code === 'ENOSPC' ? 'the printer reports it is out of paper' : messageOf(error)
          throw new DeviceError(`Writing to the printer at ${this.path} failed: ${why}`, {
            disconnected: code !== undefined && GONE.has(code),
          })
        }
      }
    })
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    return this.events.onData(listener)
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.events.onClose(listener)
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.events.end(null)
      await this.done
      await this.file.close().catch(() => undefined)
    })()
    return this.closing
  }
}

export class UsbLpTransport implements PrinterTransport {
  readonly bytesPerSecond = 20_000

  constructor(private readonly o: UsbLpOptions) {}

  describe(): string {
    return `usb ${this.o.path}`
  }

  async connect(_timeoutMs: number): Promise<PrinterLink> {
    // A non-blocking open returns at once; O_NOCTTY keeps a tty stand-in from becoming our terminal.
    const flags = constants.O_RDWR | constants.O_NONBLOCK | constants.O_NOCTTY
    try {
      return new UsbLpLink(await open(this.o.path, flags), this.o.path, this.o.pollMs ?? 20)
    } catch (error) {
      const code = codeOf(error)
      const why =
        code === 'ENOENT'
          ? 'it is not there (unplugged or switched off?)'
          : code === 'EACCES'
            ? 'permission denied (add the user to the lp group or a udev rule)'
            : code === 'EBUSY'
              ? 'it is in use by another program'
              : messageOf(error)
      throw new DeviceError(`The printer ${this.o.path} cannot be opened: ${why}`)
    }
  }
}
