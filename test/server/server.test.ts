import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import {
  createStationClient,
  createWebSocketTransport,
  RENDERER_CSP_HEADER,
  type WebSocketTransport,
} from '../../src/api'
import { startServer, isLoopback, type RunningServer } from '../../src/server'
import { createStationHandlers } from '../../src/station/handlers'
import { createIdleDeviceHandlers } from '../../src/devices'

function fakeRenderer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'station-renderer-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Post Station</title>')
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)')
  return dir
}

function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** Resolves with the HTTP status of a refused upgrade, or 101 when the socket opened. */
function upgradeStatus(url: string, options: WebSocket.ClientOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, options)
    ws.on('open', () => {
      ws.close()
      resolve(101)
    })
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
    ws.on('error', () => resolve(-1))
  })
}

let server: RunningServer | null = null
const transports: WebSocketTransport[] = []

afterEach(async () => {
  for (const t of transports.splice(0)) t.close()
  await server?.close()
  server = null
})

async function start(token: string | null = null): Promise<RunningServer> {
  server = await startServer({
    host: '127.0.0.1',
    port: 0,
    rendererDir: fakeRenderer(),
    token,
    handlers: {
      ...createStationHandlers({ engine: 'server', version: '0.0.0-test', dataDir: null }),
      ...createIdleDeviceHandlers(),
    },
  })
  return server
}

function clientFor(url: string) {
  const transport = createWebSocketTransport({
    url,
    createSocket: (u) => new WebSocket(u) as never,
    timeoutMs: 5000,
  })
  transports.push(transport)
  return createStationClient(transport)
}

describe('station serve', () => {
  it('binds to loopback and answers the contract over WebSocket', async () => {
    const s = await start()
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const client = clientFor(`${s.url.replace('http', 'ws')}/api`)
    const { results } = await client.invoke('ids.identify', {
      codes: ['FRCDGADZALGDAUN40553006010061', 'RB123456784GB'],
    })
    expect(results[0]).toMatchObject({ kind: 'receptacle', valid: true })
    expect(results[0]?.fields).toMatchObject({ origin: 'FRCDGA', destination: 'DZALGD', weightKg: 6.1 })
    expect(results[1]).toMatchObject({ kind: 'item', valid: false })
    expect(results[1]?.errors.map((e) => e.code)).toContain('check_digit')
    const info = await client.invoke('app.info', {})
    expect(info.engine).toBe('server')
  })

  it('rejects invalid input with a reason instead of guessing', async () => {
    const s = await start()
    const client = clientFor(`${s.url.replace('http', 'ws')}/api`)
    await expect(client.invoke('ids.identify', { codes: [] })).rejects.toMatchObject({ code: 'bad_request' })
  })

  it('closes a connection that sends something other than a request frame', async () => {
    const s = await start()
    const ws = new WebSocket(`${s.url.replace('http', 'ws')}/api`)
    await new Promise((resolve) => ws.on('open', resolve))
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)))
    ws.send('{"hello": "station"')
    expect(await closed).toBe(1003)
  })

  it('refuses a browser page from another origin', async () => {
    const s = await start()
    const url = `${s.url.replace('http', 'ws')}/api`
    expect(await upgradeStatus(url, { origin: 'http://evil.example' })).toBe(403)
    expect(await upgradeStatus(url, { origin: s.url })).toBe(101)
  })

  it('requires the token when one is set', async () => {
    const s = await start('s3cret-token')
    const url = `${s.url.replace('http', 'ws')}/api`
    expect(await upgradeStatus(url)).toBe(401)
    expect(await upgradeStatus(`${url}?token=wrong-token!`)).toBe(401)
    expect(await upgradeStatus(`${url}?token=s3cret-token`)).toBe(101)
  })

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const s = await start()
    const index = await get(`${s.url}/`)
    expect(index.status).toBe(200)
    expect(index.body).toContain('Post Station')
    expect(index.headers['content-security-policy']).toBe(RENDERER_CSP_HEADER)
    expect(index.headers['x-frame-options']).toBe('DENY')
    expect((await get(`${s.url}/assets/app.js`)).headers['content-type']).toContain('javascript')
    expect((await get(`${s.url}/bagging`)).body).toContain('Post Station')
    expect((await get(`${s.url}/assets/missing.js`)).status).toBe(404)
    expect((await get(`${s.url}/..%2f..%2fpackage.json`)).status).toBe(404)
    // A climbing path lands inside the renderer folder: the app shell at worst, never the file.
    expect((await get(`${s.url}/%2e%2e/%2e%2e/etc/passwd`)).body).not.toContain('root:')
  })

  it('tells loopback addresses from others', () => {
    expect(isLoopback('127.0.0.1')).toBe(true)
    expect(isLoopback('::1')).toBe(true)
    expect(isLoopback('localhost')).toBe(true)
    expect(isLoopback('0.0.0.0')).toBe(false)
    expect(isLoopback('192.0.2.10')).toBe(false)
  })
})
