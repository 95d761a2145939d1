// The renderer's one way to the engine. In the desktop app the preload exposes the contract as
// `window.station`; in a browser served by `station serve` the same contract runs over a WebSocket to
// the page's own origin. Screens never know which.
import {
  createStationClient,
  createWebSocketTransport,
  type StationClient,
  type StationTransport,
} from '../../api'

export type ConnectionStatus = 'connecting' | 'open' | 'closed'

declare global {
  interface Window {
    /** Present only in the Electron window, set by the preload. */
    station?: StationTransport
  }
}

const statusListeners = new Set<(status: ConnectionStatus) => void>()
let lastStatus: ConnectionStatus = 'connecting'

function setStatus(status: ConnectionStatus): void {
  lastStatus = status
  for (const listener of statusListeners) listener(status)
}

export function onConnectionStatus(listener: (status: ConnectionStatus) => void): () => void {
  statusListeners.add(listener)
  listener(lastStatus)
  return () => statusListeners.delete(listener)
}

function engineUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:'
  const token = new URLSearchParams(window.location.search).get('token')
  return `${protocol}//${window.location.host}/api${token ? `?token=${encodeURIComponent(token)}` : ''}`
}

let client: StationClient | null = null

export function getStationClient(): StationClient {
  if (client) return client
  if (window.station) {
    setStatus('open')
    client = createStationClient(window.station)
  } else {
    client = createStationClient(
      createWebSocketTransport({
        url: engineUrl(),
        createSocket: (url) => new WebSocket(url),
        onStatus: setStatus,
      }),
    )
  }
  return client
}
