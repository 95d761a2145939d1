import { describe, expect, it } from 'vitest'
import type { PrinterCondition } from '../../../src/api/printing'
import { translator } from '../../../src/renderer/i18n/languages'
import {
  conditionBlocks,
  conditionLook,
  conditionWhy,
  conditionWords,
  mayManagePrinters,
} from '../../../src/renderer/labels/printerStatus'

const en = translator('en')
const fr = translator('fr')
const es = translator('es')

const EVERY: PrinterCondition[] = [
  { state: 'unknown' },
  { state: 'ready' },
  { state: 'paper-out' },
  { state: 'head-open' },
  { state: 'ribbon-out' },
  { state: 'paused' },
  { state: 'busy' },
  { state: 'error', reason: 'ERROR CONDITION 00000001 (cutter fault)' },
  { state: 'offline', reason: 'connection refused by 10.0.4.21:9100' },
  { state: 'not-answering' },
]

describe('a printer condition in words, colour and icon', () => {
  it('says every condition in words a person at the printer understands', () => {
    expect(EVERY.map((c) => conditionWords(c, en))).toEqual([
      'Not checked yet',
      'Ready',
      'Out of paper',
      'Print head open',
      'Ribbon out',
      'Paused',
      'Busy with earlier labels',
      'Error: ERROR CONDITION 00000001 (cutter fault)',
      'Offline: connection refused by 10.0.4.21:9100',
      'Not answering',
    ])
  })

  it('says them in French and Spanish too, the reason kept as the printer gave it', () => {
    expect(conditionWords({ state: 'paper-out' }, fr)).toBe('Plus de papier')
    expect(conditionWords({ state: 'head-open' }, fr)).toBe('Tête d’impression ouverte')
    expect(conditionWords({ state: 'offline', reason: 'timed out' }, fr)).toBe('Hors ligne : timed out')
    expect(conditionWords({ state: 'ribbon-out' }, es)).toBe('Sin cinta')
    expect(conditionWords({ state: 'not-answering' }, es)).toBe('No responde')
  })

  it('draws ready green with a tick, a fault red with a cross, and a printer never asked grey', () => {
    expect(conditionLook({ state: 'ready' })).toEqual({ tone: 'ready', icon: 'tick' })
    expect(conditionLook({ state: 'busy' })).toEqual({ tone: 'working', icon: 'hourglass' })
    expect(conditionLook({ state: 'paused' })).toEqual({ tone: 'attention', icon: 'triangle' })
    expect(conditionLook({ state: 'unknown' })).toEqual({ tone: 'idle', icon: 'question' })
    for (const state of ['paper-out', 'head-open', 'ribbon-out', 'not-answering'] as const) {
      expect(conditionLook({ state }), state).toEqual({ tone: 'fault', icon: 'cross' })
    }
    expect(conditionLook({ state: 'offline', reason: 'x' })).toEqual({ tone: 'fault', icon: 'cross' })
  })

  it('gives the cause of a wait only when the printer cannot print', () => {
    const blocking = EVERY.filter(conditionBlocks).map((c) => c.state)
    expect(blocking).toEqual([
      'paper-out',
      'head-open',
      'ribbon-out',
      'paused',
      'error',
      'offline',
      'not-answering',
    ])
    expect(conditionWhy({ state: 'ready' }, en)).toBeNull()
    expect(conditionWhy({ state: 'busy' }, en)).toBeNull()
    expect(conditionWhy({ state: 'unknown' }, en)).toBeNull()
    expect(conditionWhy({ state: 'paper-out' }, en)).toBe('the printer is out of paper')
    expect(conditionWhy({ state: 'offline', reason: 'timed out' }, en)).toBe(
      'the printer cannot be reached (timed out)',
    )
    expect(conditionWhy({ state: 'paused' }, es)).toBe('la impresora está en pausa')
  })

  it('lets supervisors, exchange office staff and administrators manage printers, nobody else', () => {
    expect(mayManagePrinters('supervisor')).toBe(true)
    expect(mayManagePrinters('oe')).toBe(true)
    expect(mayManagePrinters('admin')).toBe(true)
    expect(mayManagePrinters('worker')).toBe(false)
    expect(mayManagePrinters('customs')).toBe(false)
    expect(mayManagePrinters(null)).toBe(false)
  })
})
