// `--scanner serial:PATH[@BAUD]` and `--scale sics:PATH[@BAUD]` (also toledo8217:, cas:) for `station
// serve`, each repeatable. A mistyped spec is a usage error before any port is touched.
import { InvalidArgumentError } from 'commander'
import { deviceConfigSchema, type DeviceConfig } from '../api/devices'

const SCALE_PROTOCOLS = ['sics', 'toledo8217', 'cas'] as const

function pathAndBaud(rest: string, what: string): { path: string; baudRate?: number } {
  const at = /^(.*)@(\d+)$/.exec(rest)
  const path = at ? at[1]! : rest
  if (path === '') throw new InvalidArgumentError(`${what} needs a port path, e.g. /dev/ttyACM0@9600`)
  return at ? { path, baudRate: Number(at[2]) } : { path }
}

export function parseScannerSpec(spec: string, previous: DeviceConfig[] = []): DeviceConfig[] {
  if (!spec.startsWith('serial:'))
    throw new InvalidArgumentError('a scanner is serial:PATH[@BAUD], e.g. serial:/dev/ttyACM0@9600')
  const id = `scanner-${previous.filter((d) => d.kind === 'scanner').length + 1}`
  const config = deviceConfigSchema.parse({
    id,
    kind: 'scanner',
    transport: 'serial',
    ...pathAndBaud(spec.slice('serial:'.length), 'a scanner'),
  })
  return [...previous, config]
}

export function parseScaleSpec(spec: string, previous: DeviceConfig[] = []): DeviceConfig[] {
  const colon = spec.indexOf(':')
  const protocol = spec.slice(0, colon) as (typeof SCALE_PROTOCOLS)[number]
  if (colon < 0 || !SCALE_PROTOCOLS.includes(protocol))
    throw new InvalidArgumentError(
      `a scale is PROTOCOL:PATH[@BAUD] with PROTOCOL one of ${SCALE_PROTOCOLS.join(', ')}`,
    )
  const id = `scale-${previous.filter((d) => d.kind === 'scale').length + 1}`
  const config = deviceConfigSchema.parse({
    id,
    kind: 'scale',
    transport: 'serial',
    protocol,
    ...pathAndBaud(spec.slice(colon + 1), 'a scale'),
  })
  return [...previous, config]
}

/** `--demo`: a simulated scanner and scale producing realistic traffic. */
export function demoDevices(): DeviceConfig[] {
  return [
    deviceConfigSchema.parse({
      id: 'demo-scanner',
      kind: 'scanner',
      transport: 'simulated',
      ratePerMinute: 20,
    }),
    deviceConfigSchema.parse({ id: 'demo-scale', kind: 'scale', transport: 'simulated', ratePerMinute: 6 }),
  ]
}

/** Devices named on the command line win over persisted ones with the same id. */
export function mergeDevices(persisted: DeviceConfig[], given: DeviceConfig[]): DeviceConfig[] {
  const ids = new Set(given.map((d) => d.id))
  return [...persisted.filter((d) => !ids.has(d.id)), ...given]
}
