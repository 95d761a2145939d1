import { describe, expect, it } from 'vitest'
import { cn23Label, MIN_BAR_HEIGHT_MM, type Dpi } from '../../../src/core/labels'
import { CN23 } from './fixtures'
import { expectGolden } from './golden'
import { barcodeGeometry, expectSafeZpl, printedTexts } from './zpl'

const DPIS: Dpi[] = [203, 300]

describe('cn23Label', () => {
  it.each(DPIS)('matches the golden ZPL at %i dpi', (dpi) => {
    const label = cn23Label(CN23, { dpi })
    expectGolden(`cn23-${dpi}.zpl`, label.zpl)
    expectSafeZpl(label.zpl)
    expect(label.barcode).toBe('CP987654326FR')
  })

  it('carries parties, references, documents, office and date of posting beside the declaration', () => {
    const texts = printedTexts(cn23Label(CN23, { dpi: 203 }).zpl)
    expect(texts).toEqual(
      expect.arrayContaining([
        'CN 23',
        'CP 987 654 326 FR',
        'Camille Martin',
        'Jordan Smith',
        'UNITED STATES OF AMERICA',
        'BLA-2025-0042',
        'EIN 12-3456789',
        'imports@example.com',
        '38.90 EUR',
        'Silver rings with',
        'semi-precious stones',
        '487.50 EUR',
        'Samples for a trade fair, to be returned',
        'No batteries, no liquids',
        'EX-2025-117',
        'EUR.1 A 123456',
        'INV-88213',
        'Paris Louvre',
        '2025-06-01',
        'May be opened officially',
      ]),
    )
  })

  it.each(DPIS)('keeps the S10 inside the label with its quiet zones at %i dpi', (dpi) => {
    const label = cn23Label(CN23, { dpi })
    const bars = barcodeGeometry(label)
    expect(bars.xDots).toBeGreaterThanOrEqual(10 * bars.moduleDots)
    expect(bars.xDots + (bars.modules + 10) * bars.moduleDots).toBeLessThanOrEqual(bars.printWidthDots)
    expect(bars.heightDots).toBeGreaterThanOrEqual(MIN_BAR_HEIGHT_MM * label.dpmm)
  })

  it('fits five content lines with two-line descriptions', () => {
    const line = { ...CN23.contents[2]! }
    expect(() => cn23Label({ ...CN23, contents: [line, line, line, line, line] }, { dpi: 203 })).not.toThrow()
    expect(() =>
      cn23Label({ ...CN23, contents: [line, line, line, line, line, line] }, { dpi: 203 }),
    ).toThrow(/CN 23: 6 content lines/)
  })

  it('refuses an item identifier that is not a valid S10', () => {
    expect(() => cn23Label({ ...CN23, itemId: 'CP987654325FR' }, { dpi: 203 })).toThrow(
      /Cannot print a CN 23/,
    )
  })
})
