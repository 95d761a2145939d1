import { describe, expect, it } from 'vitest'
import { fromPrinterDraft, toPrinterDraft, type PrinterDraft } from '../../../src/renderer/labels/printerForm'
import { printer } from './fixtures'

const draft = (change: Partial<PrinterDraft> = {}): PrinterDraft => ({
  id: 'dock-4',
  name: 'Dock 4 Zebra',
  uri: 'tcp:10.0.4.22',
  dpi: '300',
  isDefault: false,
  ...change,
})

describe('the printer form', () => {
  it('gives the contract’s config, trimmed, with the resolution as a number', () => {
    expect(fromPrinterDraft(draft({ name: '  Dock 4 Zebra ', uri: ' tcp:10.0.4.22 ' }))).toEqual({
      ok: true,
      printer: { id: 'dock-4', name: 'Dock 4 Zebra', uri: 'tcp:10.0.4.22', dpi: 300, isDefault: false },
    })
  })

  it('accepts every way the contract names to reach a printer', () => {
    for (const uri of [
      'tcp:zebra-3.local:9100',
      'serial:/dev/ttyUSB0@9600',
      'usb:/dev/usb/lp0',
      'sim:dock',
    ]) {
      expect(fromPrinterDraft(draft({ uri })).ok, uri).toBe(true)
    }
  })

  it('names each field to fix before anything is sent', () => {
    expect(fromPrinterDraft(draft({ id: 'dock 4', name: ' ', uri: 'http://10.0.4.22' }))).toEqual({
      ok: false,
      problems: ['printerForm.id', 'printerForm.name', 'printerForm.uri'],
      duplicate: false,
    })
    expect(fromPrinterDraft(draft({ uri: '10.0.4.22:9100' }))).toMatchObject({
      problems: ['printerForm.uri'],
    })
    expect(fromPrinterDraft(draft({ uri: 'usb:/dev/ttyS0' }))).toMatchObject({
      problems: ['printerForm.uri'],
    })
  })

  it('refuses a new printer with the id of one the station has', () => {
    expect(fromPrinterDraft(draft({ id: 'dock-3' }), ['dock-3'])).toEqual({
      ok: false,
      problems: [],
      duplicate: true,
    })
  })

  it('starts from the printer changed, and makes a station’s first printer its default', () => {
    expect(toPrinterDraft(printer())).toEqual({
      id: 'dock-3',
      name: 'Dock 3 Zebra',
      uri: 'tcp:10.0.4.21:9100',
      dpi: '203',
      isDefault: true,
    })
    expect(toPrinterDraft(null).isDefault).toBe(true)
    expect(toPrinterDraft(null, [printer()]).isDefault).toBe(false)
  })
})
