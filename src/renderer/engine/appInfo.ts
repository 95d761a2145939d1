// What the engine says about itself (version, where it runs, code-list versions). Asked once the
// connection is open, and again after each reconnection, since it may be a different engine now.
import { useEffect, useState } from 'react'
import type { CommandOutput } from '../../api'
import { getStationClient, type ConnectionStatus } from '../contract/client'

export type AppInfo = CommandOutput<'app.info'>

export type AppInfoState =
  { state: 'loading' } | { state: 'ready'; info: AppInfo } | { state: 'failed'; error: unknown }

export function useAppInfo(connection: ConnectionStatus): AppInfoState {
  const [info, setInfo] = useState<AppInfoState>({ state: 'loading' })
  const open = connection === 'open'
  useEffect(() => {
    let current = true
    getStationClient()
      .invoke('app.info', {})
      .then((result) => {
        if (current) setInfo({ state: 'ready', info: result })
      })
      .catch((error: unknown) => {
        if (current) setInfo({ state: 'failed', error })
      })
    return () => {
      current = false
    }
  }, [open])
  return info
}
