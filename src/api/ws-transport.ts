// The WebSocket transport of the contract, client side. Pure: it takes the WebSocket constructor as a
// parameter (the browser's own, or `ws` under Node) so the renderer, the CLI and tests share it.
import { ContractError } from './errors'
import type { StationTransport } from './client'
import type { Outcome } from './handle'
import { serverFrameSchema } from './wire'

interface SocketLike {
  readyState: number
  send(data: string): void
  close(): void
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
}

export type SocketFactory = (url: string) => SocketLike

export interface WebSocketTransportOptions {
  url: string
  createSocket: SocketFactory
  /** How long a request may wait for its answer before the face tells the person the engine is silent. */
  timeoutMs?: number
  /** Connection state changes, for the status bar. */
  onStatus?: (status: 'connecting' | 'open' | 'closed') => void
}

const OPEN = 1

export interface WebSocketTransport extends StationTransport {
  close(): void
}

export function createWebSocketTransport(options: WebSocketTransportOptions): WebSocketTransport {
  const timeoutMs = options.timeoutMs ?? 15_000
  const pending = new Map<
    number,
    { resolve: (o: Outcome) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> }
  >()
  const listeners = new Set<(name: string, payload: unknown) => void>()
  let nextId = 1
  let socket: SocketLike | null = null
  let opened: Promise<SocketLike> | null = null
  let closedByUs = false

  function failAll(reason: string): void {
    for (const [id, entry] of pending) {
      clearTimeout(entry.timer)
      entry.reject(new ContractError('unavailable', reason))
      pending.delete(id)
    }
  }

  function connect(): Promise<SocketLike> {
    if (opened && socket && socket.readyState <= OPEN) return opened
    options.onStatus?.('connecting')
    const ws = options.createSocket(options.url)
    socket = ws
    opened = new Promise<SocketLike>((resolve, reject) => {
      ws.addEventListener('open', () => {
        options.onStatus?.('open')
        resolve(ws)
      })
      ws.addEventListener('error', () =>
        reject(new ContractError('unavailable', `Cannot reach the station engine at ${options.url}`)),
      )
      ws.addEventListener('close', () => {
        options.onStatus?.('closed')
        reject(new ContractError('unavailable', `The station engine at ${options.url} closed the connection`))
        if (socket === ws) {
          socket = null
          opened = null
        }
        failAll(`The connection to the station engine at ${options.url} was lost`)
      })
      ws.addEventListener('message', (event) => onMessage(event.data))
    })
    // A failed connection must not surface as an unhandled rejection; callers see it via request().
    opened.catch(() => undefined)
    return opened
  }

  function onMessage(data: unknown): void {
    let parsed: unknown
    try {
      parsed = JSON.parse(String(data))
    } catch {
      return
    }
    const frame = serverFrameSchema.safeParse(parsed)
    if (!frame.success) return
    if (frame.data.type === 'event') {
      for (const listener of listeners) listener(frame.data.name, frame.data.payload)
      return
    }
    const entry = pending.get(frame.data.id)
    if (!entry) return
    pending.delete(frame.data.id)
    clearTimeout(entry.timer)
    entry.resolve(
      frame.data.ok ? { ok: true, output: frame.data.output } : { ok: false, error: frame.data.error },
    )
  }

  return {
    async request(command, input) {
      if (closedByUs) throw new ContractError('unavailable', 'The connection to the station engine is closed')
      const ws = await connect()
      const id = nextId++
      return new Promise<Outcome>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id)
          reject(
            new ContractError(
              'unavailable',
              `The station engine did not answer ${command} within ${timeoutMs / 1000} s`,
            ),
          )
        }, timeoutMs)
        pending.set(id, { resolve, reject, timer })
        ws.send(JSON.stringify({ type: 'request', id, command, input }))
      })
    },
    subscribe(listener) {
      listeners.add(listener)
      void connect()
      return () => listeners.delete(listener)
    },
    close() {
      closedByUs = true
      failAll('The connection to the station engine was closed')
      socket?.close()
    },
  }
}
