import { describe, expect, it } from 'vitest'
import { deviceConfigSchema, type DeviceConfig } from '../../../src/api/devices'
import { fromDrafts, newDraft, toDraft, type DeviceDraft } from '../../../src/renderer/devices/deviceForm'

const honeywell: DeviceConfig = deviceConfigSchema.parse({
  id: 'dock-3-scanner',
  kind: 'scanner',
  transport: 'serial',
  path: '/dev/serial/by-id/usb-Honeywell_1950g-if00',
  baudRate: 115200,
  framing: 'crlf',
  acceptSymbologies: [']C0', ']E0'],
  hostAck: true,
})
const mettler: DeviceConfig = deviceConfigSchema.parse({
  id: 'dock-3-scale',
  kind: 'scale',
  transport: 'serial',
  path: '/dev/ttyUSB0',
  baudRate: 9600,
  protocol: 'sics',
})

describe('device settings form', () => {
  it('gives back exactly what it was given when nothing is edited', () => {
    const result = fromDrafts([honeywell, mettler].map(toDraft))
    expect(result).toEqual({ ok: true, devices: [honeywell, mettler] })
  })

  it('produces configs the contract accepts for new serial and simulated devices', () => {
    let drafts: DeviceDraft[] = []
    drafts = [...drafts, newDraft(drafts, 'scanner', 'serial')]
    drafts = [...drafts, newDraft(drafts, 'scale', 'serial')]
    drafts = [...drafts, newDraft(drafts, 'scale', 'simulated')]
    drafts = drafts.map((d) => (d.transport === 'serial' ? { ...d, path: '/dev/ttyACM0' } : d))
    const result = fromDrafts(drafts)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    for (const config of result.devices) expect(deviceConfigSchema.parse(config)).toEqual(config)
    expect(result.devices.map((d) => d.id)).toEqual(['scanner-1', 'scale-1', 'sim-scale-1'])
  })

  it('names each field to fix: a missing port, a baud rate that is not a number, a bad AIM id', () => {
    const draft = { ...toDraft(honeywell), path: ' ', baud: 'fast', accept: ']C0 C1' } as DeviceDraft
    expect(fromDrafts([draft])).toEqual({
      ok: false,
      problems: [
        { field: 'deviceConfig.path', id: 'dock-3-scanner' },
        { field: 'deviceConfig.baud', id: 'dock-3-scanner' },
        { field: 'deviceConfig.accept', id: 'dock-3-scanner' },
      ],
    })
  })

  it('refuses two devices with the same name', () => {
    const result = fromDrafts([toDraft(honeywell), { ...toDraft(mettler), id: 'dock-3-scanner' }])
    expect(result).toEqual({ ok: false, problems: [{ duplicate: 'dock-3-scanner' }] })
  })
})
