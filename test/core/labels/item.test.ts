import { describe, expect, it, vi } from 'vitest'
import { itemLabel, MIN_BAR_HEIGHT_MM, type Dpi } from '../../../src/core/labels'
import { blackBar, fakeRasteriser, ITEM } from './fixtures'
import { expectGolden } from './golden'
import { barcodeGeometry, expectSafeZpl, printedTexts } from './zpl'

const DPIS: Dpi[] = [203, 300]
const { customs: _customs, ...WITHOUT_CUSTOMS } = ITEM

describe('itemLabel', () => {
  it.each(DPIS)('matches the golden ZPL at %i dpi', (dpi) => {
    const label = itemLabel(ITEM, { dpi })
    expectGolden(`item-${dpi}.zpl`, label.zpl)
    expectSafeZpl(label.zpl)
    expect(label.barcode).toBe('RR123456785FR')
  })

  it('matches the golden ZPL with a logo and an addressee drawn by the rasteriser', () => {
    const addressee = {
      ...ITEM.addressee,
      name: 'Иван Петров',
      city: 'МОСКВА',
      postcode: '101000',
      country: 'RU',
    }
    const label = itemLabel(
      { ...ITEM, addressee },
      { dpi: 203, logo: blackBar(160, 64), rasterise: fakeRasteriser },
    )
    expectGolden('item-raster-203.zpl', label.zpl)
    expectSafeZpl(label.zpl)
    expect(label.rasterised).toEqual(['Иван Петров', '101000 МОСКВА'])
  })

  it('prints header, both addresses with the country in capitals, phone and the grouped S10', () => {
    const texts = printedTexts(itemLabel(WITHOUT_CUSTOMS, { dpi: 203 }).zpl)
    expect(texts).toEqual([
      'La Poste',
      'Registered Packet',
      'FROM',
      'Camille Martin',
      'Boutique Les Ateliers',
      '12 rue de la Paix',
      '75002 PARIS',
      'FRANCE',
      'Tel. +33 1 23 45 67 89',
      'TO',
      'Jordan Smith',
      'Apt 4B',
      '350 Fifth Avenue',
      'NY 10118 NEW YORK',
      'UNITED STATES OF AMERICA',
      'Tel. +1 212 555 0100',
      'RR 123 456 785 FR',
    ])
  })

  it('adds the CN 22 block when the item carries a declaration', () => {
    const texts = printedTexts(itemLabel(ITEM, { dpi: 203 }).zpl)
    expect(texts).toEqual(
      expect.arrayContaining([
        'CUSTOMS DECLARATION',
        'CN 22',
        'May be opened officially',
        'Cotton T-shirts, printed',
      ]),
    )
  })

  it.each(DPIS)('keeps the S10 and its quiet zones inside the label at %i dpi', (dpi) => {
    const label = itemLabel(ITEM, { dpi })
    const bars = barcodeGeometry(label)
    expect(bars.data).toBe('RR123456785FR')
    expect(bars.modules).toBe(178)
    expect(bars.xDots).toBeGreaterThanOrEqual(10 * bars.moduleDots)
    expect(bars.xDots + (bars.modules + 10) * bars.moduleDots).toBeLessThanOrEqual(bars.printWidthDots)
    expect(bars.heightDots).toBeGreaterThanOrEqual(MIN_BAR_HEIGHT_MM * label.dpmm)
    // ^BY3 (0.375 mm) at 203 dpi, ^BY5 (0.42 mm) at 300: within the S10 limit of 0.51 mm.
    expect(bars.moduleDots).toBe(dpi === 203 ? 3 : 5)
  })

  it('calls the rasteriser for Cyrillic, Arabic and Chinese fields only', () => {
    const rasterise = vi.fn(fakeRasteriser)
    const label = itemLabel(
      {
        ...ITEM,
        sender: { ...ITEM.sender, name: '王小明', city: '北京', postcode: '100000', country: 'CN' },
        addressee: { ...ITEM.addressee, name: 'Анна Смирнова', lines: ['شارع الحبيب بورقيبة'] },
      },
      { dpi: 203, rasterise },
    )
    expect(label.rasterised).toEqual(['王小明', '100000 北京', 'Анна Смирнова', 'شارع الحبيب بورقيبة'])
    expect(rasterise).toHaveBeenCalledTimes(4)
    expect(rasterise).toHaveBeenCalledWith('Анна Смирнова', 40)
    const texts = printedTexts(label.zpl)
    expect(texts).toContain('CHINA')
    expect(texts).not.toContain('王小明')
  })

  it('refuses an identifier that is not a valid S10', () => {
    expect(() => itemLabel({ ...ITEM, itemId: 'RR123456784FR' }, { dpi: 203 })).toThrow(
      /not a valid S10 item identifier\. Check digit is 4/,
    )
    expect(() => itemLabel({ ...ITEM, itemId: 'RR12345>785FR' }, { dpi: 203 })).toThrow(/not a valid S10/)
  })

  it('refuses addresses and declarations longer than the label has room for', () => {
    const longAddress = {
      ...ITEM.addressee,
      lines: ['c/o Reception', 'Floor 12', 'Apt 4B', '350 Fifth Avenue'],
    }
    expect(() => itemLabel({ ...ITEM, addressee: longAddress }, { dpi: 203 })).toThrow(
      /addressee address has 4 street lines; a label has room for 3/,
    )
    const line = ITEM.customs?.contents[0]
    const customs = { ...ITEM.customs!, contents: [line!, line!, line!, line!] }
    expect(() => itemLabel({ ...ITEM, customs }, { dpi: 203 })).toThrow(/CN 22: 4 content lines/)
  })

  it('fits the fullest data it accepts: three street lines, phones, three content lines, explanation, signature', () => {
    const full = { ...ITEM.addressee, lines: ['c/o Reception', 'Floor 12', '350 Fifth Avenue'] }
    const sender = { ...ITEM.sender, lines: ['Boutique Les Ateliers', 'Bâtiment B', '12 rue de la Paix'] }
    const line = ITEM.customs!.contents[0]!
    const customs = { ...ITEM.customs!, explanation: 'Handmade goods', contents: [line, line, line] }
    for (const dpi of DPIS) {
      const logo = blackBar(dpi === 203 ? 160 : 240, dpi === 203 ? 80 : 120)
      expect(() => itemLabel({ ...ITEM, sender, addressee: full, customs }, { dpi, logo })).not.toThrow()
    }
  })
})
