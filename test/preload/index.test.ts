import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { StationTransport } from '../../src/api/client'
import { IPC_EVENT_CHANNEL, IPC_READY_CHANNEL } from '../../src/api/wire'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn(), removeListener: vi.fn(), sendSync: vi.fn() },
}))

vi.mock('electron', () => electron)

type IpcListener = (event: unknown, ...args: unknown[]) => void

/** Loads the preload afresh, as each page load does, and returns what it exposed. */
async function loadPreload() {
  vi.resetModules()
  for (const group of Object.values(electron)) for (const fn of Object.values(group)) fn.mockReset()
  await import('../../src/preload/index')
  const [key, station] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, StationTransport]
  const onEvent = electron.ipcRenderer.on.mock.calls.find(
    ([channel]) => channel === IPC_EVENT_CHANNEL,
  )?.[1] as IpcListener
  // What Electron passes a listener: an event object holding the sender, which must not reach the page.
  const ipcEvent = { sender: electron.ipcRenderer, senderId: 0, ports: [] }
  const push = (name: unknown, payload: unknown) => onEvent(ipcEvent, name, payload)
  return { key, station, push, ipcEvent }
}

beforeEach(() => vi.clearAllMocks())

describe('the preload', () => {
  it('exposes only `station`, with exactly request and subscribe', async () => {
    const { key, station } = await loadPreload()
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    expect(key).toBe('station')
    expect(Object.keys(station).sort()).toEqual(['request', 'subscribe'])
    expect(typeof station.request).toBe('function')
    expect(typeof station.subscribe).toBe('function')
    expect(Object.values(station)).not.toContain(electron.ipcRenderer)
  })

  it('tells main it is ready exactly once on load', async () => {
    await loadPreload()
    expect(electron.ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(IPC_READY_CHANNEL)
  })

  it('sends contract commands to their channel and returns main’s outcome', async () => {
    const { station } = await loadPreload()
    const outcome = { ok: true, output: { results: [] } }
    electron.ipcRenderer.invoke.mockResolvedValueOnce(outcome)
    const input = { codes: ['RB123456785GB'] }
    await expect(station.request('ids.identify', input)).resolves.toBe(outcome)
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('station:ids.identify', input)
  })

  it('refuses names outside the contract without touching IPC', async () => {
    const { station } = await loadPreload()
    for (const name of ['receptacle.explode', 'toString', '__proto__', 'renderer-ready', '']) {
      const outcome = await station.request(name, {})
      expect(outcome, name).toMatchObject({ ok: false, error: { code: 'unknown_command' } })
    }
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled()
  })

  it('passes subscribers only the event name and payload, never the IPC event', async () => {
    const { station, push, ipcEvent } = await loadPreload()
    const listener = vi.fn()
    station.subscribe(listener)
    push('scan.outcome', { code: 'RB123456785GB', outcome: 'accepted' })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener.mock.calls[0]).toEqual(['scan.outcome', { code: 'RB123456785GB', outcome: 'accepted' }])
    expect(listener.mock.calls[0]).not.toContain(ipcEvent)
    push(42, 'not an event name')
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('keeps events that arrive before the page subscribes, and delivers them in order', async () => {
    const { station, push } = await loadPreload()
    push('device.status', { device: 'scanner-1', status: 'ready' })
    push('scan.outcome', { n: 1 })
    const listener = vi.fn()
    station.subscribe(listener)
    push('scan.outcome', { n: 2 })
    expect(listener.mock.calls).toEqual([
      ['device.status', { device: 'scanner-1', status: 'ready' }],
      ['scan.outcome', { n: 1 }],
      ['scan.outcome', { n: 2 }],
    ])
  })

  it('stops delivering after unsubscribe, and one failing listener does not starve the others', async () => {
    const { station, push } = await loadPreload()
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const failing = vi.fn(() => {
      throw new Error('screen crashed')
    })
    const steady = vi.fn()
    station.subscribe(failing)
    const unsubscribe = station.subscribe(steady)
    push('scan.outcome', { n: 1 })
    expect(steady).toHaveBeenCalledTimes(1)
    unsubscribe()
    push('scan.outcome', { n: 2 })
    expect(steady).toHaveBeenCalledTimes(1)
    expect(failing).toHaveBeenCalledTimes(2)
    error.mockRestore()
  })
})
