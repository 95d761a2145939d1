// `station serve --printer URI` (and --demo): closing a receptacle through the WebSocket contract prints
// its S9 label on the printer, once, and every client hears the job printed.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import {
  createStationClient,
  createWebSocketTransport,
  type EventPayload,
  type StationClient,
} from '../../src/api'
import { runCli } from '../../src/cli/program'
import { printerIdFor } from '../../src/cli/serve'
import { openStation } from '../../src/station'
import { closePreviewRenderer, renderPreview } from '../../src/station/labels'
import { startFakeZebra, type FakeZebra } from '../devices/printer/fake-zebra'
import { decodeBarcodes } from '../station/labels/zbar'
import { initialised, registered, station, tempDir } from './helpers'

const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
  await closePreviewRenderer()
})

async function fakeZebra(): Promise<FakeZebra> {
  const zebra = await startFakeZebra({ mode: 'ready' })
  cleanups.push(() => zebra.close())
  return zebra
}

/** The real `station serve` in-process on a free port; `stop()` is Ctrl-C. */
async function serve(
  ...args: string[]
): Promise<{ url: string; out: string[]; stop: () => Promise<number> }> {
  const stop = new AbortController()
  const out: string[] = []
  const exited = runCli(
    ['serve', '--port', '0', ...args],
    { out: (l) => out.push(l), err: (l) => out.push(l) },
    stop.signal,
  )
  let stopped: Promise<number> | null = null
  const halt = () => {
    stop.abort()
    stopped ??= exited
    return stopped
  }
  cleanups.push(halt)
  await expect.poll(() => out.join('\n'), { timeout: 10_000 }).toMatch(/serving at|station serve:/)
  const url = /serving at (\S+)/.exec(out.join('\n'))?.[1]
  if (!url) throw new Error(out.join('\n'))
  return { url, out, stop: halt }
}

function client(url: string): StationClient {
  const transport = createWebSocketTransport({
    url: `${url.replace('http', 'ws')}/api`,
    createSocket: (u) => new WebSocket(u) as never,
    timeoutMs: 10_000,
  })
  cleanups.push(() => transport.close())
  return createStationClient(transport)
}

function addWorker(data: string): void {
  const s = openStation({ dataDir: data })
  try {
    s.addOperator(s.defaultSession(), { id: 'wil', role: 'worker', pin: '1357', name: 'Wil Dupont' })
  } finally {
    s.close()
  }
}

/** Signs in, opens a receptacle to Chicago, scans one registered item and closes it at 6.1 kg. */
async function bagAndClose(face: StationClient, item: number): Promise<string> {
  const { session } = await face.invoke('session.signIn', { operator: 'wil', pin: '1357' })
  await face.invoke('receptacle.open', { session, destination: 'USORDA', category: 'A', subclass: 'UN' })
  await face.invoke('scan.submit', { session, code: registered(item) })
  const closed = await face.invoke('receptacle.close', { session, weightKg: 6.1, last: false })
  return closed.receptacle.receptacleId!
}

function jobsHeard(face: StationClient): Array<EventPayload<'print.job'>> {
  const heard: Array<EventPayload<'print.job'>> = []
  face.on('print.job', (job) => heard.push(job))
  return heard
}

describe('station serve --printer URI', () => {
  it("prints a closed receptacle's S9 label on the printer, exactly once, and tells the clients", async () => {
    const data = await initialised()
    addWorker(data)
    const zebra = await fakeZebra()
    const uri = `tcp:127.0.0.1:${zebra.port}`
    const id = printerIdFor(uri)
    expect(id).toBe(`tcp-127.0.0.1-${zebra.port}`)
    const served = await serve('--data', data, '--printer', uri)
    expect(served.out).toContain(`Printer ${id}: ${uri} (default)`)

    const face = client(served.url)
    const heard = jobsHeard(face)
    const { printers } = await face.invoke('printer.list', {})
    expect(printers).toMatchObject([{ id, name: uri, uri, dpi: 203, isDefault: true }])

    const s9 = await bagAndClose(face, 1)
    expect(s9).toMatch(/^FRCDGAUSORDAAUN\d{14}$/)
    await expect.poll(() => heard.map((j) => j.state), { timeout: 10_000 }).toContain('printed')
    expect(heard.find((j) => j.state === 'printed')).toMatchObject({
      kind: 'receptacle',
      subject: s9,
      printer: id,
      attempts: 1,
    })
    expect(zebra.jobs).toHaveLength(1)
    const zpl = zebra.jobs[0]!
    expect(zpl).toContain(`^FD>:${s9}^FS`)
    const png = await renderPreview(zpl, { widthMm: 101.6, heightMm: 152.4, dpmm: 8 })
    expect(await decodeBarcodes(png)).toEqual([s9])
    // Still one label a moment later: nothing is sent twice.
    await new Promise((r) => setTimeout(r, 1500))
    expect(zebra.jobs).toHaveLength(1)
    expect(zebra.connections.max).toBe(1)
    expect(await served.stop()).toBe(0)

    // Started again without --printer: the saved printer prints, and the restart logged nothing new.
    const again = await serve('--data', data)
    expect(again.out).toContain(`Printer ${id}: ${uri} (default)`)
    const second = client(again.url)
    const heardAgain = jobsHeard(second)
    const next = await bagAndClose(second, 2)
    await expect
      .poll(() => heardAgain.filter((j) => j.subject === next && j.state === 'printed'), { timeout: 10_000 })
      .toHaveLength(1)
    expect(zebra.jobs).toHaveLength(2)
    expect(await again.stop()).toBe(0)
    const events = (await station(['events', '--data', data, '--json'])).json()
    expect(events.filter((e) => e.type === 'printer.saved')).toHaveLength(1)
    expect(events.filter((e) => e.type === 'label.printed')).toHaveLength(2)
  })

  it('sets up the printer on a station set up later through the contract, and prints on it', async () => {
    const data = join(tempDir(), 'station')
    const zebra = await fakeZebra()
    const uri = `tcp:127.0.0.1:${zebra.port}`
    const served = await serve('--data', data, '--printer', uri)
    const face = client(served.url)
    await face.invoke('station.setup', { impc: 'FRCDGA', name: 'Roissy CDG' })
    addWorker(data)
    expect((await face.invoke('printer.list', {})).printers).toMatchObject([
      { id: printerIdFor(uri), uri, isDefault: true },
    ])
    const heard = jobsHeard(face)
    const s9 = await bagAndClose(face, 3)
    await expect
      .poll(() => heard.filter((j) => j.state === 'printed').map((j) => j.subject), { timeout: 10_000 })
      .toEqual([s9])
    expect(zebra.jobs).toHaveLength(1)
    expect(zebra.jobs[0]).toContain(`^FD>:${s9}^FS`)
  })
})

describe('station serve --demo', () => {
  it('adds a simulated default printer when none is set up, and labels print on it', async () => {
    const data = await initialised()
    addWorker(data)
    const served = await serve('--data', data, '--demo')
    expect(served.out).toContain('Printer sim-demo: sim:demo (default)')
    const face = client(served.url)
    const heard = jobsHeard(face)
    const s9 = await bagAndClose(face, 4)
    await expect
      .poll(() => heard.filter((j) => j.subject === s9 && j.state === 'printed'), { timeout: 10_000 })
      .toHaveLength(1)
  })

  it('leaves a station that has printers as it is', async () => {
    const data = await initialised()
    await station([
      'printer',
      'add',
      '--data',
      data,
      '--id',
      'bench',
      '--name',
      'Bench',
      '--uri',
      'sim:bench',
    ])
    const served = await serve('--data', data, '--demo')
    expect(served.out).toContain('Printer bench: sim:bench')
    expect(served.out.join('\n')).not.toContain('sim-demo')
  })
})
