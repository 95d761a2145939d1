// Printer addresses as written in config and on the command line.
import { describe, expect, it } from 'vitest'
import { createPrinterTransport, formatPrinterUri, parsePrinterUri } from '../../../src/devices/printer/uri'
import { SimulatedPrinter } from '../../../src/devices/printer/simulated'

describe('parsePrinterUri', () => {
  it('parses each kind', () => {
    expect(parsePrinterUri('tcp:10.0.0.5:9100')).toEqual({ kind: 'tcp', host: '10.0.0.5', port: 9100 })
    expect(parsePrinterUri('tcp:zebra-3.local')).toEqual({ kind: 'tcp', host: 'zebra-3.local', port: 9100 })
    expect(parsePrinterUri(' TCP:printer:6101 ')).toEqual({ kind: 'tcp', host: 'printer', port: 6101 })
    expect(parsePrinterUri('tcp:[fe80::1]:9100')).toEqual({ kind: 'tcp', host: 'fe80::1', port: 9100 })
    expect(parsePrinterUri('serial:/dev/ttyUSB0')).toEqual({
      kind: 'serial',
      path: '/dev/ttyUSB0',
      baudRate: 9600,
    })
    expect(parsePrinterUri('serial:COM3@19200')).toEqual({ kind: 'serial', path: 'COM3', baudRate: 19200 })
    expect(parsePrinterUri('usb:/dev/usb/lp0')).toEqual({ kind: 'usb', path: '/dev/usb/lp0' })
    expect(parsePrinterUri('sim:bench-1')).toEqual({ kind: 'sim', name: 'bench-1' })
  })

  it('round-trips through formatPrinterUri', () => {
    for (const text of [
      'tcp:10.0.0.5:9100',
      'tcp:[::1]:9100',
      'serial:/dev/ttyS0@9600',
      'usb:/dev/usb/lp1',
      'sim:a',
    ]) {
      expect(formatPrinterUri(parsePrinterUri(text))).toBe(text)
    }
  })

  it('says what is wrong', () => {
    expect(() => parsePrinterUri('10.0.0.5')).toThrow(/"10.0.0.5": expected one of tcp:HOST\[:PORT\]/)
    expect(() => parsePrinterUri('lpd:x')).toThrow(/unknown kind "lpd"/)
    expect(() => parsePrinterUri('tcp:')).toThrow(/expected tcp:HOST/)
    expect(() => parsePrinterUri('tcp:host:0')).toThrow(/port "0" is not a number from 1 to 65535/)
    expect(() => parsePrinterUri('tcp:host:99999')).toThrow(/port "99999"/)
    expect(() => parsePrinterUri('tcp:host:91a')).toThrow(/port "91a"/)
    expect(() => parsePrinterUri('tcp:fe80::1')).toThrow(/port ":1"|brackets/)
    expect(() => parsePrinterUri('serial:@9600')).toThrow(/expected serial:PATH/)
    expect(() => parsePrinterUri('serial:/dev/ttyS0@9601')).toThrow(/baud rate "9601" is not one of/)
    expect(() => parsePrinterUri('usb:lp0')).toThrow(/absolute device path/)
    expect(() => parsePrinterUri('sim:')).toThrow(/expected sim:NAME/)
  })
})

describe('createPrinterTransport', () => {
  it('builds a transport per kind and refuses sim: outside demo mode', () => {
    expect(createPrinterTransport(parsePrinterUri('tcp:h:1')).describe()).toBe('tcp h:1')
    expect(createPrinterTransport(parsePrinterUri('usb:/dev/usb/lp0')).describe()).toBe('usb /dev/usb/lp0')
    expect(() => createPrinterTransport(parsePrinterUri('serial:/dev/x'))).toThrow(/No serial binding/)
    expect(() => createPrinterTransport(parsePrinterUri('sim:a'))).toThrow(/only available in demo mode/)
    const sim = new SimulatedPrinter('a')
    expect(
      createPrinterTransport(parsePrinterUri('sim:a'), { simulated: () => sim.transport() }).describe(),
    ).toBe('simulated printer a')
  })
})
