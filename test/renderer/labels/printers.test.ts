import { describe, expect, it } from 'vitest'
import { removePrinter, upsertPrinter } from '../../../src/renderer/labels/usePrinters'
import { printer } from './fixtures'

describe('the printers as printer.status and printer.removed change them', () => {
  it('adds a new printer and replaces a known one in place', () => {
    const dock = printer()
    const desk = printer({ id: 'oe-desk', name: 'OE desk', isDefault: false })
    const list = upsertPrinter([dock], desk)
    expect(list.map((p) => p.id)).toEqual(['dock-3', 'oe-desk'])
    const out = upsertPrinter(list, { ...dock, condition: { state: 'paper-out' } })
    expect(out.map((p) => [p.id, p.condition.state])).toEqual([
      ['dock-3', 'paper-out'],
      ['oe-desk', 'ready'],
    ])
  })

  it('keeps one default: a new default takes the mark from the old one', () => {
    const dock = printer()
    const desk = printer({ id: 'oe-desk', name: 'OE desk', isDefault: false })
    const list = upsertPrinter([dock, desk], { ...desk, isDefault: true })
    expect(list.map((p) => [p.id, p.isDefault])).toEqual([
      ['dock-3', false],
      ['oe-desk', true],
    ])
  })

  it('forgets a removed printer', () => {
    expect(removePrinter([printer(), printer({ id: 'oe-desk' })], 'dock-3').map((p) => p.id)).toEqual([
      'oe-desk',
    ])
  })
})
