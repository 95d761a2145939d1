// USB HID POS scanners through node-hid's async API. node-hid is passed in (as serialport takes its
// binding), so tests use a stub and nothing here loads the native module by itself.
// Design points from HARDWARE.md 1b and 6 (#11, #12): node-hid has no unplug event — a read error is the
// unplug, and an unhandled 'error' would crash the process (or pop a dialog in Electron), so a listener
// is attached before anything else; after unplug the handle is closed and the caller re-opens, which
// re-enumerates and matches by vendor/product/serial number because the path changes on replug.
import { HidPosReassembler, type HidScan } from './decode'

export const HID_POS_USAGE_PAGE = 0x8c
/** Bar Code Scanner, Dumb Bar Code Scanner, Cordless Scanner Base, Scanner Cradle — not Badge Reader. */
export const HID_POS_SCANNER_USAGES: readonly number[] = [0x02, 0x03, 0x04, 0x05]

/** The part of node-hid's device list entry we read. */
export interface HidDeviceEntry {
  vendorId: number
  productId: number
  path?: string | undefined
  serialNumber?: string | undefined
  manufacturer?: string | undefined
  product?: string | undefined
  usagePage?: number | undefined
  usage?: number | undefined
}

/** The part of a node-hid HIDAsync handle we use. */
export interface HidHandle {
  on(event: 'data', listener: (data: Buffer) => void): unknown
  on(event: 'error', listener: (error: unknown) => void): unknown
  removeAllListeners(event?: string): unknown
  close(): Promise<void>
}

/** The part of the node-hid module we use; `import * as HID from 'node-hid'` satisfies it. */
export interface NodeHidModule {
  devicesAsync(): Promise<HidDeviceEntry[]>
  HIDAsync: { open(path: string): Promise<HidHandle> }
}

export interface HidScannerInfo {
  path: string
  vendorId: number
  productId: number
  serialNumber: string | null
  manufacturer: string | null
  product: string | null
}

/** Which scanner to open. Path is deliberately absent: it changes when the scanner is replugged. */
export interface HidScannerMatch {
  vendorId: number
  productId: number
  /** null or absent: the first scanner with this vendor and product. */
  serialNumber?: string | null
}

export type HidScannerErrorKind = 'not-found' | 'open-failed' | 'disconnected' | 'malformed'

/** Expected failures with a reason a person can read. `disconnected` means: re-open after rediscovery. */
export class HidScannerError extends Error {
  readonly disconnected: boolean
  constructor(
    readonly kind: HidScannerErrorKind,
    message: string,
  ) {
    super(message)
    this.name = 'HidScannerError'
    this.disconnected = kind === 'disconnected' || kind === 'not-found'
  }
}

export interface HidScannerHandlers {
  onCode(scan: HidScan): void
  /** Unplug (`kind: 'disconnected'`, once, after which the scanner is closed) or a dropped scan. */
  onError(error: HidScannerError): void
  /** Every report as received, for the Devices screen's "last raw bytes". */
  onRaw?(report: Buffer): void
}

export interface OpenHidScanner {
  /** Idempotent; no handler is called after it starts. */
  close(): Promise<void>
}

export interface HidScannerBinding {
  listHidScanners(): Promise<HidScannerInfo[]>
  openHidScanner(match: HidScannerMatch, handlers: HidScannerHandlers): Promise<OpenHidScanner>
}

export function createHidScannerBinding(hid: NodeHidModule): HidScannerBinding {
  async function listHidScanners(): Promise<HidScannerInfo[]> {
    const seen = new Set<string>()
    const scanners: HidScannerInfo[] = []
    for (const device of await hid.devicesAsync()) {
      if (!isScanner(device) || device.path === undefined || seen.has(device.path)) continue
      seen.add(device.path)
      scanners.push({
        path: device.path,
        vendorId: device.vendorId,
        productId: device.productId,
        serialNumber: device.serialNumber || null,
        manufacturer: device.manufacturer || null,
        product: device.product || null,
      })
    }
    return scanners
  }

  async function openHidScanner(
    match: HidScannerMatch,
    handlers: HidScannerHandlers,
  ): Promise<OpenHidScanner> {
    const found = (await listHidScanners()).find((info) => matches(info, match))
    if (found === undefined) {
      throw new HidScannerError('not-found', `HID scanner ${describe(match)} is not plugged in`)
    }
    let handle: HidHandle
    try {
      handle = await hid.HIDAsync.open(found.path)
    } catch (error) {
      throw new HidScannerError(
        'open-failed',
        `cannot open HID scanner ${describe(match)} (${messageOf(error)}); on Linux a udev rule must give ` +
          'this user access to its hidraw node',
      )
    }
    return attach(handle, match, handlers)
  }

  return { listHidScanners, openHidScanner }
}

function attach(handle: HidHandle, match: HidScannerMatch, handlers: HidScannerHandlers): OpenHidScanner {
  const reports = new HidPosReassembler()
  let closing: Promise<void> | null = null

  const close = (): Promise<void> => {
    closing ??= (async () => {
      handle.removeAllListeners('data')
      // Keep swallowing errors: a late read error after close must not become an unhandled 'error'.
      handle.removeAllListeners('error')
      handle.on('error', () => {})
      reports.reset()
      try {
        await handle.close()
      } catch {
        // Closing a handle whose device is gone fails; it is closed all the same.
      }
    })()
    return closing
  }

  handle.on('error', (error) => {
    if (closing !== null) return
    void close()
    handlers.onError(
      new HidScannerError(
        'disconnected',
        `HID scanner ${describe(match)} was unplugged (${messageOf(error)})`,
      ),
    )
  })
  handle.on('data', (report) => {
    if (closing !== null) return
    handlers.onRaw?.(report)
    for (const event of reports.push(report)) {
      if (event.type === 'code') handlers.onCode({ code: event.code, symbology: event.symbology })
      else handlers.onError(new HidScannerError('malformed', event.reason))
    }
  })
  return { close }
}

function isScanner(device: HidDeviceEntry): boolean {
  return device.usagePage === HID_POS_USAGE_PAGE && HID_POS_SCANNER_USAGES.includes(device.usage ?? -1)
}

function matches(info: HidScannerInfo, match: HidScannerMatch): boolean {
  if (info.vendorId !== match.vendorId || info.productId !== match.productId) return false
  return !match.serialNumber || info.serialNumber === match.serialNumber
}

function describe(match: HidScannerMatch): string {
  const hex = (n: number) => n.toString(16).padStart(4, '0')
  const serial = match.serialNumber ? ` serial ${match.serialNumber}` : ''
  return `${hex(match.vendorId)}:${hex(match.productId)}${serial}`
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
