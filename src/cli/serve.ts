import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { DeviceConfig } from '../api/devices'
import type { PrinterConfig } from '../api/printing'
import { createPrinterConnector, createStationDevices, loadDeviceConfig, serialBinding } from '../devices'
import { startServer, type RunningServer } from '../server'
import {
  createStationHandlers,
  Mailbox,
  openStation,
  StationError,
  type Station,
  type StationSlot,
} from '../station'
import { reportFailure } from './context'
import { mergeDevices } from './device-options'
import { EXIT, type CliIo } from './io'
import { packageVersion, rendererDir } from './paths'

export interface ServeOptions {
  host: string
  port: number
  data: string | null
  token: string | null
  /** Devices named on the command line (--scanner, --scale, --demo), run beside the persisted ones. */
  devices?: DeviceConfig[]
  /** `--printer URI`: saved in the station as its default printer. */
  printer?: string | null
  /** `--demo`: a simulated printer (sim:demo) as the default when the station has no printer. */
  demoPrinter?: boolean
}

/** The id `serve --printer URI` saves a printer under: the address, other characters than [A-Za-z0-9._-] as '-'. */
export function printerIdFor(uri: string): string {
  return uri.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 64)
}

export const DEMO_PRINTER: PrinterConfig = {
  id: 'sim-demo',
  name: 'Demo printer (simulated)',
  uri: 'sim:demo',
  dpi: 203,
  isDefault: true,
}

/**
 * The printers named on the command line, saved as the station's own operator. Saved only when
 * something changes, so restarting serve adds no event; a name or dpi set on the Labels screen is kept.
 */
export function setUpServePrinters(
  station: Station,
  options: Pick<ServeOptions, 'printer' | 'demoPrinter'>,
): void {
  const known = station.printers()
  if (options.printer) {
    const id = printerIdFor(options.printer)
    const before = known.find((p) => p.id === id)
    if (before?.uri === options.printer && before.isDefault) return
    station.savePrinter(station.defaultSession(), {
      id,
      name: before?.name ?? options.printer,
      uri: options.printer,
      dpi: before?.dpi ?? 203,
      isDefault: true,
    })
  } else if (options.demoPrinter && known.length === 0) {
    station.savePrinter(station.defaultSession(), DEMO_PRINTER)
  }
}

/** A folder nobody has set up yet is not an error: the interface offers the set-up screen. */
export function openIfInitialised(dataDir: string): Station | null {
  try {
    return openStation({ dataDir })
  } catch (error) {
    if (error instanceof StationError && error.code === 'not_initialized') return null
    throw error
  }
}

export async function runServe(options: ServeOptions, io: CliIo, signal: AbortSignal): Promise<number> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    io.err(
      `station serve: the user interface is not built (no ${join(rendererDir, 'index.html')}); run: npm run build`,
    )
    return EXIT.failed
  }
  const dataDir = options.data === null ? null : resolve(options.data)
  // Holds the station whether it was open at start or set up later from the interface.
  const slot: StationSlot = { current: null }
  if (dataDir !== null) {
    mkdirSync(dataDir, { recursive: true })
    try {
      slot.current = openIfInitialised(dataDir)
    } catch (error) {
      return reportFailure('serve', error, io)
    }
  }
  let server: RunningServer | null = null
  // Labels print through the station's printers (Zebra over TCP, serial or USB; sim: in demos and tests).
  const connectPrinter = createPrinterConnector({ serial: serialBinding })
  // Every connected face hears of each change once it is committed, whichever face made it.
  const follow = (station: Station) => {
    station.on((name, payload) => server?.broadcast(name, payload))
    try {
      setUpServePrinters(station, options)
    } catch (error) {
      if (!(error instanceof StationError)) throw error
      io.err(`station serve: the printer could not be set up: ${error.message}`)
    }
    station.attachPrinters(connectPrinter)
    // Partners' EDI files in inbox/, ours taken from outbox/, item events out as EMSEVT.
    mailboxes.push(new Mailbox(station, station.dataDir, { log: (line) => io.err(line) }))
    mailboxes.at(-1)!.start()
  }
  const mailboxes: Mailbox[] = []
  if (slot.current) follow(slot.current)
  // A device at this station acts for the station: its codes go to the same scan loop as the screen's.
  const devices = createStationDevices({
    station: () => slot.current,
    dataDir,
    serial: serialBinding,
    emit: (name, payload) => server?.broadcast(name, payload),
    log: (line) => io.err(`station serve: ${line}`),
  })
  const persisted = dataDir === null ? { devices: [], problem: null } : loadDeviceConfig(dataDir)
  if (persisted.problem) io.err(`station serve: ${persisted.problem}`)
  try {
    server = await startServer({
      host: options.host,
      port: options.port,
      rendererDir,
      token: options.token,
      handlers: {
        ...createStationHandlers({
          engine: 'server',
          version: packageVersion(),
          dataDir,
          station: slot,
          onStationOpened: follow,
        }),
        ...devices.handlers,
      },
    })
  } catch (error) {
    for (const m of mailboxes) m.stop()
    slot.current?.close()
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') {
      io.err(
        `station serve: port ${options.port} on ${options.host} is already in use; stop the other server or pass --port.`,
      )
    } else if (code === 'EADDRNOTAVAIL') {
      io.err(`station serve: ${options.host} is not an address of this machine.`)
    } else {
      io.err(`station serve: cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`)
    }
    return EXIT.failed
  }
  const running = await devices.hub.configure(mergeDevices(persisted.devices, options.devices ?? []))
  io.out(`Post Station serving at ${server.url}${server.token ? `/?token=${server.token}` : ''}`)
  for (const d of running) io.out(`Device ${d.id}: ${d.kind} on ${d.address}`)
  for (const p of slot.current?.printers() ?? [])
    io.out(`Printer ${p.id}: ${p.uri}${p.isDefault ? ' (default)' : ''}`)
  if (server.token) io.out(`Remote clients must use this token: ${server.token}`)
  if (dataDir === null && options.printer)
    io.err('station serve: --printer is kept in a station: without --data no label is printed.')
  if (dataDir !== null && !slot.current)
    io.out(`No station is set up in ${dataDir} yet: the interface offers it.`)
  await new Promise<void>((resolveStop) => {
    if (signal.aborted) resolveStop()
    signal.addEventListener('abort', () => resolveStop(), { once: true })
  })
  // Devices stop first, so no code arrives for a station that is closing.
  await devices.hub.close()
  await server.close()
  for (const m of mailboxes) m.stop()
  // Scans still queued are committed before the database closes.
  slot.current?.close()
  return EXIT.ok
}
