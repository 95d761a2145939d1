// The device bench: a scanner's bytes written into a real pty at a steady rate → the committed scan
// event the engine announces. Measures what a person waits for between the beep and the screen.
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SerialPort } from 'serialport'
import { deviceConfigSchema, type StationEvent } from '../../api'
import { formatS10 } from '../../core/ids'
import { createStationDevices, serialBinding } from '../../devices'
import { initStation, openStation } from '../../station'
import { percentile, round } from '../../station/bench/stats'
import { startVirtualCable } from './socat'

export interface LatencySummary {
  p50Ms: number
  p99Ms: number
  maxMs: number
}

export interface DeviceBenchResult extends LatencySummary {
  bench: 'device'
  scans: number
  ratePerSec: number
  /** The same bytes through the same kind of cable to a bare serialport reader: the floor. */
  raw: LatencySummary
  /** What the station adds at the 99th percentile over the raw cable, in ms. */
  addedP99Ms: number
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function summarise(latencies: number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    p50Ms: round(percentile(sorted, 50), 3),
    p99Ms: round(percentile(sorted, 99), 3),
    maxMs: round(sorted.at(-1) ?? 0, 3),
  }
}

/**
 * Plays the scanner on the device end of the cable: a plain synchronous write, so the clock starts when
 * the bytes are in the pty and not when a stream gets round to writing them. Paced against the clock,
 * not the previous write, so the rate holds on average; it sleeps, never spins, because a busy-waiting
 * writer would steal the core the scan path and socat need.
 */
async function playScanner(path: string, scans: number, ratePerSec: number, sentAt: Map<string, number>) {
  const fd = openSync(path, 'w')
  try {
    const start = performance.now()
    for (let n = 1; n <= scans; n++) {
      const wait = start + ((n - 1) * 1000) / ratePerSec - performance.now()
      if (wait > 0) await sleep(wait)
      const code = formatS10('RR', String(n).padStart(8, '0'), 'FR')
      sentAt.set(code, performance.now())
      writeSync(fd, `${code}\r`)
    }
  } finally {
    closeSync(fd)
  }
}

function openPort(path: string): Promise<SerialPort> {
  const port = new SerialPort({ path, baudRate: 9600, autoOpen: false })
  return new Promise((resolve, reject) => port.open((e) => (e ? reject(e) : resolve(port))))
}

/** The floor: socat and a bare serialport reader splitting lines, with no station behind them. */
async function rawCable(dir: string, scans: number, ratePerSec: number): Promise<number[]> {
  const cable = await startVirtualCable(join(dir, 'raw'))
  const sentAt = new Map<string, number>()
  const latencies: number[] = []
  const port = await openPort(cable.app)
  let pending = ''
  port.on('data', (chunk: Buffer) => {
    const now = performance.now()
    pending += chunk.toString('latin1')
    let cr: number
    while ((cr = pending.indexOf('\r')) >= 0) {
      const t = sentAt.get(pending.slice(0, cr))
      if (t !== undefined) latencies.push(now - t)
      pending = pending.slice(cr + 1)
    }
  })
  try {
    await playScanner(cable.dev, scans, ratePerSec, sentAt)
    const deadline = performance.now() + 5_000
    while (latencies.length < scans && performance.now() < deadline) await sleep(5)
  } finally {
    await new Promise<void>((r) => port.close(() => r()))
    await cable.close()
  }
  return latencies
}

export async function runDeviceBench(scans: number, ratePerSec: number): Promise<DeviceBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'station-device-bench-'))
  try {
    mkdirSync(join(dir, 'raw'))
    const raw = summarise(await rawCable(dir, scans, ratePerSec))
    const latencies = await stationCable(dir, scans, ratePerSec)
    const station = summarise(latencies)
    return {
      bench: 'device',
      scans: latencies.length,
      ratePerSec,
      ...station,
      raw,
      addedP99Ms: round(station.p99Ms - raw.p99Ms, 3),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Bytes on the pty → the station's committed scan event, through the device hub and the scan writer. */
async function stationCable(dir: string, scans: number, ratePerSec: number): Promise<number[]> {
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
    await playScanner(cable.dev, scans, ratePerSec, sentAt)
    await Promise.race([allCommitted, sleep(10_000)])
  } finally {
    await devices.hub.close()
    await cable.close()
    station.close()
  }
  return latencies
}
