// Text in scripts the printer fonts lack, drawn with the fonts installed here (DejaVu Sans on Debian):
// Cyrillic and Arabic come out as graphics that print, Arabic joined and right to left, and a script
// no installed font has is refused with the characters and what to install.
import { execFileSync } from 'node:child_process'
import { Resvg } from '@resvg/resvg-js'
import { afterAll, describe, expect, it } from 'vitest'
import { closePreviewRenderer, createTextRasteriser, renderPreview } from '../../../src/station/labels'
import { countDots, darkPixels, gfa, graphicDots, pngDots } from './pixels'

const raster = createTextRasteriser({ defaultFontFamily: 'DejaVu Sans' })
const fontsFor = (pattern: string): string => execFileSync('fc-list', [pattern], { encoding: 'utf8' }).trim()

afterAll(() => closePreviewRenderer())

describe('createTextRasteriser', () => {
  it('draws Cyrillic as a graphic exactly the height asked, wider for longer text', () => {
    const short = raster('Москва', 40)
    const long = raster('Москва, ул. Тверская 7', 40)
    for (const g of [short, long]) {
      expect(g.height).toBe(40)
      expect(g.rowBytes).toBe(Math.ceil(g.width / 8))
      expect(g.totalBytes).toBe(g.rowBytes * g.height)
      expect(g.data).toMatch(/^:Z64:[A-Za-z0-9+/=]+:[0-9a-f]{4}$/)
      expect(countDots(graphicDots(g))).toBeGreaterThan(100)
    }
    expect(long.width).toBeGreaterThan(short.width * 2.5)
    expect(raster('Москва', 80).width).toBeGreaterThan(short.width * 1.8)
  })

  it('draws Arabic joined and right to left', () => {
    const word = 'القاهرة'
    const g = raster(word, 48)
    expect(countDots(graphicDots(g))).toBeGreaterThan(100)
    // Joined letters take their narrow initial/medial forms: the word is narrower than the same letters
    // kept apart by zero-width non-joiners (which draw nothing themselves).
    const apart = raster([...word].join('\u200C'), 48)
    expect(g.width).toBeLessThan(apart.width * 0.9)

    // In 'اب' (alef, then beh) the tall alef is read first, so it stands at the right end.
    const dots = graphicDots(raster('اب', 48))
    const columns = dots[0]!.map((_, x) => x)
    const top = dots.findIndex((row) => row.some(Boolean))
    const tall = columns.filter((x) => dots.slice(top, top + 6).some((row) => row[x]))
    const middle = dots[0]!.length / 2
    expect(tall.length).toBeGreaterThan(0)
    expect(Math.min(...tall)).toBeGreaterThan(middle)
  })

  it('moves text reaching below the descenders up into the graphic instead of cutting it', () => {
    // Vocalised Arabic: kasras under descending letters reach 0.39 em below the baseline.
    const text = 'مُحَمَّد إِبْرَاهِيم'
    const g = raster(text, 40)
    expect(g.height).toBe(40)
    // The same text at the same size (0.8 × 40 dots) on a canvas with room to spare.
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="120"><text x="20" y="60" ` +
      `font-family="DejaVu Sans" font-size="32">${text}</text></svg>`
    const pixels = new Resvg(svg, { background: '#fff', font: { loadSystemFonts: true } }).render().pixels
    const inkRows = (rows: number, width: number, dark: (x: number, y: number) => boolean): number =>
      Array.from({ length: rows }, (_, y) => y).filter((y) =>
        Array.from({ length: width }, (_, x) => x).some((x) => dark(x, y)),
      ).length
    const uncut = inkRows(120, 600, (x, y) => (pixels[(y * 600 + x) * 4] ?? 255) < 128)
    const dots = graphicDots(g)
    expect(uncut).toBeGreaterThan(34)
    expect(inkRows(40, g.width, (x, y) => dots[y]?.[x] === true)).toBeGreaterThanOrEqual(uncut - 1)
  })

  it('prints where the ^GFA puts it, dot for dot, in the preview', async () => {
    const g = raster('Москва, ул. Тверская 7', 40)
    const png = await renderPreview(`^XA${gfa(g, 50, 60)}^XZ`, { widthMm: 100, heightMm: 30, dpmm: 8 })
    const area = { x: 50, y: 60, width: g.width, height: g.height }
    expect(darkPixels(png, area, false)).toBe(0)
    const img = pngDots(png)
    const dots = graphicDots(g)
    let differ = 0
    dots.forEach((row, y) => row.forEach((on, x) => (differ += on === img.dark(50 + x, 60 + y) ? 0 : 1)))
    expect(differ).toBe(0)
    expect(darkPixels(png, area)).toBe(countDots(dots))
  })

  it('caches: the same text and height give the same graphic object', () => {
    expect(raster('Тверская', 40)).toBe(raster('Тверская', 40))
    expect(raster('Тверская', 40)).not.toBe(raster('Тверская', 41))
  })

  it('escapes the text for the SVG it draws through', () => {
    const g = raster('<b>A & B</b> "x" \'y\'', 30)
    expect(g.width).toBeGreaterThan(raster('A & B', 30).width)
  })

  it('gives a blank graphic one byte wide for an empty text', () => {
    for (const text of ['', '   ']) {
      const g = raster(text, 30)
      expect([g.width, g.height, g.rowBytes]).toEqual([8, 30, 1])
      expect(countDots(graphicDots(g))).toBe(0)
    }
  })

  it.skipIf(fontsFor(':lang=zh') !== '')(
    'names the characters no installed font has, and a font to install',
    () => {
      expect(() => raster('Paris 北京', 40)).toThrow(
        'No installed font can draw 北京: install a font with Chinese characters (e.g. fonts-wqy-microhei)',
      )
    },
  )

  it.skipIf(fontsFor(':charset=10000') !== '')('says so for a script it has no hint for', () => {
    expect(() => createTextRasteriser()('\u{10000}\u{10001}', 40)).toThrow(
      'No installed font can draw \u{10000}\u{10001}: install a font with these characters (e.g. fonts-noto-core)',
    )
  })

  it('refuses a height that is not a number of dots', () => {
    expect(() => raster('Москва', 2.5)).toThrow('Cannot draw text 2.5 dots high')
  })
})
