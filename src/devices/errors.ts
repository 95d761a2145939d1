// The two failures every binding reports the same way, so the device manager can tell "the device went
// away" (reconnect) from "we closed it" (stop) without knowing which driver is underneath.

export class DeviceError extends Error {
  /** The device is gone (unplugged, port vanished): reconnect. */
  readonly disconnected: boolean
  /** We closed the port ourselves while a read was waiting: nothing is wrong. */
  readonly canceled: boolean

  constructor(message: string, flags: { disconnected?: boolean; canceled?: boolean } = {}) {
    super(message)
    this.name = 'DeviceError'
    this.disconnected = flags.disconnected === true
    this.canceled = flags.canceled === true
  }
}

export function isCanceled(error: unknown): boolean {
  return (error as { canceled?: unknown } | null)?.canceled === true
}

export function isDisconnected(error: unknown): boolean {
  return (error as { disconnected?: unknown } | null)?.disconnected === true
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
