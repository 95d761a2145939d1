import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { startServer, type RunningServer } from '../server'
import { createStationHandlers } from '../station/handlers'
import { EXIT, type CliIo } from './io'
import { packageVersion, rendererDir } from './paths'

export interface ServeOptions {
  host: string
  port: number
  data: string | null
  token: string | null
}

export async function runServe(options: ServeOptions, io: CliIo, signal: AbortSignal): Promise<number> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    io.err(
      `station serve: the user interface is not built (no ${join(rendererDir, 'index.html')}); run: npm run build`,
    )
    return EXIT.failed
  }
  const dataDir = options.data === null ? null : resolve(options.data)
  if (dataDir !== null) mkdirSync(dataDir, { recursive: true })
  let server: RunningServer
  try {
    server = await startServer({
      host: options.host,
      port: options.port,
      rendererDir,
      token: options.token,
      handlers: createStationHandlers({ engine: 'server', version: packageVersion(), dataDir }),
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') {
      io.err(
        `station serve: port ${options.port} on ${options.host} is already in use; stop the other server or pass --port.`,
      )
    } else if (code === 'EADDRNOTAVAIL') {
      io.err(`station serve: ${options.host} is not an address of this machine.`)
    } else {
      io.err(`station serve: cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`)
    }
    return EXIT.failed
  }
  io.out(`Post Station serving at ${server.url}${server.token ? `/?token=${server.token}` : ''}`)
  if (server.token) io.out(`Remote clients must use this token: ${server.token}`)
  await new Promise<void>((resolveStop) => {
    if (signal.aborted) resolveStop()
    signal.addEventListener('abort', () => resolveStop(), { once: true })
  })
  await server.close()
  return EXIT.ok
}
