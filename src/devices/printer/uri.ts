// One line of text names a printer in config files and on the command line: tcp:HOST[:PORT],
// serial:PATH[@BAUD], usb:/dev/usb/lpN, sim:NAME. Parsed strictly, with errors that say what to write.
import type { ByteBinding } from '../binding'
import { SerialTransport } from './serial'
import { TcpTransport } from './tcp'
import type { PrinterTransport } from './transport'
import { UsbLpTransport } from './usblp'

export type PrinterUri =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'serial'; path: string; baudRate: number }
  | { kind: 'usb'; path: string }
  | { kind: 'sim'; name: string }

export const DEFAULT_TCP_PORT = 9100
export const DEFAULT_BAUD = 9600
const BAUDS = [300, 600, 1200, 2400, 4800, 9600, 14400, 19200, 28800, 38400, 57600, 115200]
const FORMS = 'tcp:HOST[:PORT], serial:PATH[@BAUD], usb:/dev/usb/lpN or sim:NAME'

function fail(text: string, why: string): never {
  throw new Error(`Printer address "${text}": ${why}`)
}

function parseTcp(text: string, rest: string): PrinterUri {
  // [v6:addr]:port, host:port or host alone.
  const m = /^\[([0-9A-Fa-f:.]+)\](?::(.*))?$/.exec(rest) ?? /^([^:\s/[\]]+)(?::(.*))?$/.exec(rest)
  if (!m) fail(text, 'expected tcp:HOST or tcp:HOST:PORT (an IPv6 address in [brackets])')
  const port = m[2] ?? String(DEFAULT_TCP_PORT)
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    fail(text, `port "${port}" is not a number from 1 to 65535`)
  }
  return { kind: 'tcp', host: m[1]!, port: Number(port) }
}

function parseSerial(text: string, rest: string): PrinterUri {
  const at = rest.lastIndexOf('@')
  const path = at < 0 ? rest : rest.slice(0, at)
  const baud = at < 0 ? String(DEFAULT_BAUD) : rest.slice(at + 1)
  if (!path.trim()) fail(text, 'expected serial:PATH or serial:PATH@BAUD, e.g. serial:/dev/ttyUSB0@9600')
  if (!/^\d+$/.test(baud) || !BAUDS.includes(Number(baud))) {
    fail(text, `baud rate "${baud}" is not one of ${BAUDS.join(', ')}`)
  }
  return { kind: 'serial', path, baudRate: Number(baud) }
}

export function parsePrinterUri(text: string): PrinterUri {
  const trimmed = text.trim()
  const colon = trimmed.indexOf(':')
  if (colon < 0) fail(text, `expected one of ${FORMS}`)
  const scheme = trimmed.slice(0, colon).toLowerCase()
  const rest = trimmed.slice(colon + 1)
  switch (scheme) {
    case 'tcp':
      return parseTcp(text, rest)
    case 'serial':
      return parseSerial(text, rest)
    case 'usb':
      if (!rest.startsWith('/')) fail(text, 'expected an absolute device path, e.g. usb:/dev/usb/lp0')
      return { kind: 'usb', path: rest }
    case 'sim':
      if (!/^[\w.-]+$/.test(rest)) fail(text, 'expected sim:NAME (letters, digits, . _ -)')
      return { kind: 'sim', name: rest }
    default:
      return fail(text, `unknown kind "${scheme}"; expected one of ${FORMS}`)
  }
}

export function formatPrinterUri(uri: PrinterUri): string {
  switch (uri.kind) {
    case 'tcp':
      return `tcp:${uri.host.includes(':') ? `[${uri.host}]` : uri.host}:${uri.port}`
    case 'serial':
      return `serial:${uri.path}@${uri.baudRate}`
    case 'usb':
      return `usb:${uri.path}`
    case 'sim':
      return `sim:${uri.name}`
  }
}

export interface TransportDeps {
  /** The serial binding (the real serialport one in the app). */
  serial?: ByteBinding
  /** Resolves sim:NAME; without it sim: addresses are refused (no simulated printers outside demo). */
  simulated?: (name: string) => PrinterTransport
}

export function createPrinterTransport(uri: PrinterUri, deps: TransportDeps = {}): PrinterTransport {
  switch (uri.kind) {
    case 'tcp':
      return new TcpTransport({ host: uri.host, port: uri.port })
    case 'serial':
      if (!deps.serial) throw new Error('No serial binding is available for serial printers')
      return new SerialTransport(deps.serial, { path: uri.path, baudRate: uri.baudRate })
    case 'usb':
      return new UsbLpTransport({ path: uri.path })
    case 'sim':
      if (!deps.simulated) throw new Error(`Simulated printer "${uri.name}" is only available in demo mode`)
      return deps.simulated(uri.name)
  }
}
