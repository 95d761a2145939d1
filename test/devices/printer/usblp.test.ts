// The /dev/usb/lpN transport, with a socat pty standing in for the usblp node (no USB printer here):
// non-blocking polled reads, writes, close that never hangs. What a real usblp node does on a silent or
// unidirectional printer is UNCONFIRMED (see src/devices/printer/usblp.ts).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { UsbLpTransport } from '../../../src/devices/printer/usblp'
import { ZebraPrinter } from '../../../src/devices/printer/zebra'
import { openFakeDevice } from '../fake-serial-device'
import { hasSocat, ptyPair } from '../socat'
import { FAST, FakeZebraDevice, type FakeZebraMode } from './fake-zebra'

const LABEL = '^XA^FO40,40^A0N,40,40^FDItem RR123456785GB^FS^XZ'
const cleanups: Array<() => Promise<unknown>> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function setup(mode: FakeZebraMode) {
  const dir = await mkdtemp(join(tmpdir(), 'zebra-usblp-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  const pair = await ptyPair(dir, 'lp')
  cleanups.push(() => pair.close())
  const wire = await openFakeDevice(pair.dev)
  cleanups.push(() => wire.close())
  const device = new FakeZebraDevice(mode, 2)
  const receive = device.connection()
  wire.onData((chunk) => {
    for (const reply of receive(chunk).replies) void wire.write(reply)
  })
  const transport = new UsbLpTransport({ path: pair.app, pollMs: 5 })
  return { device, pair, transport, printer: new ZebraPrinter(transport, FAST) }
}

describe.runIf(hasSocat)('a Zebra on /dev/usb/lp (pty stand-in)', () => {
  it('reads status and prints', async () => {
    const { device, printer, pair } = await setup('busy-then-ready')
    expect(printer.describe()).toBe(`usb ${pair.app}`)
    expect(await printer.status()).toMatchObject({ source: 'hs', condition: { state: 'ready' } })
    expect(await printer.print(LABEL)).toEqual({ outcome: 'printed' })
    expect(device.jobs).toEqual([LABEL])
  })

  it('a silent printer → not-answering, and close does not hang on the pending read', async () => {
    const { printer } = await setup('silent')
    const started = Date.now()
    expect((await printer.status()).condition).toEqual({ state: 'not-answering' })
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('refuses on head open', async () => {
    const { device, printer } = await setup('head-open')
    expect(await printer.print(LABEL)).toMatchObject({
      outcome: 'not-sent',
      condition: { state: 'head-open' },
    })
    expect(device.jobs).toEqual([])
  })

  it('the node vanishing → the link closes with disconnected', async () => {
    const { transport, pair } = await setup('ready')
    const link = await transport.connect(1000)
    const closed = new Promise<Error | null>((r) => link.onClose(r))
    await pair.unplug()
    expect(await closed).toMatchObject({ disconnected: true })
    await link.close()
  })
})

describe('UsbLpTransport without a device', () => {
  it('a missing node → offline in words', async () => {
    const printer = new ZebraPrinter(new UsbLpTransport({ path: '/dev/usb/lp-none' }), FAST)
    expect((await printer.status()).condition).toEqual({
      state: 'offline',
      reason: 'The printer /dev/usb/lp-none cannot be opened: it is not there (unplugged or switched off?)',
    })
  })
})
