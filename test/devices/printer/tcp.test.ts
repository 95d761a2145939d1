// The TCP transport on its own: words for refused and timed-out connects, a socket that is always
// released even when the printer never closes its side, and drops reported to the link.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createServer, type Server, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { TcpTransport } from '../../../src/devices/printer/tcp'

const hasPython = spawnSync('python3', ['-V']).status === 0
const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function server(onSocket: (s: Socket) => void, allowHalfOpen = false): Promise<number> {
  const sockets = new Set<Socket>()
  const s: Server = createServer({ allowHalfOpen }, (socket) => {
    sockets.add(socket)
    socket.on('error', () => undefined)
    onSocket(socket)
  })
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  cleanups.push(() => {
    for (const socket of sockets) socket.destroy()
    return new Promise((r) => s.close(r))
  })
  return (s.address() as { port: number }).port
}

describe('TcpTransport', () => {
  it('connects, exchanges bytes, and ends the socket on close', async () => {
    let ended = false
    const port = await server((s) => {
      s.on('data', (d) => s.write(`echo ${d.toString()}`))
      s.on('end', () => (ended = true))
    })
    const t = new TcpTransport({ host: '127.0.0.1', port })
    expect(t.describe()).toBe(`tcp 127.0.0.1:${port}`)
    const link = await t.connect(1000)
    const got: string[] = []
    link.onData((c) => got.push(c.toString()))
    await link.write(Buffer.from('~HS'))
    await expect.poll(() => got.join('')).toBe('echo ~HS')
    const closes: Array<Error | null> = []
    link.onClose((e) => closes.push(e))
    await link.close()
    await link.close()
    expect(link.closed).toBe(true)
    expect(closes).toEqual([null])
    await expect.poll(() => ended).toBe(true)
    await expect(link.write(Buffer.from('x'))).rejects.toMatchObject({ canceled: true })
  })

  it('destroys the socket when the printer never closes its side', async () => {
    let serverClosed = false
    const port = await server((s) => s.on('close', () => (serverClosed = true)), true)
    const link = await new TcpTransport({ host: '127.0.0.1', port, closeTimeoutMs: 100 }).connect(1000)
    const started = Date.now()
    await link.close()
    expect(Date.now() - started).toBeGreaterThanOrEqual(90)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(link.closed).toBe(true)
    expect(serverClosed).toBe(false) // the half-open peer is the printer's problem; our socket is gone
  })

  it('reports a drop by the printer to onClose and fails later writes', async () => {
    const port = await server((s) => s.on('data', () => s.destroy()))
    const link = await new TcpTransport({ host: '127.0.0.1', port }).connect(1000)
    const closed = new Promise<Error | null>((r) => link.onClose(r))
    await link.write(Buffer.from('^XA'))
    expect(await closed).toMatchObject({ disconnected: true, message: /dropped|closed the connection/ })
    await expect(link.write(Buffer.from('^XZ'))).rejects.toThrow()
    await link.close()
  })

  it('refused → words naming the address', async () => {
    await expect(new TcpTransport({ host: '127.0.0.1', port: 1 }).connect(1000)).rejects.toThrow(
      'The printer at 127.0.0.1:1 refused the connection (is it switched on?)',
    )
  })

  it.runIf(hasPython)('a handshake that never completes → timeout in words', async () => {
    // A listener with a full accept queue drops further SYNs: the connect hangs, as to a dead host.
    const py: ChildProcess = spawn('python3', [
      '-c',
      "import socket,time\ns=socket.socket()\ns.bind(('127.0.0.1',0))\ns.listen(0)\nprint(s.getsockname()[1],flush=True)\ntime.sleep(60)",
    ])
    cleanups.push(() => py.kill())
    const port = await new Promise<number>((r) => py.stdout!.once('data', (d) => r(Number(String(d).trim()))))
    const t = new TcpTransport({ host: '127.0.0.1', port })
    const filled = [await t.connect(1000)]
    cleanups.push(() => Promise.all(filled.map((l) => l.close())))
    let error: unknown = null
    for (let i = 0; i < 3 && !error; i++) {
      try {
        filled.push(await t.connect(300))
      } catch (e) {
        error = e
      }
    }
    expect(error).toMatchObject({
      message: `The printer at 127.0.0.1:${port} did not accept a connection within 0.3 s`,
    })
  })
})
