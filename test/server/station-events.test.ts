// `station serve` with a real station: what one face commits reaches every WebSocket client as
// events, and the new bagging commands are served (not refused) through the contract.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import {
  commands,
  createStationClient,
  createWebSocketTransport,
  type CommandName,
  type EventName,
  type EventPayload,
  type StationClient,
  type WebSocketTransport,
} from '../../src/api'
import { runServe } from '../../src/cli/serve'
import { formatS10 } from '../../src/core/ids'
import { initStation, openStation } from '../../src/station'

const item = (n: number) => formatS10('RR', String(n).padStart(8, '0'), 'FR')

const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'station-serve-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** An office with a worker who can sign in (the default operator has no PIN). */
function stationWithWorker(data: string): void {
  initStation(data, { impc: 'FRCDGA', name: 'Roissy CDG' })
  addWorker(data)
}

function addWorker(data: string): void {
  const station = openStation({ dataDir: data })
  try {
    station.addOperator(station.defaultSession(), {
      id: 'wil',
      role: 'worker',
      pin: '1357',
      name: 'Wil Dupont',
    })
  } finally {
    station.close()
  }
}

/** Starts the real `station serve` on a free port; `stop()` shuts it down as Ctrl-C does. */
async function serve(data: string): Promise<{ url: string; stop: () => Promise<number> }> {
  const stop = new AbortController()
  const out: string[] = []
  const err: string[] = []
  const exited = runServe(
    { host: '127.0.0.1', port: 0, data, token: null },
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    stop.signal,
  )
  cleanups.push(async () => {
    stop.abort()
    await exited
  })
  await expect
    .poll(() => out.join('\n') || err.join('\n'), { timeout: 5000 })
    .toMatch(/serving at|station serve:/)
  const url = /serving at (\S+)/.exec(out.join('\n'))?.[1]
  if (!url) throw new Error(err.join('\n'))
  return {
    url,
    stop: () => {
      stop.abort()
      return exited
    },
  }
}

function client(url: string): StationClient {
  const transport: WebSocketTransport = createWebSocketTransport({
    url: `${url.replace('http', 'ws')}/api`,
    createSocket: (u) => new WebSocket(u) as never,
    timeoutMs: 5000,
  })
  cleanups.push(() => transport.close())
  return createStationClient(transport)
}

function nextEvent<N extends EventName>(
  c: StationClient,
  name: N,
  match: (p: EventPayload<N>) => boolean,
): Promise<EventPayload<N>> {
  return new Promise((resolve) => {
    const off = c.on(name, (payload) => {
      if (!match(payload)) return
      off()
      resolve(payload)
    })
  })
}

describe('station serve with a station', () => {
  it('pushes each committed scan to every WebSocket client, and closes the station on shutdown', async () => {
    const data = join(tempDir(), 'station')
    stationWithWorker(data)
    const { url } = await serve(data)
    const worker = client(url)
    const watcher = client(url)
    await watcher.invoke('app.info', {}) // connected before the scan happens

    const { session } = await worker.invoke('session.signIn', { operator: 'wil', pin: '1357' })
    const { receptacle } = await worker.invoke('receptacle.open', {
      session,
      destination: 'USORDA',
      category: 'A',
      subclass: 'UN',
    })
    const heard = nextEvent(watcher, 'station.event', (e) => e.type === 'scan')
    const changed = nextEvent(
      watcher,
      'receptacle.changed',
      (r) => r.handle === receptacle.handle && r.items === 1,
    )
    const result = await worker.invoke('scan.submit', { session, code: item(1), device: 'lane-1' })
    expect(result).toMatchObject({ outcome: 'accepted', receptacle: receptacle.handle })
    expect(await heard).toMatchObject({
      seq: result.seq,
      code: item(1),
      outcome: 'accepted',
      operator: 'wil',
      device: 'lane-1',
    })
    expect(await changed).toMatchObject({ handle: receptacle.handle, items: 1, state: 'open' })
  })

  it('serves a folder not set up yet, and follows the station set up through the contract', async () => {
    const data = join(tempDir(), 'station')
    const { url, stop } = await serve(data)
    const face = client(url)
    expect(await face.invoke('station.status', {})).toEqual({ office: null })
    await expect(face.invoke('receptacle.list', { state: 'open' })).rejects.toMatchObject({
      code: 'unavailable',
    })
    const { office } = await face.invoke('station.setup', { impc: 'FRCDGA', name: 'Roissy CDG' })
    expect(office.impc).toBe('FRCDGA')
    addWorker(data) // as `station operator add` beside the server would

    const { session } = await face.invoke('session.signIn', { operator: 'wil', pin: '1357' })
    await face.invoke('receptacle.open', { session, destination: 'USORDA', category: 'A', subclass: 'UN' })
    const heard = nextEvent(face, 'station.event', (e) => e.type === 'scan')
    const result = await face.invoke('scan.submit', { session, code: item(2) })
    expect(await heard).toMatchObject({ seq: result.seq, outcome: 'accepted' })

    expect(await stop()).toBe(0)
    // Shut down cleanly: the scan is on disk and the database opens again.
    const after = openStation({ dataDir: data })
    try {
      expect(after.events().find((e) => e.seq === result.seq)).toMatchObject({ outcome: 'accepted' })
    } finally {
      after.close()
    }
  })

  it('answers every contract command (none unknown), and refuses acts without a valid session', async () => {
    const data = join(tempDir(), 'station')
    stationWithWorker(data)
    const { url } = await serve(data)
    const ws = new WebSocket(`${url.replace('http', 'ws')}/api`)
    cleanups.push(() => ws.close())
    await new Promise((resolve) => ws.on('open', resolve))
    const answers = new Map<number, { ok: boolean; error?: { code: string } }>()
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as {
        type: string
        id: number
        ok: boolean
        error?: { code: string }
      }
      if (frame.type === 'response') answers.set(frame.id, frame)
    })
    const names = Object.keys(commands) as CommandName[]
    const send = (id: number, command: string) =>
      ws.send(JSON.stringify({ type: 'request', id, command, input: { unexpected: true } }))
    names.forEach((command, i) => send(i + 1, command))
    send(0, 'receptacle.burn')
    await expect.poll(() => answers.size).toBe(names.length + 1)
    // Known commands get as far as validating their input; only a made-up one is unknown.
    for (const [id, answer] of answers)
      expect(answer.error?.code, names[id - 1] ?? 'receptacle.burn').toBe(
        id === 0 ? 'unknown_command' : 'bad_request',
      )

    const c = client(url)
    for (const command of [
      'app.info',
      'station.status',
      'receptacle.list',
      'events.list',
      'policy.list',
    ] as const)
      await expect(c.invoke(command, {} as never), command).resolves.toBeDefined()
    const forged = 'x'.repeat(32)
    await expect(c.invoke('scan.submit', { session: forged, code: item(3) })).rejects.toMatchObject({
      code: 'unauthorized',
    })
    await expect(c.invoke('session.signIn', { operator: 'wil', pin: '0000' })).rejects.toMatchObject({
      code: 'unauthorized',
    })
  })
})
