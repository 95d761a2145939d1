// One device's connection: open it, hand every chunk to its reader, notice when it goes away (a failed
// read, or the port vanishing from the OS list), and reopen with backoff until stopped. Status is the
// contract's union, pushed on every change.
import type { DeviceStatus } from '../api/devices'
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff'
import type { ByteBinding, BytePort, PortListing, PortOpenOptions } from './binding'
import { isCanceled, isDisconnected, messageOf } from './errors'
import { findPort, type PortMatch } from './match'

export interface ConnectionOptions {
  binding: ByteBinding
  port: PortOpenOptions
  match: PortMatch | null
  onStatus(status: DeviceStatus): void
  onData(chunk: Buffer): void
  /** Called each time the port is (re)opened, e.g. to reset a parser holding half a line. */
  onOpen?(): void
  backoff?: BackoffOptions
  /** How often the OS port list is checked for a listed port that vanished; 0 disables. */
  watchdogMs?: number
  now?: () => Date
}

/** Errors a retry will not fix by itself; shown as `error` so a person acts (udev rule, dialout group). */
function needsPerson(message: string): boolean {
  return /permission denied|EACCES|locked|lock port/i.test(message)
}

export class DeviceConnection {
  private port: BytePort | null = null
  private stopped = false
  private wake: (() => void) | null = null
  private running: Promise<void> | null = null
  private watchdog: NodeJS.Timeout | null = null
  status: DeviceStatus = { state: 'disconnected', since: null }

  constructor(private readonly o: ConnectionOptions) {}

  start(): void {
    this.running ??= this.run()
  }

  /** Writes to the device; false when it is not connected (the bytes are dropped, not queued). */
  async write(data: Buffer): Promise<boolean> {
    const port = this.port
    if (!port) return false
    try {
      await port.write(data)
      return true
    } catch {
      return false
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.wake?.()
    await this.port?.close()
    await this.running
    this.setStatus({ state: 'disconnected', since: this.now() })
  }

  private now(): string {
    return (this.o.now?.() ?? new Date()).toISOString()
  }

  private setStatus(status: DeviceStatus): void {
    this.status = status
    this.o.onStatus(status)
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        resolve()
      }
      this.wake = done
    })
  }

  private async listed(): Promise<PortListing[] | null> {
    try {
      return await this.o.binding.list()
    } catch {
      return null // no udevadm, no permission to list: fall back to the configured path
    }
  }

  private async run(): Promise<void> {
    let attempt = 0
    while (!this.stopped) {
      attempt++
      const delay = backoffDelay(attempt, this.o.backoff ?? DEFAULT_BACKOFF)
      const ports = await this.listed()
      const found = ports ? findPort(ports, this.o.port.path, this.o.match) : null
      const path = found?.path ?? this.o.port.path
      try {
        this.setStatus({ state: 'connecting', attempt, nextRetryMs: null })
        this.port = await this.o.binding.open({ ...this.o.port, path })
      } catch (error) {
        if (this.stopped) break
        const message = messageOf(error)
        this.setStatus(
          needsPerson(message)
            ? { state: 'error', reason: message }
            : { state: 'connecting', attempt, nextRetryMs: delay },
        )
        await this.sleep(delay)
        continue
      }
      if (this.stopped) break
      attempt = 0
      this.o.onOpen?.()
      this.setStatus({ state: 'ready', since: this.now() })
      // Only a port seen in the OS list can be watched vanishing from it; ptys and manual paths are not.
      if (found) this.watch(path)
      const reason = await this.pump(this.port)
      this.unwatch()
      await this.port.close()
      this.port = null
      if (this.stopped) break
      this.setStatus({ state: 'disconnected', since: this.now() })
      if (reason) console.error(`Post Station: device on ${path} lost: ${reason}`)
    }
    await this.port?.close()
    this.port = null
  }

  /** Reads until the port fails; returns why (null when we closed it). */
  private async pump(port: BytePort): Promise<string | null> {
    for (;;) {
      let chunk: Buffer
      try {
        chunk = await port.read()
      } catch (error) {
        if (isCanceled(error) && !isDisconnected(error)) return null
        return messageOf(error)
      }
      try {
        this.o.onData(chunk)
      } catch (error) {
        // A reader bug must not take the device down with it; it is reported and reading goes on.
        console.error('Post Station: a device reader failed:', error)
      }
    }
  }

  // Some drivers (Windows, some macOS versions) never fail the read on unplug: the OS list tells.
  private watch(path: string): void {
    const every = this.o.watchdogMs ?? 1000
    if (every <= 0) return
    this.watchdog = setInterval(() => {
      void this.listed().then((ports) => {
        if (ports && this.port !== null && findPort(ports, path, this.o.match) === null)
          void this.port.close()
      })
    }, every)
    this.watchdog.unref()
  }

  private unwatch(): void {
    if (this.watchdog) clearInterval(this.watchdog)
    this.watchdog = null
  }
}
