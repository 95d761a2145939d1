// What a running device offers the hub, and what the hub's owner (a face that holds a station) gives
// devices: somewhere to send codes. Devices never import the station; the face composes them.
import type { DeviceConfig, DeviceInfo, WeightReading } from '../api/devices'

/** The engine's verdict on a scan, as much as a scanner needs for its good/bad beep. */
export interface ScanVerdict {
  outcome: string
}

export interface ScanSink {
  /** Resolves after the engine committed the scan; null when no station is there to take it. */
  scan(code: string, deviceId: string): Promise<ScanVerdict | null>
}

export interface DeviceScanEvent {
  deviceId: string
  code: string
  symbology: string | null
  at: string
}

export interface DeviceEvents {
  status(info: DeviceInfo): void
  scan(event: DeviceScanEvent): void
  /** A read the device refused (wrong symbology); faces log it and send it on as `device.refused`. */
  refused?(deviceId: string, code: string, reason: string): void
}

export interface Device {
  readonly config: DeviceConfig
  info(): DeviceInfo
  start(): void
  stop(): Promise<void>
  /** Scales: the last reading, with when it was taken. */
  weight?(): WeightReading | null
}
