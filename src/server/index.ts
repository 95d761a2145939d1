// `station serve`: the headless face. The built renderer over HTTP and the contract over WebSocket,
// on 127.0.0.1 unless told otherwise; any other address requires a token.
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { CommandHandlers } from '../api'
import { createContractSocket } from './contract-socket'
import { createStaticHandler, SECURITY_HEADERS } from './static'

export interface ServerOptions {
  host: string
  port: number
  rendererDir: string
  handlers: CommandHandlers
  /** Required for non-loopback hosts; generated when not given. Ignored (null) on loopback. */
  token?: string | null
}

export interface RunningServer {
  url: string
  host: string
  port: number
  token: string | null
  broadcast(name: string, payload: unknown): void
  close(): Promise<void>
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = isLoopback(options.host)
    ? (options.token ?? null)
    : (options.token ?? randomBytes(18).toString('base64url'))
  const contract = createContractSocket({ handlers: options.handlers, token })
  const serveStatic = createStaticHandler(options.rendererDir)

  const server: Server = createServer((req, res) => {
    serveStatic(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
      res.end(`Internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    })
  })
  server.on('upgrade', (req, socket, head) => {
    const verdict = contract.admit(req)
    if (!verdict.ok) {
      socket.end(`HTTP/1.1 ${verdict.status} ${verdict.reason}\r\nConnection: close\r\n\r\n`)
      return
    }
    contract.wss.handleUpgrade(req, socket, head, (ws) => contract.wss.emit('connection', ws, req))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address

  return {
    url: `http://${hostForUrl}:${address.port}`,
    host: address.address,
    port: address.port,
    token,
    broadcast: contract.broadcast,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of contract.wss.clients) client.terminate()
        contract.wss.close()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
