// The station's device configuration, in `devices.json` beside the manifest. A file rather than a table:
// ports belong to this machine, not to the manifest a backup carries to another one; a technician can
// read and fix it when the app will not start; and the devices layer stays apart from the station's
// database. Written to a temporary file, flushed, then renamed, so a crash leaves the old or the new
// file, never half of one.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { deviceConfigSchema, type DeviceConfig } from '../api/devices'

export const DEVICES_FILE = 'devices.json'

const fileSchema = z.strictObject({ version: z.literal(1), devices: z.array(deviceConfigSchema) })

export type LoadedConfig = { devices: DeviceConfig[]; problem: string | null }

export function loadDeviceConfig(dataDir: string): LoadedConfig {
  const file = join(dataDir, DEVICES_FILE)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { devices: [], problem: null }
    return { devices: [], problem: `cannot read ${file}: ${(error as Error).message}` }
  }
  try {
    const parsed = fileSchema.safeParse(JSON.parse(text))
    if (parsed.success) return { devices: parsed.data.devices, problem: null }
    return {
      devices: [],
      problem: `${file} is not a device configuration: ${parsed.error.issues[0]?.message}`,
    }
  } catch (error) {
    return { devices: [], problem: `${file} is not valid JSON: ${(error as Error).message}` }
  }
}

export function saveDeviceConfig(dataDir: string, devices: DeviceConfig[]): void {
  const file = join(dataDir, DEVICES_FILE)
  const tmp = `${file}.${process.pid}.tmp`
  const fd = openSync(tmp, 'w')
  try {
    writeSync(fd, `${JSON.stringify({ version: 1, devices }, null, 2)}\n`)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, file)
}
