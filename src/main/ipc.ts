// The Electron transport of the contract, main side: one `ipcMain.handle` per command, each behind the
// sender check, and an event sink that holds events until the page's preload says it is listening.
import type { IpcMain, WebContents } from 'electron'
import { commands, type CommandHandlers, type CommandName } from '../api/contract'
import { handleCommand, type Outcome } from '../api/handle'
import { IPC_EVENT_CHANNEL, IPC_READY_CHANNEL, ipcChannel } from '../api/wire'
import type { SenderCheck } from './sender'

/** Returns the channels it registered, one per contract command. */
export function registerContractHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: CommandHandlers,
  isTrustedSender: SenderCheck,
): string[] {
  return (Object.keys(commands) as CommandName[]).map((command) => {
    const channel = ipcChannel(command)
    ipcMain.handle(channel, async (event, input: unknown): Promise<Outcome> => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: {
            code: 'unauthorized',
            message: `${command}: refused, the request did not come from the Post Station window`,
          },
        }
      }
      return handleCommand(handlers, command, input)
    })
    return channel
  })
}

/** Where the engine pushes events (scan outcomes, device status) for the window to show. */
export interface EventSink {
  emit(name: string, payload: unknown): void
}

export interface RendererEvents extends EventSink {
  /** The page is (re)loading: hold events until its preload says ready again. */
  hold(): void
}

/** Enough for minutes of scanning with no page listening; beyond that the oldest are dropped. */
const MAX_QUEUED_EVENTS = 5000

type EventTarget = Pick<WebContents, 'isDestroyed' | 'send'>

export function createRendererEvents(
  ipcMain: Pick<IpcMain, 'on'>,
  getContents: () => EventTarget | null,
  isTrustedSender: SenderCheck,
): RendererEvents {
  const queue: Array<[string, unknown]> = []
  let ready = false

  const send = (name: string, payload: unknown): boolean => {
    const contents = getContents()
    if (!contents || contents.isDestroyed()) return false
    contents.send(IPC_EVENT_CHANNEL, name, payload)
    return true
  }

  ipcMain.on(IPC_READY_CHANNEL, (event) => {
    if (!isTrustedSender(event)) return
    ready = true
    while (queue.length > 0) {
      const [name, payload] = queue.shift()!
      if (!send(name, payload)) {
        queue.unshift([name, payload])
        ready = false
        return
      }
    }
  })

  return {
    emit(name, payload) {
      if (ready && send(name, payload)) return
      ready = false
      queue.push([name, payload])
      if (queue.length > MAX_QUEUED_EVENTS) queue.shift()
    },
    hold() {
      ready = false
    },
  }
}

/**
 * Holds events from the moment the window starts loading a new page (reload, first load): the old page
 * is going and the new one has not subscribed yet. A main-frame navigation that starts but never
 * commits would hold them until the next load; the navigation guard leaves only same-origin ones.
 */
export function holdEventsWhileLoading(contents: Pick<WebContents, 'on'>, events: RendererEvents): void {
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) events.hold()
  })
}
