// From status to the one condition a worker sees, with its precedence and words.
import { describe, expect, it } from 'vitest'
import { conditionOf, describeCondition, type PrinterCondition } from '../../../src/devices/printer/condition'
import { parseHqes } from '../../../src/devices/printer/hqes'
import { parseHostStatus, type HostStatus } from '../../../src/devices/printer/status'
import { HQES_HEAD_OPEN, HQES_OK, HS_ALL_FLAGS, HS_READY } from './fixtures'

const ready = parseHostStatus(HS_READY)
const hs = (patch: Partial<HostStatus>) => conditionOf({ ...ready, ...patch })
const hqes = (errors: string) =>
  conditionOf(
    parseHqes(`PRINTER STATUS\r\nERRORS: 1 00000000 ${errors}\r\nWARNINGS: 0 00000000 00000000\r\n`),
  )

describe('conditionOf ~HS', () => {
  it('maps each flag', () => {
    expect(conditionOf(ready)).toEqual({ state: 'ready' })
    expect(hs({ paperOut: true, paused: true })).toEqual({ state: 'paper-out' })
    expect(hs({ headOpen: true, paused: true })).toEqual({ state: 'head-open' })
    expect(hs({ ribbonOut: true, thermalTransfer: true })).toEqual({ state: 'ribbon-out' })
    expect(hs({ paused: true })).toEqual({ state: 'paused' })
    expect(hs({ formatsInBuffer: 1 })).toEqual({ state: 'busy' })
    expect(hs({ labelsRemaining: 3 })).toEqual({ state: 'busy' })
    expect(hs({ partialFormat: true })).toEqual({ state: 'busy' })
    expect(hs({ bufferFull: true })).toEqual({ state: 'busy' })
    expect(hs({ overTemp: true })).toEqual({ state: 'error', reason: 'The print head is too hot' })
    expect(hs({ underTemp: true, corruptRam: true })).toEqual({
      state: 'error',
      reason: 'The print head is too cold; The printer lost its settings (memory corrupt)',
    })
    expect(hs({ commDiagnostics: true })).toMatchObject({ state: 'error', reason: /diagnostic mode/ })
  })

  it('ignores ribbon-out on a direct-thermal printer', () => {
    expect(hs({ ribbonOut: true, thermalTransfer: false })).toEqual({ state: 'ready' })
  })

  it('puts head open, then paper out, then ribbon, then faults, then paused, then busy', () => {
    expect(conditionOf(parseHostStatus(HS_ALL_FLAGS))).toEqual({ state: 'head-open' })
    expect(hs({ paperOut: true, ribbonOut: true, thermalTransfer: true })).toEqual({ state: 'paper-out' })
    expect(hs({ ribbonOut: true, thermalTransfer: true, overTemp: true })).toEqual({ state: 'ribbon-out' })
    expect(hs({ overTemp: true, paused: true })).toMatchObject({ state: 'error' })
    expect(hs({ paused: true, formatsInBuffer: 2 })).toEqual({ state: 'paused' })
  })
})

describe('conditionOf ~HQES', () => {
  it('maps the flags', () => {
    expect(conditionOf(parseHqes(HQES_OK))).toEqual({ state: 'ready' })
    expect(conditionOf(parseHqes(HQES_HEAD_OPEN))).toEqual({ state: 'head-open' })
    expect(hqes('00010001')).toEqual({ state: 'paper-out' })
    expect(hqes('00000002')).toEqual({ state: 'ribbon-out' })
    expect(hqes('00010000')).toEqual({ state: 'paused' })
    expect(hqes('00010018')).toEqual({
      state: 'error',
      reason: 'The cutter is jammed or faulty; The print head is too hot',
    })
    expect(hqes('00000400')).toEqual({ state: 'error', reason: 'Printer error code 0x400' })
    expect(hqes('00000000')).toEqual({
      state: 'error',
      reason: 'The printer reports an error it does not name',
    })
  })
})

describe('describeCondition', () => {
  it('speaks to the worker', () => {
    const words = (c: PrinterCondition) => describeCondition(c)
    expect(words({ state: 'paper-out' })).toBe('The printer is out of paper')
    expect(words({ state: 'head-open' })).toBe('The print head is open')
    expect(words({ state: 'not-answering' })).toBe('The printer did not answer')
    expect(words({ state: 'offline', reason: 'The printer at x refused the connection' })).toMatch(/refused/)
  })
})
