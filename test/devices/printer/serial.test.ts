// A Zebra on a serial line, over a socat pty pair with the real serialport binding: the test side is
// the printer, answering ~HS/~HQES and recording labels.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ByteBinding, BytePort } from '../../../src/devices/binding'
import { serialBinding } from '../../../src/devices/serial/binding'
import { SerialTransport } from '../../../src/devices/printer/serial'
import { ZebraPrinter } from '../../../src/devices/printer/zebra'
import { openFakeDevice } from '../fake-serial-device'
import { hasSocat, ptyPair } from '../socat'
import { FAST, FakeZebraDevice, type FakeZebraMode } from './fake-zebra'

const LABEL = '^XA^FO40,40^A0N,40,40^FDBag 1^FS^XZ'
const cleanups: Array<() => Promise<unknown>> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function setup(mode: FakeZebraMode) {
  const dir = await mkdtemp(join(tmpdir(), 'zebra-serial-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  const pair = await ptyPair(dir, 'zebra')
  cleanups.push(() => pair.close())
  const wire = await openFakeDevice(pair.dev)
  cleanups.push(() => wire.close())
  const device = new FakeZebraDevice(mode, 2)
  const receive = device.connection()
  wire.onData((chunk) => {
    for (const reply of receive(chunk).replies) void wire.write(reply)
  })
  const printer = new ZebraPrinter(new SerialTransport(serialBinding, { path: pair.app }), FAST)
  return { device, printer, pair }
}

describe.runIf(hasSocat)('a Zebra on a serial pty', () => {
  it('reads status and prints, reopening the port for each operation', async () => {
    const { device, printer, pair } = await setup('busy-then-ready')
    expect(printer.describe()).toBe(`serial ${pair.app}@9600`)
    expect(await printer.status()).toMatchObject({ source: 'hs', condition: { state: 'ready' } })
    expect(await printer.print(LABEL)).toEqual({ outcome: 'printed' })
    expect(device.jobs).toEqual([LABEL])
    expect((await printer.status()).condition).toEqual({ state: 'ready' })
  })

  it('refuses to print when out of paper', async () => {
    const { device, printer } = await setup('paper-out')
    expect(await printer.print(LABEL)).toMatchObject({
      outcome: 'not-sent',
      condition: { state: 'paper-out' },
    })
    expect(device.jobs).toEqual([])
  })

  it('a printer that is off → not-answering (the port itself opens)', async () => {
    const { printer } = await setup('silent')
    expect((await printer.status()).condition).toEqual({ state: 'not-answering' })
  })

  it('a missing port → offline', async () => {
    const printer = new ZebraPrinter(
      new SerialTransport(serialBinding, { path: '/dev/does-not-exist' }),
      FAST,
    )
    expect((await printer.status()).condition).toMatchObject({
      state: 'offline',
      reason: /The printer port \/dev\/does-not-exist could not be opened/,
    })
  })
})

describe('SerialTransport open timeout', () => {
  it('an open that hangs → offline, and the port is closed when the open finally returns', async () => {
    let finish: (port: BytePort) => void = () => undefined
    let closed = false
    const binding: ByteBinding = {
      list: async () => [],
      open: () => new Promise((resolve) => (finish = resolve)),
    }
    const printer = new ZebraPrinter(new SerialTransport(binding, { path: '/dev/ttyS9', baudRate: 19200 }), {
      ...FAST,
      connectTimeoutMs: 50,
    })
    expect((await printer.status()).condition).toEqual({
      state: 'offline',
      reason: 'The printer port /dev/ttyS9 could not be opened: timed out after 0.05 s',
    })
    finish({
      read: () => new Promise(() => undefined),
      write: async () => undefined,
      close: async () => {
        closed = true
      },
    })
    await expect.poll(() => closed).toBe(true)
  })
})
