import { describe, expect, it } from 'vitest'
import { cn22Block, CUSTOMS_FORM_RULE, customsFormFor } from '../../../src/core/labels'
import { CN22, fakeRasteriser } from './fixtures'
import { expectGolden } from './golden'
import { printedTexts } from './zpl'

describe('customsFormFor', () => {
  it('asks for a CN 22 up to 300 SDR and a CN 23 above', () => {
    expect(CUSTOMS_FORM_RULE.cn22MaxValueSdr).toBe(300)
    expect(customsFormFor(0)).toBe('CN 22')
    expect(customsFormFor(300)).toBe('CN 22')
    expect(customsFormFor(300.01)).toBe('CN 23')
  })

  it('takes another limit as a parameter', () => {
    expect(customsFormFor(250, { cn22MaxValueSdr: 200 })).toBe('CN 23')
  })
})

describe('cn22Block', () => {
  const at = { xMm: 3, yMm: 99.5, widthMm: 95.6 }

  it('matches the golden ZPL fields, placed where asked', () => {
    const block = cn22Block(CN22, at, { dpi: 203 })
    expectGolden('cn22-block-203.zpl', `${block.zpl}\n`)
    expect(block.zpl).not.toContain('^XA')
    expect(block.zpl.startsWith('^FO24,796^')).toBe(true)
    expect(block.heightMm).toBeGreaterThan(30)
    expect(block.heightMm).toBeLessThan(50)
  })

  it('ticks the declared category, lists the contents and the totals', () => {
    const block = cn22Block(CN22, at, { dpi: 203 })
    const texts = printedTexts(block.zpl)
    expect(texts).toEqual(
      expect.arrayContaining([
        'Gift',
        'Commercial sample',
        'Documents',
        'Returned goods',
        'Sale of goods',
        'Other',
        'VALUE EUR',
        'Cotton T-shirts, printed',
        '0.400',
        '25.00',
        '610910',
        'PT',
        '0.820',
        '37.50 EUR',
        'May be opened officially',
      ]),
    )
    // Six outlines and one filled box, sitting inside the "Sale of goods" outline.
    const boxes = [...block.zpl.matchAll(/\^FO(\d+),(\d+)\^GB(\d+),(\d+),(\d+)\^FS/g)].map((m) =>
      m.slice(1).map(Number),
    )
    const filled = boxes.filter(([, , w, , t]) => t === w)
    expect(filled).toHaveLength(1)
    const names = ['gift', 'commercial_sample', 'documents', 'returned_goods', 'sale_of_goods', 'other']
    const outlines = boxes.filter(([, , w, h, t]) => w === h && t !== w)
    const [fx, fy] = filled[0]!
    const inside = outlines.findIndex(([x, y, w]) => fx! > x! && fx! < x! + w! && fy! > y! && fy! < y! + w!)
    expect(names[inside]).toBe('sale_of_goods')
  })

  it('totals the net weights when no gross weight is declared', () => {
    const { totalGrossWeightKg: _gross, ...net } = CN22
    expect(printedTexts(cn22Block(net, at, { dpi: 203 }).zpl)).toContain('0.750')
  })

  it('records descriptions drawn by the rasteriser', () => {
    const contents = [{ ...CN22.contents[0]!, description: 'Футболки хлопковые' }]
    const block = cn22Block({ ...CN22, contents }, at, { dpi: 300, rasterise: fakeRasteriser })
    expect(block.rasterised).toEqual(['Футболки хлопковые'])
  })

  it('refuses a declaration the form cannot carry', () => {
    const line = CN22.contents[0]!
    expect(() => cn22Block({ ...CN22, contents: [] }, at, { dpi: 203 })).toThrow(/lists no contents/)
    expect(() => cn22Block({ ...CN22, contents: [{ ...line, quantity: 0 }] }, at, { dpi: 203 })).toThrow(
      /line 1 quantity/,
    )
    expect(() => cn22Block({ ...CN22, contents: [{ ...line, value: -1 }] }, at, { dpi: 203 })).toThrow(
      /line 1 weight and value/,
    )
  })
})
