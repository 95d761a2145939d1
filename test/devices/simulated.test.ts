// `--demo` devices: the simulated scanner and scale are product code and must look like the real thing
// to the station: valid S10 items, an occasional duplicate and misread, a weight that settles.
import { afterEach, describe, expect, it } from 'vitest'
import { deviceConfigSchema } from '../../src/api'
import { s10CheckDigit } from '../../src/core/ids'
import { stationRig, type StationRig } from './rig'

let rig: StationRig | null = null
afterEach(async () => {
  await rig?.close()
  rig = null
})

describe('simulated devices', () => {
  it('a simulated scanner feeds realistic traffic through the scan loop', async () => {
    rig = await stationRig(5) // at 100 scans/s a repeat would otherwise fall inside the re-read window
    await rig.devices.hub.configure([
      deviceConfigSchema.parse({
        id: 'demo-scanner',
        kind: 'scanner',
        transport: 'simulated',
        ratePerMinute: 6000,
      }),
    ])
    await expect.poll(() => rig!.scans.length, { timeout: 5000 }).toBeGreaterThanOrEqual(40)
    const outcomes = new Set(rig.scans.map((e) => e.outcome))
    expect(outcomes).toContain('duplicate')
    expect(outcomes).toContain('invalid_id')
    expect(rig.scans.every((e) => e.device === 'demo-scanner')).toBe(true)
    for (const e of rig.scans.filter((s) => s.outcome !== 'invalid_id'))
      expect(s10CheckDigit(e.code!.slice(2, 10))).toBe(Number(e.code![10]))
    expect(rig.devices.hub.list()[0]).toMatchObject({ status: { state: 'ready' }, address: 'simulated' })
  })

  it('a simulated scale answers polls with SICS readings the scale device turns into weights', async () => {
    rig = await stationRig()
    await rig.devices.hub.configure([
      deviceConfigSchema.parse({
        id: 'demo-scale',
        kind: 'scale',
        transport: 'simulated',
        ratePerMinute: 30,
      }),
    ])
    await expect.poll(() => rig!.devices.hub.list()[0]?.weight, { timeout: 3000 }).not.toBeNull()
    const reading = await rig.devices.handlers['scale.read']({ deviceId: 'demo-scale' })
    expect(reading.deviceId).toBe('demo-scale')
    expect(rig.devices.hub.list()[0]!.lastRaw).toMatch(/^S [SD] +\d+\.\d{3} kg\\r\\n$/)
  })

  it('a simulated port that is unplugged reports disconnected, then reconnects when plugged back', async () => {
    const { SimulatedBinding, DeviceHub } = await import('../../src/devices')
    const binding = new SimulatedBinding()
    const device = binding.createPort('/dev/ttyACM7', {
      vendorId: '0c2e',
      productId: '0b61',
      serialNumber: 'X1',
    })
    const states: string[] = []
    const codes: string[] = []
    const hub = new DeviceHub({
      serial: binding,
      sink: { scan: async (code) => (codes.push(code), { outcome: 'accepted' }) },
      events: { status: (i) => states.push(i.status.state), scan: () => undefined },
    })
    await hub.configure([
      deviceConfigSchema.parse({ id: 's', kind: 'scanner', transport: 'serial', path: '/dev/ttyACM7' }),
    ])
    await expect.poll(() => states.at(-1)).toBe('ready')
    device.unplug()
    await expect.poll(() => states.includes('disconnected')).toBe(true)
    device.plug()
    await expect.poll(() => states.at(-1), { timeout: 2000 }).toBe('ready')
    device.emitData('RR123456785FR\r')
    await expect.poll(() => codes).toEqual(['RR123456785FR'])
    await hub.close()
  })

  it('notices through the port list a port whose driver never reported the unplug, and finds it again', async () => {
    const { SimulatedBinding, DeviceHub } = await import('../../src/devices')
    const binding = new SimulatedBinding()
    const device = binding.createPort('COM3', { vendorId: '0c2e', productId: '0b61', serialNumber: 'X1' })
    const states: string[] = []
    const codes: string[] = []
    const hub = new DeviceHub({
      serial: binding,
      sink: { scan: async (code) => (codes.push(code), { outcome: 'accepted' }) },
      events: { status: (i) => states.push(i.status.state), scan: () => undefined },
      watchdogMs: 50,
    })
    const config = deviceConfigSchema.parse({
      id: 's',
      kind: 'scanner',
      transport: 'serial',
      path: 'COM3',
      match: { vendorId: '0c2e', productId: '0b61', serialNumber: 'X1' },
    })
    await hub.configure([config])
    await expect.poll(() => states.at(-1)).toBe('ready')
    device.unplugSilently()
    await expect.poll(() => states.includes('disconnected')).toBe(true)
    // Plugged back into another USB socket: the OS names it COM7; vendor, product and serial still match.
    const moved = binding.createPort('COM7', { vendorId: '0c2e', productId: '0b61', serialNumber: 'X1' })
    await expect.poll(() => states.at(-1), { timeout: 2000 }).toBe('ready')
    moved.emitData('RR123456785FR\r')
    await expect.poll(() => codes).toEqual(['RR123456785FR'])
    await hub.close()
  })
})
