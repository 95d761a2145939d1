// A HID POS scanner in the hub, over a stubbed node-hid (no kernel HID here): its codes reach the scan
// loop with its id, an unplug shows disconnected, and the scanner is found again under a new hidraw path.
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { deviceConfigSchema } from '../../src/api'
import { DeviceHub } from '../../src/devices'
import { createHidScannerBinding, type HidDeviceEntry } from '../../src/devices/hid/binding'
import { S10_REPORT } from './hid/fixtures'

class Handle extends EventEmitter {
  async close(): Promise<void> {}
}

function stubHid() {
  const handles: Handle[] = []
  const entry = (path: string): HidDeviceEntry => ({
    vendorId: 0x0c2e,
    productId: 0x0b61,
    path,
    serialNumber: '19013B4F21',
    usagePage: 0x8c,
    usage: 0x02,
  })
  const hid = {
    devices: [entry('/dev/hidraw4')],
    handles,
    entry,
    devicesAsync: async () => hid.devices,
    HIDAsync: {
      open: async () => {
        const h = new Handle()
        handles.push(h)
        return h
      },
    },
  }
  return hid
}

describe('a HID POS scanner at the station', () => {
  it('scans, survives an unplug, and is found again under its new path', async () => {
    const hid = stubHid()
    const states: string[] = []
    const codes: string[] = []
    const hub = new DeviceHub({
      serial: { list: async () => [], open: async () => Promise.reject(new Error('none')) },
      hid: async () => createHidScannerBinding(hid),
      sink: { scan: async (code, device) => (codes.push(`${device} ${code}`), { outcome: 'accepted' }) },
      events: { status: (i) => states.push(i.status.state), scan: () => undefined },
    })
    await hub.configure([
      deviceConfigSchema.parse({
        id: 'hid-1',
        kind: 'scanner',
        transport: 'hid',
        vendorId: 0x0c2e,
        productId: 0x0b61,
      }),
    ])
    await expect.poll(() => states.at(-1)).toBe('ready')
    hid.handles[0]!.emit('data', S10_REPORT)
    await expect.poll(() => codes).toEqual(['hid-1 RR123456785GB'])

    hid.devices = []
    hid.handles[0]!.emit('error', new Error('could not read from HID device'))
    await expect.poll(() => states.includes('disconnected')).toBe(true)
    hid.devices = [hid.entry('/dev/hidraw7')]
    await expect.poll(() => states.at(-1), { timeout: 2000 }).toBe('ready')
    expect(hub.list()[0]!.lastRaw).toContain(']C0RR123456785GB')
    await hub.close()
    expect(states.at(-1)).toBe('disconnected')
  })
})
