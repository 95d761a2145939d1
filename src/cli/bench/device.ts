// The device bench: a scanner's bytes written into a real pty at a steady rate → the committed scan
// event the engine announces. Measures what a person waits for between the beep and the screen.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SerialPort } from 'serialport'
import { deviceConfigSchema, type StationEvent } from '../../api'
import { formatS10 } from '../../core/ids'
import { createStationDevices, serialBinding } from '../../devices'
import { initStation, openStation } from '../../station'
import { percentile, round } from '../../station/bench/stats'
import { startVirtualCable } from './socat'

export interface DeviceBenchResult {
  bench: 'device'
  scans: number
  ratePerSec: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function openPort(path: string): Promise<SerialPort> {
  const port = new SerialPort({ path, baudRate: 115200, autoOpen: false })
  return new Promise((resolve, reject) => port.open((e) => (e ? reject(e) : resolve(port))))
}

export async function runDeviceBench(scans: number, ratePerSec: number): Promise<DeviceBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'station-device-bench-'))
  const data = join(dir, 'station')
  initStation(data, { impc: 'FRCDGA', name: 'Bench' })
  const station = openStation({ dataDir: data })
  station.openReceptacle(station.defaultSession(), { destination: 'USORDA', category: 'A', subclass: 'UN' })
  const cable = await startVirtualCable(dir)
  const devices = createStationDevices({
    station: () => station,
    dataDir: null,
    serial: serialBinding,
    emit: () => undefined,
  })
  const sentAt = new Map<string, number>()
  const latencies: number[] = []
  let done: () => void = () => undefined
  const allCommitted = new Promise<void>((r) => (done = r))
  station.on((name, payload) => {
    const e = payload as StationEvent
    if (name !== 'station.event' || e.type !== 'scan' || e.code === null) return
    const t = sentAt.get(e.code)
    if (t !== undefined) latencies.push(performance.now() - t)
    if (latencies.length === scans) done()
  })
  let scanner: SerialPort | null = null
  try {
    await devices.hub.configure([
      deviceConfigSchema.parse({
        id: 'bench-scanner',
        kind: 'scanner',
        transport: 'serial',
        path: cable.app,
      }),
    ])
    while (devices.hub.list()[0]?.status.state !== 'ready') await sleep(5)
    scanner = await openPort(cable.dev)
    const start = performance.now()
    for (let n = 1; n <= scans; n++) {
      // Paced against the clock, not the previous write, so the rate holds on average.
      const due = start + ((n - 1) * 1000) / ratePerSec
      // Sleep, never spin: a busy-waiting writer would steal the core the scan path and socat need.
      const wait = due - performance.now()
      if (wait > 0) await sleep(wait)
      const code = formatS10('RR', String(n).padStart(8, '0'), 'FR')
      sentAt.set(code, performance.now())
      scanner.write(`${code}\r`)
    }
    await Promise.race([allCommitted, sleep(10_000)])
  } finally {
    await new Promise<void>((r) => (scanner?.isOpen ? scanner.close(() => r()) : r()))
    await devices.hub.close()
    await cable.close()
    station.close()
    rmSync(dir, { recursive: true, force: true })
  }
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    bench: 'device',
    scans: latencies.length,
    ratePerSec,
    p50Ms: round(percentile(sorted, 50), 3),
    p99Ms: round(percentile(sorted, 99), 3),
    maxMs: round(sorted.at(-1) ?? 0, 3),
  }
}
