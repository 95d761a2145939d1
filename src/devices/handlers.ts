// The device half of the contract. Configuring devices is a supervisor's job: the face that composes
// these handlers with the station's passes `authorize`, which checks the session against the station.
import { ContractError, type DeviceCommandHandlers } from '../api'
import type { DeviceConfig, PortInfo } from '../api/devices'
import type { DeviceHub } from './hub'

export interface DeviceHandlerOptions {
  hub: DeviceHub
  /** Throws (a ContractError) unless the session may configure devices. */
  authorize(session: string): void | Promise<void>
  /** Persists the new configuration; throws when it cannot. */
  save(devices: DeviceConfig[]): void
  ports(): Promise<{ ports: PortInfo[]; problems: string[] }>
}

export function createDeviceHandlers(o: DeviceHandlerOptions): DeviceCommandHandlers {
  return {
    'devices.list': async () => ({ devices: o.hub.list() }),
    'devices.ports': () => o.ports(),
    'devices.config': async () => ({ devices: o.hub.config() }),
    'devices.configure': async ({ session, devices }) => {
      await o.authorize(session)
      const ids = new Set(devices.map((d) => d.id))
      if (ids.size !== devices.length) throw new ContractError('bad_request', 'Two devices have the same id.')
      o.save(devices)
      return { devices: await o.hub.configure(devices) }
    },
    'scale.read': async ({ deviceId }) => o.hub.weight(deviceId),
  }
}

/** For a face that runs no devices (`station id`, tests of the station alone): empty lists, no config. */
export function createIdleDeviceHandlers(): DeviceCommandHandlers {
  return {
    'devices.list': async () => ({ devices: [] }),
    'devices.ports': async () => ({ ports: [], problems: ['This face runs no devices.'] }),
    'devices.config': async () => ({ devices: [] }),
    'devices.configure': async () => {
      throw new ContractError('unavailable', 'This face runs no devices; configure them in the station app.')
    },
    'scale.read': async () => ({ deviceId: null, weight: null }),
  }
}
