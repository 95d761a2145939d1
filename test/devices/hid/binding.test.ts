import { EventEmitter } from 'node:events'
import type * as NodeHid from 'node-hid'
import { describe, expect, it, vi } from 'vitest'
import {
  createHidScannerBinding,
  HidScannerError,
  type HidDeviceEntry,
  type HidHandle,
  type NodeHidModule,
} from '../../../src/devices/hid/binding'
import { S10_REPORT, S9, S9_REPORTS } from './fixtures'

// The real module must fit the injected shape, or production wiring would not compile.
const realNodeHidFits: typeof NodeHid extends NodeHidModule ? true : false = true

const HONEYWELL = { vendorId: 0x0c2e, productId: 0x0b61 }

/** A HIDAsync handle: an EventEmitter like node-hid's, with close() counted. */
class FakeHandle extends EventEmitter implements HidHandle {
  closed = 0
  constructor(readonly path: string) {
    super()
  }
  async close(): Promise<void> {
    this.closed++
    if (this.closed > 1) throw new Error('device already closed')
  }
  unplug(): void {
    this.emit('error', new Error('could not read from HID device'))
  }
}

/** A stub of the node-hid module: the device list is editable, open() records the handles it gives. */
function fakeNodeHid(devices: HidDeviceEntry[]) {
  const handles: FakeHandle[] = []
  const hid = {
    devices,
    handles,
    failOpen: null as Error | null,
    devicesAsync: vi.fn(async () => hid.devices),
    HIDAsync: {
      open: vi.fn(async (path: string) => {
        if (hid.failOpen) throw hid.failOpen
        const handle = new FakeHandle(path)
        handles.push(handle)
        return handle
      }),
    },
  }
  return hid
}

const scanner = (path: string, serialNumber = '19013B4F21'): HidDeviceEntry => ({
  ...HONEYWELL,
  path,
  serialNumber,
  manufacturer: 'Honeywell Imaging & Mobility',
  product: 'Xenon 1950g',
  usagePage: 0x8c,
  usage: 0x02,
})

function handlers() {
  return { onCode: vi.fn(), onError: vi.fn(), onRaw: vi.fn() }
}

describe('HID POS scanner binding', () => {
  it('lists only barcode-scanner interfaces, once each', async () => {
    const hid = fakeNodeHid([
      scanner('/dev/hidraw3'),
      scanner('/dev/hidraw3'), // hidapi repeats an interface per collection
      { ...HONEYWELL, path: '/dev/hidraw2', usagePage: 0x01, usage: 0x06 }, // the same scanner as a keyboard
      { vendorId: 0x046d, productId: 0xc52b, path: '/dev/hidraw0', usagePage: 0x01, usage: 0x02 }, // a mouse
      { vendorId: 0x0c2e, productId: 0x1234, path: '/dev/hidraw5', usagePage: 0x8c, usage: 0x01 }, // badge reader
      { ...HONEYWELL, usagePage: 0x8c, usage: 0x02 }, // no path: cannot be opened
    ])
    expect(realNodeHidFits).toBe(true)
    expect(await createHidScannerBinding(hid).listHidScanners()).toEqual([
      {
        path: '/dev/hidraw3',
        ...HONEYWELL,
        serialNumber: '19013B4F21',
        manufacturer: 'Honeywell Imaging & Mobility',
        product: 'Xenon 1950g',
      },
    ])
  })

  it('opens the scanner with the matching serial number and passes codes and raw reports on', async () => {
    const hid = fakeNodeHid([scanner('/dev/hidraw3', 'AAA'), scanner('/dev/hidraw4', 'BBB')])
    const on = handlers()
    await createHidScannerBinding(hid).openHidScanner({ ...HONEYWELL, serialNumber: 'BBB' }, on)
    expect(hid.HIDAsync.open).toHaveBeenCalledWith('/dev/hidraw4')
    const handle = hid.handles[0] as FakeHandle
    handle.emit('data', S10_REPORT)
    for (const report of S9_REPORTS) handle.emit('data', report)
    expect(on.onCode.mock.calls).toEqual([
      [{ code: 'RR123456785GB', symbology: ']C0' }],
      [{ code: S9, symbology: ']C0' }],
    ])
    expect(on.onRaw).toHaveBeenCalledTimes(3)
    expect(on.onRaw).toHaveBeenCalledWith(S10_REPORT)
    expect(on.onError).not.toHaveBeenCalled()
  })

  it('turns unplugging into one disconnected error, closes the handle, and never crashes', async () => {
    const hid = fakeNodeHid([scanner('/dev/hidraw3')])
    const on = handlers()
    const open = await createHidScannerBinding(hid).openHidScanner(HONEYWELL, on)
    const handle = hid.handles[0] as FakeHandle
    handle.emit('data', S9_REPORTS[0]) // half a code, then the cable goes
    handle.unplug()
    handle.unplug() // hidapi keeps failing reads; an unhandled 'error' would throw here
    handle.emit('data', S9_REPORTS[1])
    await open.close()
    expect(on.onError).toHaveBeenCalledTimes(1)
    const error = on.onError.mock.calls[0]?.[0] as HidScannerError
    expect(error).toBeInstanceOf(HidScannerError)
    expect(error).toMatchObject({ kind: 'disconnected', disconnected: true })
    expect(error.message).toMatch(/0c2e:0b61 .*unplugged \(could not read from HID device\)/)
    expect(on.onCode).not.toHaveBeenCalled()
    expect(handle.closed).toBe(1)
  })

  it('close is idempotent and silences the handle', async () => {
    const hid = fakeNodeHid([scanner('/dev/hidraw3')])
    const on = handlers()
    const open = await createHidScannerBinding(hid).openHidScanner(HONEYWELL, on)
    await Promise.all([open.close(), open.close()])
    await open.close()
    const handle = hid.handles[0] as FakeHandle
    expect(handle.closed).toBe(1)
    handle.emit('data', S10_REPORT)
    expect(() => handle.unplug()).not.toThrow()
    expect(on.onCode).not.toHaveBeenCalled()
    expect(on.onError).not.toHaveBeenCalled()
  })

  it('reports a scanner that is not plugged in as disconnected, and a refused open with the udev hint', async () => {
    const hid = fakeNodeHid([])
    const binding = createHidScannerBinding(hid)
    const missing = binding.openHidScanner({ ...HONEYWELL, serialNumber: 'AAA' }, handlers())
    await expect(missing).rejects.toMatchObject({ kind: 'not-found', disconnected: true })
    await expect(missing).rejects.toThrow('HID scanner 0c2e:0b61 serial AAA is not plugged in')

    hid.devices.push(scanner('/dev/hidraw3'))
    hid.failOpen = new Error('cannot open device with path /dev/hidraw3')
    const refused = binding.openHidScanner(HONEYWELL, handlers())
    await expect(refused).rejects.toMatchObject({ kind: 'open-failed', disconnected: false })
    await expect(refused).rejects.toThrow(/udev rule/)
  })

  it('reports a dropped scan without closing the scanner', async () => {
    const hid = fakeNodeHid([scanner('/dev/hidraw3')])
    const on = handlers()
    await createHidScannerBinding(hid).openHidScanner(HONEYWELL, on)
    const handle = hid.handles[0] as FakeHandle
    handle.emit('data', Buffer.from([0x02, 0x40, 0x5d, 0x43, 0x30]))
    handle.emit('data', S10_REPORT)
    expect(on.onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'malformed', disconnected: false })
    expect(on.onCode).toHaveBeenCalledWith({ code: 'RR123456785GB', symbology: ']C0' })
    expect(handle.closed).toBe(0)
  })

  it('re-opens after replug under a new path, found again by vendor, product and serial number', async () => {
    const hid = fakeNodeHid([scanner('/dev/hidraw3')])
    const binding = createHidScannerBinding(hid)
    const first = handlers()
    await binding.openHidScanner({ ...HONEYWELL, serialNumber: '19013B4F21' }, first)
    hid.devices.length = 0
    ;(hid.handles[0] as FakeHandle).unplug()
    expect(first.onError).toHaveBeenCalledTimes(1)

    await expect(
      binding.openHidScanner({ ...HONEYWELL, serialNumber: '19013B4F21' }, handlers()),
    ).rejects.toMatchObject({
      kind: 'not-found',
    })
    hid.devices.push(scanner('/dev/hidraw7'))
    const second = handlers()
    await binding.openHidScanner({ ...HONEYWELL, serialNumber: '19013B4F21' }, second)
    expect(hid.HIDAsync.open).toHaveBeenLastCalledWith('/dev/hidraw7')
    ;(hid.handles[1] as FakeHandle).emit('data', S10_REPORT)
    expect(second.onCode).toHaveBeenCalledWith({ code: 'RR123456785GB', symbology: ']C0' })
    expect(first.onCode).not.toHaveBeenCalled()
  })
})
