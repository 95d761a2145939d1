// The contract over WebSocket, server side. Each frame is parsed and validated before it reaches the
// engine; a browser page from another origin is refused, so a web page a clerk happens to open cannot
// drive the station; remote clients must present the token.
import type { IncomingMessage } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import { WebSocketServer, type WebSocket } from 'ws'
import { handleCommand, requestFrameSchema, type CommandHandlers, type ServerFrame } from '../api'

/** A request frame larger than this is not a contract message (10,000 scanner-length codes fit easily). */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024

export interface ContractSocketOptions {
  handlers: CommandHandlers
  /** When set, every connection must carry `?token=` with this value. */
  token: string | null
}

export interface ContractSocket {
  wss: WebSocketServer
  /** Pushes an event to every connected face. */
  broadcast(name: string, payload: unknown): void
  /** Decides whether an HTTP upgrade may become a contract connection; the reason is for the log. */
  admit(req: IncomingMessage): { ok: true } | { ok: false; status: number; reason: string }
}

function sameToken(given: string | null, expected: string): boolean {
  if (given === null) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function createContractSocket(options: ContractSocketOptions): ContractSocket {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES })

  wss.on('connection', (socket: WebSocket) => {
    socket.on('message', (data, isBinary) => {
      void answer(socket, isBinary ? null : data.toString())
    })
  })

  async function answer(socket: WebSocket, text: string | null): Promise<void> {
    let raw: unknown
    try {
      raw = text === null ? null : JSON.parse(text)
    } catch {
      raw = null
    }
    const frame = requestFrameSchema.safeParse(raw)
    if (!frame.success) {
      // Without a readable id there is nobody to answer; close so a confused client notices.
      socket.close(1003, 'Expected a JSON request frame')
      return
    }
    const outcome = await handleCommand(options.handlers, frame.data.command, frame.data.input)
    send(socket, { type: 'response', id: frame.data.id, ...outcome } as ServerFrame)
  }

  function send(socket: WebSocket, frame: ServerFrame): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame))
  }

  return {
    wss,
    broadcast(name, payload) {
      for (const socket of wss.clients) send(socket, { type: 'event', name, payload })
    },
    admit(req) {
      const url = new URL(req.url ?? '/', 'http://station.invalid')
      if (url.pathname !== '/api') return { ok: false, status: 404, reason: 'not the contract endpoint' }
      const origin = req.headers.origin
      // Browsers always send Origin; the page we serve comes from this very host. Tools (the CLI,
      // other stations) send none and are held to the token instead.
      if (
        origin !== undefined &&
        origin !== `http://${req.headers.host}` &&
        origin !== `https://${req.headers.host}`
      ) {
        return { ok: false, status: 403, reason: `origin ${origin} is not this station` }
      }
      if (options.token !== null && !sameToken(url.searchParams.get('token'), options.token)) {
        return { ok: false, status: 401, reason: 'missing or wrong token' }
      }
      return { ok: true }
    },
  }
}
