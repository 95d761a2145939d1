// `station serve --scanner serial:PTY` end to end: bytes a scanner sends on a pty become scans in the
// station's log with the scanner's id, as `station events` shows them; the devices are in the contract.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { createStationClient, createWebSocketTransport } from '../../src/api'
import { runCli } from '../../src/cli/program'
import { formatS10 } from '../../src/core/ids'
import { initStation, openStation } from '../../src/station'
import { openFakeDevice } from '../devices/fake-serial-device'
import { hasSocat, ptyPair } from '../devices/socat'

const item = (n: number) => formatS10('RR', String(n).padStart(8, '0'), 'FR')

const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function cli(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out, err }
}

describe.runIf(hasSocat)('station serve --scanner serial:PTY', () => {
  it('scans what the scanner sends into the open receptacle, with the device id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'station-serve-dev-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const data = join(dir, 'station')
    initStation(data, { impc: 'FRCDGA', name: 'Roissy CDG' })
    const s = openStation({ dataDir: data })
    s.openReceptacle(s.defaultSession(), { destination: 'USORDA', category: 'A', subclass: 'UN' })
    s.close()
    const pair = await ptyPair(dir)
    cleanups.push(() => pair.close())

    const stop = new AbortController()
    const out: string[] = []
    const served = runCli(
      ['serve', '--port', '0', '--data', data, '--scanner', `serial:${pair.app}@9600`],
      { out: (l) => out.push(l), err: (l) => out.push(l) },
      stop.signal,
    )
    cleanups.push(async () => {
      stop.abort()
      expect(await served).toBe(0)
    })
    await expect.poll(() => out.join('\n')).toMatch(/serving at/)
    expect(out.join('\n')).toContain(`Device scanner-1: scanner on ${pair.app}`)
    const url = /serving at (\S+)/.exec(out.join('\n'))![1]!
    const transport = createWebSocketTransport({
      url: `${url.replace('http', 'ws')}/api`,
      createSocket: (u) => new WebSocket(u) as never,
      timeoutMs: 5000,
    })
    cleanups.push(() => transport.close())
    const client = createStationClient(transport)
    const heard: string[] = []
    client.on('device.scan', (e) => heard.push(`${e.deviceId} ${e.code}`))
    await expect
      .poll(async () => (await client.invoke('devices.list', {})).devices[0]?.status.state)
      .toBe('ready')

    const fake = await openFakeDevice(pair.dev)
    cleanups.push(() => fake.close())
    await fake.write(`${item(1).slice(0, 6)}`)
    await fake.write(`${item(1).slice(6)}\r`)
    await fake.write(`${item(2)}\r`)

    const scans = async () =>
      (await cli(['events', '--data', data, '--json'])).out
        .map((l) => JSON.parse(l) as { type: string; code: string; device: string; outcome: string })
        .filter((e) => e.type === 'scan')
    await expect.poll(async () => (await scans()).length, { timeout: 5000 }).toBe(2)
    expect((await scans()).map((e) => [e.code, e.device, e.outcome])).toEqual([
      [item(1), 'scanner-1', 'accepted'],
      [item(2), 'scanner-1', 'accepted'],
    ])
    await expect.poll(() => heard).toEqual([`scanner-1 ${item(1)}`, `scanner-1 ${item(2)}`])
  })
})
