import { describe, expect, it, vi } from 'vitest'
import { commands, type CommandHandlers } from '../../src/api/contract'
import type { Outcome } from '../../src/api/handle'
import { IPC_EVENT_CHANNEL, IPC_READY_CHANNEL, ipcChannel } from '../../src/api/wire'
import { createRendererEvents, holdEventsWhileLoading, registerContractHandlers } from '../../src/main/ipc'
import { APP_ENTRY_URL, APP_ORIGIN } from '../../src/main/protocol'
import { createSenderCheck, type SenderEvent } from '../../src/main/sender'
import { createStationHandlers } from '../../src/station/handlers'
import { createIdleDeviceHandlers } from '../../src/devices'

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn(), on: vi.fn() } }))

type Handler = (event: SenderEvent, ...args: unknown[]) => unknown

/** Our window: a webContents whose main frame shows the app page. */
function fakeWindowContents(url = APP_ENTRY_URL) {
  return {
    isDestroyed: vi.fn(() => false),
    mainFrame: { processId: 7, routingId: 1, url },
    send: vi.fn(),
  }
}

function fakeIpcMain() {
  const handlers = new Map<string, Handler>()
  const listeners = new Map<string, Handler>()
  return {
    handlers,
    listeners,
    handle: vi.fn((channel: string, handler: Handler) => void handlers.set(channel, handler)),
    on: vi.fn((channel: string, listener: Handler) => {
      listeners.set(channel, listener)
      return undefined as never
    }),
  }
}

function setUp() {
  const ipcMain = fakeIpcMain()
  const contents = fakeWindowContents()
  const real = {
    ...createStationHandlers({ engine: 'desktop', version: '0.1.0-test', dataDir: null }),
    ...createIdleDeviceHandlers(),
  }
  const identify = vi.fn(real['ids.identify'])
  const handlers: CommandHandlers = { ...real, 'ids.identify': identify }
  const isTrusted = createSenderCheck(() => contents as never, APP_ORIGIN)
  registerContractHandlers(ipcMain, handlers, isTrusted)
  const trusted = { sender: contents, senderFrame: contents.mainFrame } as unknown as SenderEvent
  const invoke = (event: SenderEvent, command: string, input: unknown) =>
    ipcMain.handlers.get(ipcChannel(command))!(event, input) as Promise<Outcome>
  return { ipcMain, contents, identify, trusted, invoke }
}

describe('registerContractHandlers', () => {
  it('registers exactly one handler per contract command, on its contract channel', () => {
    const { ipcMain } = setUp()
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel)
    expect(channels.sort()).toEqual(Object.keys(commands).map(ipcChannel).sort())
    expect(new Set(channels).size).toBe(channels.length)
  })

  it('answers the window with the real engine: an S10 item identifier', async () => {
    const { trusted, invoke } = setUp()
    const outcome = await invoke(trusted, 'ids.identify', { codes: ['RB123456785GB', 'RB123456784GB'] })
    expect(outcome.ok).toBe(true)
    const { results } = (outcome as { output: { results: Array<{ kind: string; valid: boolean }> } }).output
    expect(results[0]).toMatchObject({ kind: 'item', valid: true })
    // Same serial, wrong check digit: the engine really computed it.
    expect(results[1]?.valid).toBe(false)
  })

  it('validates input through the contract before the engine sees it', async () => {
    const { trusted, invoke, identify } = setUp()
    const outcome = await invoke(trusted, 'ids.identify', { codes: [] })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'bad_request' } })
    expect(identify).not.toHaveBeenCalled()
  })

  it('refuses senders that are not the main frame of our window on our origin', async () => {
    const { contents, invoke, identify } = setUp()
    const otherContents = fakeWindowContents()
    const untrusted: Array<[string, unknown]> = [
      [
        'a subframe of our window',
        { sender: contents, senderFrame: { ...contents.mainFrame, routingId: 9 } },
      ],
      [
        'our window after it navigated away',
        { sender: contents, senderFrame: { ...contents.mainFrame, url: 'https://evil.example/' } },
      ],
      ['a frame whose page is gone', { sender: contents, senderFrame: null }],
      ['another webContents', { sender: otherContents, senderFrame: otherContents.mainFrame }],
      [
        'a file:// page',
        { sender: contents, senderFrame: { ...contents.mainFrame, url: 'file:///tmp/index.html' } },
      ],
    ]
    for (const [who, event] of untrusted) {
      const outcome = await invoke(event as SenderEvent, 'ids.identify', { codes: ['RB123456785GB'] })
      expect(outcome, who).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    }
    contents.isDestroyed.mockReturnValue(true)
    const late = await invoke({ sender: contents, senderFrame: contents.mainFrame } as never, 'app.info', {})
    expect(late).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect(identify).not.toHaveBeenCalled()
  })
})

describe('createRendererEvents', () => {
  function setUpEvents() {
    const base = setUp()
    const isTrusted = createSenderCheck(() => base.contents as never, APP_ORIGIN)
    const events = createRendererEvents(base.ipcMain, () => base.contents, isTrusted)
    const ready = (event: SenderEvent) => base.ipcMain.listeners.get(IPC_READY_CHANNEL)!(event)
    const sent = () =>
      base.contents.send.mock.calls.map(([channel, name, payload]) => [channel, name, payload])
    return { ...base, events, ready, sent }
  }

  it('holds events until the window is ready, then delivers them in order', () => {
    const { events, ready, sent, trusted } = setUpEvents()
    events.emit('scan.outcome', { code: 'RB123456785GB', outcome: 'accepted' })
    events.emit('device.status', { device: 'scanner-1', status: 'ready' })
    events.emit('scan.outcome', { code: 'RB123456784GB', outcome: 'rejected' })
    expect(sent()).toEqual([])
    ready(trusted)
    expect(sent()).toEqual([
      [IPC_EVENT_CHANNEL, 'scan.outcome', { code: 'RB123456785GB', outcome: 'accepted' }],
      [IPC_EVENT_CHANNEL, 'device.status', { device: 'scanner-1', status: 'ready' }],
      [IPC_EVENT_CHANNEL, 'scan.outcome', { code: 'RB123456784GB', outcome: 'rejected' }],
    ])
    events.emit('print.job', { id: 1 })
    expect(sent().at(-1)).toEqual([IPC_EVENT_CHANNEL, 'print.job', { id: 1 }])
  })

  it('ignores a ready signal from an untrusted sender', () => {
    const { events, ready, sent, contents } = setUpEvents()
    events.emit('scan.outcome', { n: 1 })
    ready({ sender: contents, senderFrame: { ...contents.mainFrame, routingId: 3 } } as never)
    expect(sent()).toEqual([])
  })

  it('holds again while the window loads a new page, until that page is ready', () => {
    const { events, ready, sent, trusted } = setUpEvents()
    const navigation = new Map<string, Handler>()
    holdEventsWhileLoading({ on: (name: string, fn: Handler) => navigation.set(name, fn) } as never, events)
    ready(trusted)
    navigation.get('did-start-navigation')!({ isMainFrame: true, isSameDocument: true } as never)
    events.emit('scan.outcome', { n: 1 })
    expect(sent()).toHaveLength(1)
    navigation.get('did-start-navigation')!({ isMainFrame: true, isSameDocument: false } as never)
    events.emit('scan.outcome', { n: 2 })
    events.emit('scan.outcome', { n: 3 })
    expect(sent()).toHaveLength(1)
    ready(trusted)
    expect(sent().map(([, , payload]) => payload)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }])
  })
})
