// The station's devices as the engine reports them: listed once, then kept current by `device.status`
// events, so a scanner unplugged at the far end of the hall shows here within the second.
import { useCallback, useEffect, useState } from 'react'
import type { DeviceInfo } from '../../api/devices'
import { getStationClient, type ConnectionStatus } from '../contract/client'

export type DeviceList =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; devices: DeviceInfo[] }

export function upsertDevice(devices: readonly DeviceInfo[], changed: DeviceInfo): DeviceInfo[] {
  const at = devices.findIndex((d) => d.id === changed.id)
  if (at === -1) return [...devices, changed]
  return devices.map((d, i) => (i === at ? changed : d))
}

export function useDevices(connection: ConnectionStatus): { list: DeviceList; reload: () => void } {
  const [list, setList] = useState<DeviceList>({ state: 'loading' })
  const [round, setRound] = useState(0)

  useEffect(() => {
    if (connection !== 'open') return
    let live = true
    const client = getStationClient()
    const off = client.on('device.status', (device) => {
      setList((current) =>
        current.state === 'ready'
          ? { state: 'ready', devices: upsertDevice(current.devices, device) }
          : current,
      )
    })
    client
      .invoke('devices.list', {})
      .then(({ devices }) => live && setList({ state: 'ready', devices }))
      .catch((error: unknown) => live && setList({ state: 'failed', error }))
    return () => {
      live = false
      off()
    }
  }, [connection, round])

  const reload = useCallback(() => setRound((n) => n + 1), [])
  return { list, reload }
}
