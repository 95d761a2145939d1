// The renderer's only door to the engine: `window.station`, a StationTransport over IPC. Nothing else
// crosses the bridge (no ipcRenderer, no Node), so a compromised page can only send contract commands,
// which main validates again. Runs sandboxed: bundled to CJS, `electron` is the only run-time require.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { StationTransport } from '../api/client'
import { isCommandName } from '../api/contract'
import type { Outcome } from '../api/handle'
import { IPC_EVENT_CHANNEL, IPC_READY_CHANNEL, ipcChannel } from '../api/wire'

type EventListener = (name: string, payload: unknown) => void

/** Events that arrive before the page subscribed; bounded so a page that never listens cannot grow it. */
const MAX_EARLY_EVENTS = 1000

const listeners = new Set<EventListener>()
const early: Array<[string, unknown]> = []

// Main flushes its queue as soon as we say ready, which is before the page's scripts have run. Holding
// those first events here until the first subscriber arrives means none is lost to the gap.
ipcRenderer.on(IPC_EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return
  if (listeners.size === 0) {
    early.push([name, payload])
    if (early.length > MAX_EARLY_EVENTS) early.shift()
    return
  }
  for (const listener of listeners) deliver(listener, name, payload)
})

// One failing screen must not stop the others from hearing the event.
function deliver(listener: EventListener, name: string, payload: unknown): void {
  try {
    listener(name, payload)
  } catch (error) {
    console.error(`station: a listener of ${name} failed`, error)
  }
}

const station: StationTransport = {
  async request(command: string, input: unknown): Promise<Outcome> {
    // Refused here so a typo in the page never reaches main as an IPC channel we did not register.
    if (!isCommandName(command)) {
      return { ok: false, error: { code: 'unknown_command', message: `Unknown command: ${String(command)}` } }
    }
    return (await ipcRenderer.invoke(ipcChannel(command), input)) as Outcome
  },
  subscribe(listener: EventListener): () => void {
    listeners.add(listener)
    for (const [name, payload] of early.splice(0)) deliver(listener, name, payload)
    return () => {
      listeners.delete(listener)
    }
  },
}

contextBridge.exposeInMainWorld('station', station)
ipcRenderer.send(IPC_READY_CHANNEL)
