// The engine connection as the status bar shows it. The WebSocket transport only reconnects when asked
// for something, so while the engine is unreachable we ask again every few seconds: the status comes
// back to "connected" on its own once the engine is up, without the person having to scan first.
import { useEffect, useState } from 'react'
import { getStationClient, onConnectionStatus, type ConnectionStatus } from '../contract/client'

const RETRY_MS = 3000

export function useConnectionStatus(): ConnectionStatus {
  const [status, setStatus] = useState<ConnectionStatus>('connecting')
  useEffect(() => onConnectionStatus(setStatus), [])
  useEffect(() => {
    if (status !== 'closed') return
    const timer = window.setTimeout(() => {
      getStationClient()
        .invoke('app.info', {})
        .catch(() => undefined)
    }, RETRY_MS)
    return () => window.clearTimeout(timer)
  }, [status])
  return status
}
