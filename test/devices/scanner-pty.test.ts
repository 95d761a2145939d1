// A fake scanner on a socat pty, the real serialport library, a real station: codes split across
// chunks, AIM prefixes, line noise, re-reads, host-ACK beeps, and the cable pulled and plugged back.
import { afterEach, describe, expect, it } from 'vitest'
import { openFakeDevice, type FakeSerialDevice } from './fake-serial-device'
import { item, scanner, stationRig, type StationRig } from './rig'
import { hasSocat, ptyPair } from './socat'

const cleanups: Array<() => Promise<unknown>> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function setUp(config: Record<string, unknown> = {}) {
  const rig: StationRig = await stationRig()
  cleanups.push(() => rig.close())
  const pair = await ptyPair(rig.dir)
  cleanups.push(() => pair.close())
  const holder: { fake: FakeSerialDevice } = { fake: await openFakeDevice(pair.dev) }
  cleanups.push(() => holder.fake.close())
  await rig.devices.hub.configure([scanner(pair.app, config)])
  cleanups.push(() => rig.devices.hub.close()) // devices stop before the cable goes
  await expect.poll(() => rig.devices.hub.list()[0]?.status.state).toBe('ready')
  return { rig, pair, holder }
}

/** Writes `text` in pieces at the given offsets, with a pause between pieces as a slow adapter does. */
async function writeSplit(fake: FakeSerialDevice, text: string, cuts: number[]): Promise<void> {
  let from = 0
  for (const cut of [...cuts, text.length]) {
    await fake.write(text.slice(from, cut))
    from = cut
    await sleep(15)
  }
}

describe.runIf(hasSocat)('a serial scanner on a pty feeding the scan loop', () => {
  it('scans exactly the codes sent, split across chunks, with AIM prefixes, noise and re-reads', async () => {
    const { rig, holder } = await setUp({ acceptSymbologies: [']C0', ']A0'] })
    const fake = holder.fake
    await writeSplit(fake, `\x00\xff]C0${item(1)}\r`, [2, 9]) // noise as the port wakes, glued to the code
    await writeSplit(fake, `]C0${item(2)}\r\n`, [5]) // CR LF from a scanner set to CR: the LF is dropped
    await fake.write(`]C0${item(2)}\r`) // a re-read within the debounce window
    await fake.write('\x13\xfe#\x01@!\r') // line noise
    await fake.write(`]E05012345678900\r`) // an EAN: not accepted at this station
    await writeSplit(fake, `]A0${item(3).slice(0, 10)}7${item(3).slice(11)}\r`, [7]) // check digit misread
    await expect.poll(() => rig.scans.length).toBe(4)
    await sleep(100)
    expect(rig.scans.map((e) => [e.code, e.outcome, e.device])).toEqual([
      [item(1), 'accepted', 'lane-1'],
      [item(2), 'accepted', 'lane-1'],
      ['#\\x01@!', 'invalid_id', 'lane-1'],
      [`${item(3).slice(0, 10)}7${item(3).slice(11)}`, 'invalid_id', 'lane-1'],
    ])
    expect(rig.deviceScans.map((s) => [s.code.slice(0, 13), s.symbology])).toEqual([
      [item(1), ']C0'],
      [item(2), ']C0'],
      ['#\\x01@!', null],
      [`${item(3).slice(0, 10)}7${item(3).slice(11, 13)}`, ']A0'],
    ])
    expect(rig.log.join('\n')).toMatch(/lane-1: refused 5012345678900: Symbology \]E0 is not accepted/)
    // Faces hear of it too, with the reason in words: the Devices screen can say why nothing happened.
    expect(rig.refused).toEqual([
      {
        deviceId: 'lane-1',
        code: '5012345678900',
        reason: expect.stringMatching(/Symbology \]E0 is not accepted/),
        at: expect.any(String),
      },
    ])
    expect(rig.devices.hub.list()[0]!.lastRaw).toMatch(/\\r$/)
  })

  it('beeps good or bad on the scanner only after the engine decided (Honeywell host-ACK)', async () => {
    const { rig, holder } = await setUp({ hostAck: true })
    const fake = holder.fake
    await fake.write(`${item(10)}\r`)
    await expect.poll(() => fake.received().toString('latin1')).toBe('\x1b7,')
    await fake.write(`${item(10).slice(0, 10)}${(Number(item(10)[10]) + 1) % 10}FR\r`)
    await expect.poll(() => fake.received().toString('latin1')).toBe('\x1b7,\x1b8,')
    expect(rig.scans.map((e) => e.outcome)).toEqual(['accepted', 'invalid_id'])
  })

  it('says disconnected when the cable is pulled, is ready again within 2 s of replug, loses and doubles nothing', async () => {
    const { rig, pair, holder } = await setUp()
    await holder.fake.write(`${item(20)}\r`)
    await expect.poll(() => rig.scans.length).toBe(1)

    await holder.fake.close()
    await pair.unplug()
    await expect.poll(() => rig.statuses.some((s) => s.status.state === 'disconnected')).toBe(true)
    expect(rig.devices.hub.list()[0]!.status.state).not.toBe('ready')
    await sleep(1200) // away long enough for the backoff to reach its cap

    await pair.plug()
    const plugged = performance.now()
    await expect
      .poll(() => rig.devices.hub.list()[0]!.status.state, { timeout: 3000, interval: 10 })
      .toBe('ready')
    const reconnectMs = performance.now() - plugged
    expect(reconnectMs).toBeLessThan(2000)

    holder.fake = await openFakeDevice(pair.dev)
    for (let n = 21; n <= 30; n++) await holder.fake.write(`${item(n)}\r`)
    await expect.poll(() => rig.scans.length).toBe(11)
    await sleep(200)
    const codes = rig.scans.map((e) => e.code)
    expect(codes).toEqual(Array.from({ length: 11 }, (_, i) => item(20 + i)))
    expect(rig.scans.every((e) => e.outcome === 'accepted' && e.device === 'lane-1')).toBe(true)
  })
})
