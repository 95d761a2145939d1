import { describe, expect, it, vi } from 'vitest'
import { buildReceptacleId } from '../../../src/core/ids'
import { MIN_BAR_HEIGHT_MM, receptacleLabel, type Dpi } from '../../../src/core/labels'
import { blackBar, fakeRasteriser, RECEPTACLE } from './fixtures'
import { expectGolden } from './golden'
import { barcodeGeometry, expectSafeZpl, printedTexts } from './zpl'

const DPIS: Dpi[] = [203, 300]

/** Algérie Poste → Paris, surface parcels, not the last bag, not registered, 21.9 kg. */
const SURFACE_PARCELS = {
  receptacleId: buildReceptacleId({
    origin: 'DZALGD',
    destination: 'FRCDGA',
    category: 'C',
    subclass: 'CN',
    year: 4,
    dispatchNumber: 7,
    receptacleSerial: 12,
    highest: false,
    registered: false,
    weightKg: 21.94,
  }),
  weightKg: 21.94,
}

describe('receptacleLabel', () => {
  it.each(DPIS)('matches the golden ZPL at %i dpi', (dpi) => {
    const label = receptacleLabel(RECEPTACLE, { dpi })
    expectGolden(`receptacle-${dpi}.zpl`, label.zpl)
    expectSafeZpl(label.zpl)
    expect(label).toMatchObject({ widthMm: 101.6, heightMm: 152.4, dpmm: dpi === 203 ? 8 : 12 })
    expect(label.barcode).toBe('FRCDGAUSJFKAAUN50123001110125')
    expect(label.rasterised).toEqual([])
  })

  it('sizes the label in dots for the resolution', () => {
    expect(receptacleLabel(RECEPTACLE, { dpi: 203 }).zpl).toMatch(/\^PW812\n\^LL1219\n/)
    expect(receptacleLabel(RECEPTACLE, { dpi: 300 }).zpl).toMatch(/\^PW1219\n\^LL1828\n/)
  })

  it('prints what the next office reads by eye: offices, category, subclass, numbers, weight, R, LAST, transport', () => {
    const texts = printedTexts(receptacleLabel(RECEPTACLE, { dpi: 203 }).zpl)
    expect(texts).toEqual(
      expect.arrayContaining([
        'CN 35',
        'FRCDGA',
        'Roissy courrier international',
        'USJFKA',
        'ISC New York',
        'A',
        'Priority mail or airmail',
        'UN',
        'Letter post, ordinary (mixed)',
        '0123',
        '001',
        'LAST',
        '12.5 kg',
        'R',
        'AF0012',
        'Air France',
        '2025-06-01',
        'FRCDGA USJFKA A UN 5 0123 001 1 1 0125',
      ]),
    )
  })

  it('leaves out R, LAST and transport when the bag is not registered, not the last, and has no plan', () => {
    const texts = printedTexts(receptacleLabel(SURFACE_PARCELS, { dpi: 203 }).zpl)
    expect(texts).toEqual(expect.arrayContaining(['CN 34', 'DZALGD', 'FRCDGA', '0007', '012', '21.9 kg']))
    expect(texts).not.toContain('R')
    expect(texts).not.toContain('LAST')
    expect(texts).not.toContain('PLANNED TRANSPORT')
  })

  it('names category and subclass in the language asked for', () => {
    const texts = printedTexts(receptacleLabel({ ...RECEPTACLE, language: 'fr' }, { dpi: 203 }).zpl)
    expect(texts).toContain('Courrier prioritaire ou par avion')
    expect(texts).toContain('Poste aux lettres, ordinaire (mixte)')
  })

  it('prints office names given in the data where the code list has none', () => {
    const id = RECEPTACLE.receptacleId.replace('USJFKA', 'USXYZA')
    const texts = printedTexts(receptacleLabel({ ...RECEPTACLE, receptacleId: id }, { dpi: 203 }).zpl)
    expect(texts).toContain('USXYZA')
    expect(texts).not.toContain('ISC New York')
    const named = receptacleLabel({ ...RECEPTACLE, receptacleId: id, destinationName: 'Xyz' }, { dpi: 203 })
    expect(printedTexts(named.zpl)).toContain('Xyz')
  })

  it('refuses a weight that does not match the S9 weight field', () => {
    expect(() => receptacleLabel({ ...RECEPTACLE, weightKg: 12.4 }, { dpi: 203 })).toThrow(
      /weight 12.4 kg does not match the weight field 0125 \(12.5 kg\)/,
    )
    expect(() => receptacleLabel({ ...RECEPTACLE, weightKg: Number.NaN }, { dpi: 203 })).toThrow(
      /not a weight/,
    )
  })

  it('accepts any weight that rounds to the weight field, as buildReceptacleId rounds', () => {
    expect(() => receptacleLabel({ ...RECEPTACLE, weightKg: 12.45 }, { dpi: 203 })).not.toThrow()
    expect(() => receptacleLabel({ ...RECEPTACLE, weightKg: 12.54 }, { dpi: 203 })).not.toThrow()
    expect(() => receptacleLabel({ ...RECEPTACLE, weightKg: 12.44 }, { dpi: 203 })).toThrow(/does not match/)
    expect(() => receptacleLabel({ ...RECEPTACLE, weightKg: 12.55 }, { dpi: 203 })).toThrow(/does not match/)
  })

  it('refuses an identifier that is not a valid S9, saying why', () => {
    const badCheck = `${RECEPTACLE.receptacleId.slice(0, 23)}7${RECEPTACLE.receptacleId.slice(24)}`
    expect(() => receptacleLabel({ ...RECEPTACLE, receptacleId: badCheck }, { dpi: 203 })).toThrow(
      /not a valid S9 receptacle identifier\. Highest-receptacle indicator is 7/,
    )
    expect(() => receptacleLabel({ ...RECEPTACLE, receptacleId: 'RR123456785GB' }, { dpi: 203 })).toThrow(
      /has 29 characters/,
    )
    expect(() =>
      receptacleLabel(
        { ...RECEPTACLE, receptacleId: `${RECEPTACLE.receptacleId.slice(0, 28)}>` },
        { dpi: 203 },
      ),
    ).toThrow(/not a valid S9/)
  })

  it.each(DPIS)('keeps the 29-character S9 and its quiet zones inside the label at %i dpi', (dpi) => {
    const label = receptacleLabel(RECEPTACLE, { dpi })
    const bars = barcodeGeometry(label)
    expect(bars.data).toBe(label.barcode)
    const quietZone = 10 * bars.moduleDots
    expect(bars.xDots).toBeGreaterThanOrEqual(quietZone)
    expect(bars.xDots + bars.modules * bars.moduleDots + quietZone).toBeLessThanOrEqual(bars.printWidthDots)
    expect(bars.heightDots).toBeGreaterThanOrEqual(MIN_BAR_HEIGHT_MM * label.dpmm)
    // 0.25 mm modules: ^BY2 at 8 dots/mm, ^BY3 at 12.
    expect(bars.moduleDots / label.dpmm).toBe(0.25)
  })

  it('draws office names in scripts font 0 lacks with the rasteriser', () => {
    const rasterise = vi.fn(fakeRasteriser)
    const label = receptacleLabel(
      { ...RECEPTACLE, originName: 'Москва Внуково', destinationName: 'الجزائر العاصمة' },
      { dpi: 300, rasterise },
    )
    expect(label.rasterised).toEqual(['Москва Внуково', 'الجزائر العاصمة'])
    expect(rasterise).toHaveBeenCalledWith('Москва Внуково', 48)
    expect(label.zpl.match(/\^GFA,/g)).toHaveLength(2)
    expect(printedTexts(label.zpl)).not.toContain('Москва Внуково')
    expectSafeZpl(label.zpl)
  })

  it('prints such names as UTF-8 text when there is no rasteriser, so the label still builds', () => {
    const label = receptacleLabel({ ...RECEPTACLE, originName: 'Москва Внуково' }, { dpi: 203 })
    expect(label.rasterised).toEqual([])
    expect(printedTexts(label.zpl)).toContain('Москва Внуково')
  })

  it('prints the operator logo at the top, and refuses one too large for the label', () => {
    const label = receptacleLabel(RECEPTACLE, { dpi: 203, logo: blackBar(240, 80) })
    expect(label.zpl).toContain('^FO32,32^GFA,2400,2400,30,!')
    expectSafeZpl(label.zpl)
    expect(() => receptacleLabel(RECEPTACLE, { dpi: 203, logo: blackBar(240, 400) })).toThrow(
      /logo is 30.0 × 50.0 mm/,
    )
    expect(() =>
      receptacleLabel(RECEPTACLE, { dpi: 203, logo: { ...blackBar(240, 80), data: '^XZ' } }),
    ).toThrow(/logo: data may hold only/)
  })
})
