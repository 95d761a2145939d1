// `station devices` and the device options of `station serve`.
import { describe, expect, it } from 'vitest'
import { demoDevices, mergeDevices, parseScaleSpec, parseScannerSpec } from '../../src/cli/device-options'
import { station } from './helpers'

describe('station devices', () => {
  it('lists ports as JSON and says why a list could not be had, without failing', async () => {
    const r = await station(['devices', '--json'])
    expect(r.code).toBe(0)
    const [listing] = r.json() as Array<{ ports: unknown[]; problems: string[] }>
    expect(Array.isArray(listing!.ports)).toBe(true)
    expect(Array.isArray(listing!.problems)).toBe(true)
  })
})

describe('serve device options', () => {
  it('reads serial:PATH[@BAUD] scanners and PROTOCOL:PATH[@BAUD] scales', () => {
    const devices = parseScaleSpec('toledo8217:/dev/ttyUSB0', parseScannerSpec('serial:/dev/ttyACM0@115200'))
    expect(devices).toMatchObject([
      { id: 'scanner-1', kind: 'scanner', transport: 'serial', path: '/dev/ttyACM0', baudRate: 115200 },
      { id: 'scale-1', kind: 'scale', protocol: 'toledo8217', path: '/dev/ttyUSB0', baudRate: 9600 },
    ])
    expect(parseScannerSpec('serial:/dev/ttyACM1', devices)[2]).toMatchObject({ id: 'scanner-2' })
  })

  it('refuses a mistyped spec', () => {
    expect(() => parseScannerSpec('/dev/ttyACM0')).toThrow(/serial:PATH/)
    expect(() => parseScaleSpec('dibal:/dev/ttyUSB0')).toThrow(/sics, toledo8217, cas/)
    expect(() => parseScaleSpec('sics:')).toThrow(/port path/)
  })

  it('lets devices named on the command line replace persisted ones with the same id', () => {
    const [scanner, scale] = demoDevices()
    expect(mergeDevices([scanner!, scale!], [{ ...scanner!, ratePerMinute: 60 } as never])).toMatchObject([
      { id: 'demo-scale' },
      { id: 'demo-scanner', ratePerMinute: 60 },
    ])
  })

  it('exits with a usage error for a bad --scanner', async () => {
    const r = await station(['serve', '--scanner', 'usb:/dev/x'])
    expect(r.code).toBe(2)
    expect(r.err.join('\n')).toMatch(/serial:PATH/)
  })
})
