import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe } from 'vitest'
import { serialBinding, SimulatedBinding, type SimulatedDevice } from '../../src/devices'
import { bindingContract } from './binding-contract'
import { openFakeDevice, type FakeSerialDevice } from './fake-serial-device'
import { hasSocat, ptyPair } from './socat'

describe('the simulated binding', () => {
  const binding = new SimulatedBinding()
  let device: SimulatedDevice
  beforeAll(() => {
    device = binding.createPort('/dev/ttySIM0', { vendorId: '0c2e', productId: '0b61' })
  })
  bindingContract(() => ({
    binding,
    path: '/dev/ttySIM0',
    send: async (bytes) => device.emitData(bytes),
  }))
})

describe.runIf(hasSocat)('the serialport binding over a socat pty', () => {
  let dir: string
  let pair: Awaited<ReturnType<typeof ptyPair>>
  let fake: FakeSerialDevice
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'station-pty-'))
    pair = await ptyPair(dir)
    fake = await openFakeDevice(pair.dev)
  })
  afterAll(async () => {
    await fake.close()
    await pair.close()
    rmSync(dir, { recursive: true, force: true })
  })
  bindingContract(() => ({ binding: serialBinding, path: pair.app, send: (bytes) => fake.write(bytes) }))
})

const hardware = process.env.POST_STATION_TEST_SCANNER
describe.runIf(hardware)(`the serialport binding on ${hardware}`, () => {
  bindingContract(() => ({ binding: serialBinding, path: hardware! }))
})
