// Devices at a bagging station act for the station: their codes go through its scan loop with the
// station's own session, and only a supervisor, OE clerk or admin may reconfigure them. The station is
// described here by the few methods used, so the devices layer never imports the engine; the faces
// (server, desktop main, CLI) pass their station in.
import { ContractError } from '../api'
import type { DeviceConfig } from '../api/devices'
import type { ByteBinding } from './binding'
import { saveDeviceConfig } from './config-store'
import { createDeviceHandlers } from './handlers'
import { createHidScannerBinding, type NodeHidModule } from './hid/binding'
import { DeviceHub } from './hub'
import { listPorts, nodeHidDevices } from './ports'
import type { ScanSink } from './types'

interface SessionLike {
  token: string
  operator: { id: string; role: string }
}

export interface StationLike {
  defaultSession(): SessionLike
  session(token: string): SessionLike
  scan(by: SessionLike, s: { code: string; device?: string }): Promise<{ outcome: string }>
}

export const CONFIGURES_DEVICES: readonly string[] = ['supervisor', 'oe', 'admin']

export interface StationDevicesOptions {
  /** The station now (it may be set up after the face started), or null. */
  station: () => StationLike | null
  /** Where devices.json is kept; null keeps changes for this run only. */
  dataDir: string | null
  serial: ByteBinding
  /** Pushes a contract event (device.status, device.scan) to the face's clients. */
  emit(name: 'device.status' | 'device.scan' | 'device.refused', payload: unknown): void
  /** Where refused reads and persistence problems are written for the person running the station. */
  log?(line: string): void
  debounceMs?: number
}

export function stationScanSink(station: () => StationLike | null): ScanSink {
  return {
    scan: async (code, deviceId) => {
      const s = station()
      if (!s) return null
      return s.scan(s.defaultSession(), { code, device: deviceId })
    },
  }
}

function authorize(station: StationLike | null, token: string): void {
  if (!station) throw new ContractError('unavailable', 'No station is set up here yet.')
  let session: SessionLike
  try {
    session = station.session(token)
  } catch (error) {
    // The engine's "unknown or expired session" is a StationError with code unauthorized.
    throw new ContractError('unauthorized', (error as Error).message)
  }
  if (!CONFIGURES_DEVICES.includes(session.operator.role))
    throw new ContractError(
      'forbidden',
      `Configuring devices needs a supervisor, OE clerk or admin, not a ${session.operator.role}.`,
    )
}

export function createStationDevices(o: StationDevicesOptions) {
  const log = o.log ?? ((line: string) => console.error(line))
  const hub = new DeviceHub({
    serial: o.serial,
    hid: async () => createHidScannerBinding((await import('node-hid')) as NodeHidModule),
    sink: stationScanSink(o.station),
    debounceMs: o.debounceMs,
    events: {
      status: (info) => o.emit('device.status', info),
      scan: (event) => o.emit('device.scan', event),
      refused: (deviceId, code, reason) => {
        log(`${deviceId}: refused ${code}: ${reason}`)
        o.emit('device.refused', { deviceId, code, reason, at: new Date().toISOString() })
      },
    },
  })
  const handlers = createDeviceHandlers({
    hub,
    authorize: (token) => authorize(o.station(), token),
    save: (devices: DeviceConfig[]) => {
      if (o.dataDir !== null) saveDeviceConfig(o.dataDir, devices)
    },
    ports: () => listPorts({ serial: o.serial, hid: nodeHidDevices }),
  })
  return { hub, handlers }
}
