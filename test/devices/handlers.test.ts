// devices.configure is a supervisor's act, persisted in devices.json (tmp + rename) and applied live.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { deviceConfigSchema } from '../../src/api'
import { DEVICES_FILE, loadDeviceConfig } from '../../src/devices'
import { stationRig, type StationRig } from './rig'

let rig: StationRig | null = null
afterEach(async () => {
  await rig?.close()
  rig = null
})

const demo = deviceConfigSchema.parse({
  id: 'lane-2',
  kind: 'scanner',
  transport: 'simulated',
  ratePerMinute: 1,
})

describe('device handlers', () => {
  it('lets a supervisor configure devices, persists them, and refuses a worker', async () => {
    rig = await stationRig()
    const s = rig.station
    s.addOperator(s.defaultSession(), { id: 'sup', role: 'supervisor', pin: '2468', name: 'Sam Sup' })
    s.addOperator(s.defaultSession(), { id: 'wil', role: 'worker', pin: '1357', name: 'Wil Dupont' })
    const h = rig.devices.handlers
    const worker = s.signIn('wil', '1357').token
    await expect(h['devices.configure']({ session: worker, devices: [demo] })).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(h['devices.configure']({ session: 'x'.repeat(20), devices: [demo] })).rejects.toMatchObject({
      code: 'unauthorized',
    })
    const sup = s.signIn('sup', '2468').token
    const { devices } = await h['devices.configure']({ session: sup, devices: [demo] })
    expect(devices).toMatchObject([{ id: 'lane-2', kind: 'scanner', transport: 'simulated' }])
    expect(await h['devices.config']({})).toEqual({ devices: [demo] })
    const data = s.dataDir
    expect(loadDeviceConfig(data)).toEqual({ devices: [demo], problem: null })
    expect(JSON.parse(readFileSync(join(data, DEVICES_FILE), 'utf8'))).toMatchObject({ version: 1 })
    expect(existsSync(join(data, `${DEVICES_FILE}.${process.pid}.tmp`))).toBe(false)
  })

  it('reads a damaged devices.json as a problem to show, not a crash', async () => {
    rig = await stationRig()
    const file = join(rig.station.dataDir, DEVICES_FILE)
    const { writeFileSync } = await import('node:fs')
    writeFileSync(file, '{"version":1,"devices":[{"id":')
    expect(loadDeviceConfig(rig.station.dataDir)).toMatchObject({ devices: [], problem: /not valid JSON/ })
  })

  it('lists ports with the reasons a list could not be had', async () => {
    rig = await stationRig()
    const { ports, problems } = await rig.devices.handlers['devices.ports']({})
    expect(Array.isArray(ports)).toBe(true)
    expect(problems.every((p) => typeof p === 'string')).toBe(true)
  })
})
