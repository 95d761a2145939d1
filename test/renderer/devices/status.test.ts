import { describe, expect, it } from 'vitest'
import type { DeviceInfo } from '../../../src/api/devices'
import {
  mayTypeWeight,
  printableBytes,
  scaleState,
  statusTone,
  statusWords,
} from '../../../src/renderer/devices/status'
import { translator } from '../../../src/renderer/i18n/languages'

const en = translator('en')
const fr = translator('fr')

function scale(over: Partial<DeviceInfo> = {}): DeviceInfo {
  return {
    id: 'dock-3-scale',
    kind: 'scale',
    transport: 'serial',
    address: '/dev/ttyUSB0',
    status: { state: 'ready', since: '2026-11-22T08:00:00.000Z' },
    lastRaw: 'S S      12.40 kg\\r\\n',
    lastRawAt: '2026-11-22T08:00:01.000Z',
    weight: null,
    ...over,
  }
}
const scanner: DeviceInfo = { ...scale(), id: 'dock-3-scanner', kind: 'scanner' }
const stable = { kg: 12.4, stable: true, at: '2026-11-22T08:00:01.000Z' }

describe('device status in words and colour', () => {
  it('says how a reconnection is going: the attempt and when the next one comes', () => {
    const status = { state: 'connecting', attempt: 3, nextRetryMs: 1500 } as const
    expect(statusTone(status)).toBe('busy')
    expect(statusWords(status, en, 'en')).toBe('Connecting (attempt 3), next try in 2 s')
    expect(statusWords(status, fr, 'fr')).toBe('Connexion (essai 3), prochain essai dans 2 s')
  })

  it('gives the reason of an error and calls a disconnection grey, not red', () => {
    expect(
      statusWords({ state: 'error', reason: 'Permission denied, cannot open /dev/ttyACM0' }, en, 'en'),
    ).toBe('Error: Permission denied, cannot open /dev/ttyACM0')
    expect(statusTone({ state: 'error', reason: 'x' })).toBe('error')
    expect(statusTone({ state: 'disconnected', since: null })).toBe('off')
    expect(statusWords({ state: 'disconnected', since: null }, en, 'en')).toBe('Disconnected')
  })

  it('shows control bytes escaped so a diagnosis can read them', () => {
    expect(printableBytes(']C0RR473124829FR\r\n')).toBe(']C0RR473124829FR\\r\\n')
    expect(printableBytes('\x02W\x1d12\x7f')).toBe('\\x02W\\x1d12\\x7f')
  })
})

describe('the scale in the close dialog', () => {
  it('takes a stable reading, waits on a moving one', () => {
    expect(scaleState([scanner, scale()], { state: 'read', weight: stable })).toEqual({
      kind: 'stable',
      kg: 12.4,
    })
    expect(scaleState([scale()], { state: 'read', weight: { ...stable, stable: false } })).toEqual({
      kind: 'moving',
      kg: 12.4,
    })
  })

  it('says when there is no scale, when it is not ready and when it has not weighed yet', () => {
    expect(scaleState([scanner], { state: 'waiting' })).toEqual({ kind: 'none' })
    const off = { state: 'disconnected', since: '2026-11-22T08:00:00.000Z' } as const
    expect(scaleState([scale({ status: off })], { state: 'read', weight: stable })).toEqual({
      kind: 'notReady',
      status: off,
    })
    expect(scaleState([scale()], { state: 'read', weight: null })).toEqual({ kind: 'noReading' })
    expect(scaleState([scale()], { state: 'failed' })).toEqual({ kind: 'failed' })
    expect(scaleState(null, { state: 'waiting' })).toEqual({ kind: 'unknown' })
  })

  it('uses the weight from the device status until the first poll answers', () => {
    expect(scaleState([scale({ weight: stable })], { state: 'waiting' })).toEqual({
      kind: 'stable',
      kg: 12.4,
    })
  })

  it('lets only supervisors and administrators type a weight when the station has a scale', () => {
    const present = scaleState([scale()], { state: 'read', weight: stable })
    expect(mayTypeWeight('worker', present)).toBe(false)
    expect(mayTypeWeight('oe', present)).toBe(false)
    expect(mayTypeWeight(null, present)).toBe(false)
    expect(mayTypeWeight('supervisor', present)).toBe(true)
    expect(mayTypeWeight('admin', present)).toBe(true)
    // Even while the scale is moving or unplugged: that is when a supervisor is called.
    expect(mayTypeWeight('worker', { kind: 'notReady', status: { state: 'error', reason: 'x' } })).toBe(false)
  })

  it('lets anyone type a weight at a station without a scale', () => {
    expect(mayTypeWeight('worker', { kind: 'none' })).toBe(true)
    expect(mayTypeWeight('oe', { kind: 'unknown' })).toBe(true)
  })
})
