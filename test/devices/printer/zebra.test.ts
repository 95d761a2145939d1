// ZebraPrinter against the fake Zebra over real TCP, in every mode: what is refused, what is printed,
// what is uncertain, and that a printer never sees two connections at once or a leaked one.
import { afterEach, describe, expect, it } from 'vitest'
import { TcpTransport } from '../../../src/devices/printer/tcp'
import { ZebraPrinter, type ZebraTimeouts } from '../../../src/devices/printer/zebra'
import { FAST, startFakeZebra, type FakeZebra, type FakeZebraMode } from './fake-zebra'

const LABEL = '^XA^CI28^PW812^LL1218^FO60,700^BY3^BCN,120,N,N,N^FD>:EE876543216CA^FS^PQ1^XZ'

const fakes: FakeZebra[] = []
afterEach(async () => {
  for (const f of fakes.splice(0)) await f.close()
})

async function setup(mode: FakeZebraMode, timeouts: Partial<ZebraTimeouts> = {}) {
  const fake = await startFakeZebra({ mode })
  fakes.push(fake)
  const printer = new ZebraPrinter(new TcpTransport({ host: fake.host, port: fake.port }), {
    ...FAST,
    ...timeouts,
  })
  return { fake, printer }
}

/** Every connection has been closed on the printer's side too. */
async function noneOpen(fake: FakeZebra) {
  await expect.poll(() => fake.connections.open).toBe(0)
}

describe('ZebraPrinter.print over TCP', () => {
  it('ready → printed, exactly one job recorded, connection closed', async () => {
    const { fake, printer } = await setup('ready')
    expect(await printer.print(LABEL)).toEqual({ outcome: 'printed' })
    expect(fake.jobs).toEqual([LABEL])
    expect(fake.connections.total).toBe(1)
    await noneOpen(fake)
  })

  it.each([
    ['paper-out', 'The printer is out of paper'],
    ['head-open', 'The print head is open'],
    ['paused', 'The printer is paused'],
    ['ribbon-out', 'The printer is out of ribbon'],
  ] as const)('%s → not-sent with that condition, nothing recorded', async (mode, words) => {
    const { fake, printer } = await setup(mode)
    expect(await printer.print(LABEL)).toEqual({
      outcome: 'not-sent',
      condition: { state: mode },
      reason: words,
    })
    expect(fake.jobs).toEqual([])
    expect(fake.device.hqesQueries).toBe(0)
    await noneOpen(fake)
  })

  it('silent → not-sent, not-answering, after ~HS then ~HQES; nothing sent', async () => {
    const { fake, printer } = await setup('silent')
    const result = await printer.print(LABEL)
    expect(result).toEqual({
      outcome: 'not-sent',
      condition: { state: 'not-answering' },
      reason: 'The printer did not answer',
    })
    expect(fake.jobs).toEqual([])
    expect([fake.device.hsQueries, fake.device.hqesQueries]).toEqual([1, 1])
    await noneOpen(fake)
  })

  it('hs-silent → the condition comes from ~HQES', async () => {
    const { fake, printer } = await setup('hs-silent')
    expect(await printer.print(LABEL)).toMatchObject({
      outcome: 'not-sent',
      condition: { state: 'head-open' },
    })
    const status = await printer.status()
    expect(status).toMatchObject({ source: 'hqes', condition: { state: 'head-open' }, hostStatus: null })
    expect([...status.hqes!.errors.flags]).toEqual(['head-open', 'paused'])
    expect(fake.jobs).toEqual([])
    await noneOpen(fake)
  })

  it('drop-mid-job → uncertain, and says not to resend blindly', async () => {
    const { fake, printer } = await setup('drop-mid-job')
    const result = await printer.print(LABEL)
    expect(result).toMatchObject({ outcome: 'uncertain', reason: /may or may not have printed/ })
    expect(result).not.toHaveProperty('condition')
    expect(fake.jobs).toEqual([])
    await noneOpen(fake)
  })

  it('refuse → not-sent, offline, in words', async () => {
    const { fake, printer } = await setup('refuse')
    const result = await printer.print(LABEL)
    expect(result).toMatchObject({
      outcome: 'not-sent',
      condition: { state: 'offline', reason: /refused the connection/ },
    })
    expect(await printer.status()).toMatchObject({ source: 'none', condition: { state: 'offline' } })
    await fake.setMode('ready')
    expect(await printer.print(LABEL)).toEqual({ outcome: 'printed' })
  })

  it('busy-then-ready → printed once the buffer empties', async () => {
    const { fake, printer } = await setup('busy-then-ready')
    expect(await printer.print(LABEL)).toEqual({ outcome: 'printed' })
    expect(fake.jobs).toEqual([LABEL])
    // pre-flight, three busy polls, the empty one
    expect(fake.device.hsQueries).toBe(5)
    await noneOpen(fake)
  })

  it('a fault after sending → uncertain with the condition', async () => {
    const { fake, printer } = await setup('busy-then-ready')
    const printing = printer.print(LABEL)
    await expect.poll(() => fake.jobs.length).toBe(1)
    await fake.setMode('paper-out')
    expect(await printing).toMatchObject({
      outcome: 'uncertain',
      condition: { state: 'paper-out' },
      reason: /^The printer is out of paper\. It may or may not have printed/,
    })
  })

  it('no confirmation within the finish timeout → uncertain', async () => {
    const { fake, printer } = await setup('busy-then-ready', { finishTimeoutMs: 200 })
    fake.device.busyPolls = 1000
    expect(await printer.print(LABEL)).toMatchObject({
      outcome: 'uncertain',
      reason: /did not confirm the label/,
    })
    expect(fake.jobs).toHaveLength(1)
    await noneOpen(fake)
  })

  it('the printer going silent after the job → uncertain', async () => {
    const { fake, printer } = await setup('busy-then-ready')
    const printing = printer.print(LABEL)
    await expect.poll(() => fake.jobs.length).toBe(1)
    fake.device.mode = 'silent'
    expect(await printing).toMatchObject({ outcome: 'uncertain', reason: /stopped answering/ })
  })

  it('never opens two connections at once, and leaves none open', async () => {
    const { fake, printer } = await setup('ready')
    const results = await Promise.all([
      printer.print(LABEL),
      printer.status(),
      printer.print(LABEL.replace('EE876543216CA', 'EE876543220CA')),
      printer.status(),
    ])
    expect(results[0]).toEqual({ outcome: 'printed' })
    expect(results[2]).toEqual({ outcome: 'printed' })
    expect(fake.jobs).toHaveLength(2)
    expect(fake.connections.total).toBe(4)
    expect(fake.connections.max).toBe(1)
    await noneOpen(fake)
  })

  it('a failed operation does not block the next one', async () => {
    const { fake, printer } = await setup('silent')
    const [first, second] = await Promise.all([printer.print(LABEL), printer.status()])
    expect(first).toMatchObject({ outcome: 'not-sent', condition: { state: 'not-answering' } })
    expect(second.condition).toEqual({ state: 'not-answering' })
    expect(fake.connections.total).toBe(2)
    expect(fake.connections.max).toBe(1)
    await noneOpen(fake)
  })

  it('rejects a job that is not ZPL', async () => {
    const { printer } = await setup('ready')
    await expect(printer.print('hello')).rejects.toThrow(/ZPL label format/)
  })
})

describe('ZebraPrinter.status over TCP', () => {
  it('reads ~HS and reports the condition', async () => {
    const { fake, printer } = await setup('paper-out')
    const s = await printer.status()
    expect(s).toMatchObject({ source: 'hs', condition: { state: 'paper-out' }, hqes: null, warnings: [] })
    expect(s.hostStatus).toMatchObject({ paperOut: true, paused: true, labelLengthDots: 1218 })
    await noneOpen(fake)
  })

  it('silent → not-answering', async () => {
    const { printer } = await setup('silent')
    expect(await printer.status()).toMatchObject({ source: 'none', condition: { state: 'not-answering' } })
  })

  it('refused → offline, with the address in the words', async () => {
    const printer = new ZebraPrinter(new TcpTransport({ host: '127.0.0.1', port: 1 }), FAST)
    expect(await printer.status()).toEqual({
      source: 'none',
      condition: {
        state: 'offline',
        reason: 'The printer at 127.0.0.1:1 refused the connection (is it switched on?)',
      },
      hostStatus: null,
      hqes: null,
      warnings: [],
    })
  })
})
