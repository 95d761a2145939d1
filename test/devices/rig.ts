// A real station in a temporary folder with a receptacle open for Chicago, and the devices of
// `createStationDevices` on the real serialport binding: what a bagging station runs, minus the screen.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deviceConfigSchema, type DeviceInfo, type StationEvent } from '../../src/api'
import { formatS10 } from '../../src/core/ids'
import { createStationDevices, serialBinding, type DeviceScanEvent } from '../../src/devices'
import { initStation, openStation, type Station } from '../../src/station'

export const item = (n: number): string => formatS10('RR', String(n).padStart(8, '0'), 'FR')

export interface StationRig {
  dir: string
  station: Station
  scans: StationEvent[]
  statuses: DeviceInfo[]
  deviceScans: DeviceScanEvent[]
  refused: Array<{ deviceId: string; code: string; reason: string }>
  log: string[]
  devices: ReturnType<typeof createStationDevices>
  close(): Promise<void>
}

export async function stationRig(debounceMs?: number): Promise<StationRig> {
  const dir = mkdtempSync(join(tmpdir(), 'station-devices-'))
  const data = join(dir, 'station')
  initStation(data, { impc: 'FRCDGA', name: 'Roissy CDG' })
  const station = openStation({ dataDir: data })
  station.openReceptacle(station.defaultSession(), { destination: 'USORDA', category: 'A', subclass: 'UN' })
  const scans: StationEvent[] = []
  const statuses: DeviceInfo[] = []
  const deviceScans: DeviceScanEvent[] = []
  const refused: StationRig['refused'] = []
  const log: string[] = []
  station.on((name, payload) => {
    if (name === 'station.event' && (payload as StationEvent).type === 'scan')
      scans.push(payload as StationEvent)
  })
  const devices = createStationDevices({
    station: () => station,
    dataDir: data,
    serial: serialBinding,
    emit: (name, payload) => {
      if (name === 'device.status') statuses.push(payload as DeviceInfo)
      else if (name === 'device.refused') refused.push(payload as StationRig['refused'][number])
      else deviceScans.push(payload as DeviceScanEvent)
    },
    log: (line) => log.push(line),
    debounceMs,
  })
  return {
    dir,
    station,
    scans,
    statuses,
    deviceScans,
    refused,
    log,
    devices,
    close: async () => {
      await devices.hub.close()
      station.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export function scanner(path: string, extra: Record<string, unknown> = {}) {
  return deviceConfigSchema.parse({ id: 'lane-1', kind: 'scanner', transport: 'serial', path, ...extra })
}
