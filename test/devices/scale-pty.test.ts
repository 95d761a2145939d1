// A fake MT-SICS scale on a socat pty: it answers each weight request (S or SI) with what the pan
// shows. Only a stable answer is the station's weight; a swinging load clears it.
import { afterEach, describe, expect, it } from 'vitest'
import { deviceConfigSchema } from '../../src/api'
import { openFakeDevice } from './fake-serial-device'
import { stationRig } from './rig'
import { hasSocat, ptyPair } from './socat'

const cleanups: Array<() => Promise<unknown>> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

describe.runIf(hasSocat)('a SICS scale on a pty', () => {
  it('publishes readings and serves only the stable weight through scale.read', async () => {
    const rig = await stationRig()
    cleanups.push(() => rig.close())
    const pair = await ptyPair(rig.dir, 'scale')
    cleanups.push(() => pair.close())
    const fake = await openFakeDevice(pair.dev)
    cleanups.push(() => fake.close())
    let answer = 'S D      1.190 kg\r\n'
    const requests: string[] = []
    fake.onData((chunk) => {
      const text = chunk.toString('latin1')
      requests.push(text)
      if (/^SI?\r\n$/.test(text)) void fake.write(answer)
    })
    const config = deviceConfigSchema.parse({
      id: 'bagging-scale',
      kind: 'scale',
      transport: 'serial',
      protocol: 'sics',
      path: pair.app,
    })
    await rig.devices.hub.configure([config])
    cleanups.push(() => rig.devices.hub.close())
    const read = () => rig.devices.handlers['scale.read']({})

    await expect.poll(() => rig.devices.hub.list()[0]?.weight).toMatchObject({ kg: 1.19, stable: false })
    expect(await read()).toEqual({ deviceId: 'bagging-scale', weight: null })

    answer = 'S S      1.234 kg\r\n'
    await expect.poll(async () => (await read()).weight?.kg).toBe(1.234)
    expect((await read()).weight).toMatchObject({ stable: true })
    expect(rig.statuses.some((s) => s.weight?.kg === 1.234 && s.weight.stable)).toBe(true)

    answer = 'S D      3.500 kg\r\n' // the bag is lifted: the old weight no longer counts
    await expect.poll(async () => (await read()).weight).toBeNull()
    expect(requests.every((r) => /^SI?\r\n$/.test(r))).toBe(true)
  })

  it('falls back to plain S for a scale that does not answer SI', async () => {
    const rig = await stationRig()
    cleanups.push(() => rig.close())
    const pair = await ptyPair(rig.dir, 'scale')
    cleanups.push(() => pair.close())
    const fake = await openFakeDevice(pair.dev)
    cleanups.push(() => fake.close())
    fake.onData((chunk) => {
      if (chunk.toString('latin1') === 'S\r\n') void fake.write('S S      2.500 kg\r\n')
    })
    const config = deviceConfigSchema.parse({
      id: 'old-scale',
      kind: 'scale',
      transport: 'serial',
      protocol: 'sics',
      path: pair.app,
    })
    await rig.devices.hub.configure([config])
    cleanups.push(() => rig.devices.hub.close())
    await expect
      .poll(async () => (await rig.devices.handlers['scale.read']({})).weight?.kg, { timeout: 3000 })
      .toBe(2.5)
  })
})
