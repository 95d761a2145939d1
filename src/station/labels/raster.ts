// Text the printer's built-in fonts cannot print (Arabic, Cyrillic on printers without the Unicode font,
// CJK…) goes on the label as a ^GFA graphic. resvg lays the text out with the fonts installed here
// (shaping: Arabic comes out joined and right to left), renders it, and zpl-image packs the bitmap.
// Synchronous and cached: labels are built off the scan path, and the same address prints many times.
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js'
import { crop, inkBounds, toGraphic, type Rgba } from './bitmap'
import { missingFontMessage } from './scripts'
import type { LabelGraphic, TextRasteriser } from '../../core/labels'

export interface TextRasteriserOptions {
  /** Font files to load besides the system fonts (e.g. a font shipped with the station). */
  fontFiles?: string[]
  /** Folders of fonts to load besides the system fonts. */
  fontDirs?: string[]
  /** The family to draw with; characters it lacks fall back to any font that has them. */
  defaultFontFamily?: string
}

/** Fallback families after the chosen one: what a Debian station has (fonts-dejavu-core), then Noto. */
const FALLBACK_FAMILIES = ['DejaVu Sans', 'Noto Sans', 'Liberation Sans', 'sans-serif']
/** Font size per dot of graphic height, and the baseline's distance from the top: accented capitals
 * (0.93 em) and descenders (0.24 em) fit. A text reaching further (vocalised Arabic below a descender,
 * stacked marks) is moved, and if need be shrunk, to fit rather than cut. */
const EM_PER_HEIGHT = 0.8
const BASELINE_PER_HEIGHT = 0.76
const MAX_HEIGHT_DOTS = 600
/** A private-use code point no font draws: its rendering is the font's "missing glyph" box. */
const NO_GLYPH = '\u{10FFFD}'
/** Font size at which characters are checked against the missing-glyph box. */
const CHECK_EM = 32
const MAX_CACHED = 500

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Escapes text for an SVG text node, dropping what XML cannot carry (controls, lone surrogates). */
export function xmlText(text: string): string {
  return text
    .replace(/[^\P{Cc}\t\n\r]|[\p{Cs}\uFFFE\uFFFF]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)
}

/** Characters that need a glyph (not spaces, controls or invisible format characters). */
function visibleChars(text: string): string[] {
  return [...new Set(text)].filter(
    (c) => !/[\p{White_Space}\p{Cc}\p{Cs}\p{Default_Ignorable_Code_Point}]/u.test(c),
  )
}

function fontFamilyAttr(family: string | undefined): string {
  const names = family ? [family, ...FALLBACK_FAMILIES.filter((f) => f !== family)] : FALLBACK_FAMILIES
  return names.map((n) => (n === 'sans-serif' ? n : `'${n.replace(/['"&<>]/g, '')}'`)).join(', ')
}

function render(svg: string, options: ResvgRenderOptions): Rgba {
  const img = new Resvg(svg, options).render()
  return { width: img.width, height: img.height, data: img.pixels }
}

export function createTextRasteriser(options: TextRasteriserOptions = {}): TextRasteriser {
  const resvgOptions: ResvgRenderOptions = {
    background: '#ffffff',
    logLevel: 'off',
    font: {
      loadSystemFonts: true,
      fontFiles: options.fontFiles ?? [],
      fontDirs: options.fontDirs ?? [],
      ...(options.defaultFontFamily ? { defaultFontFamily: options.defaultFontFamily } : {}),
      sansSerifFamily: options.defaultFontFamily ?? 'DejaVu Sans',
    },
  }
  const family = fontFamilyAttr(options.defaultFontFamily)
  const covered = new Map<string, boolean>()
  const cache = new Map<string, LabelGraphic>()

  /** Draws each unchecked character alone in a cell and compares it with the missing-glyph box. */
  function checkCoverage(chars: string[]): void {
    const unchecked = chars.filter((c) => !covered.has(c))
    if (unchecked.length === 0) return
    const cell = CHECK_EM * 4 // room for wide glyphs (ligatures) without spilling into the next cell
    const cells = [NO_GLYPH, ...unchecked]
    const texts = cells.map(
      (c, i) =>
        `<text x="${i * cell + CHECK_EM}" y="${CHECK_EM * 2.5}" font-family="${family}" ` +
        `font-size="${CHECK_EM}" fill="#000">${xmlText(c)}</text>`,
    )
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${cells.length * cell}" height="${cell}">` +
      `${texts.join('')}</svg>`
    const img = render(svg, resvgOptions)
    const rowBytes = cell * 4
    const sameAsNoGlyph = (i: number): boolean => {
      for (let y = 0; y < cell; y++) {
        const row = y * img.width * 4
        for (let b = 0; b < rowBytes; b++) {
          if (img.data[row + i * rowBytes + b] !== img.data[row + b]) return false
        }
      }
      return true
    }
    unchecked.forEach((c, i) => covered.set(c, !sameAsNoGlyph(i + 1)))
  }

  /** The text in black on a white canvas, starting one em from the left edge. */
  function draw(text: string, em: number, baseline: number, width: number, height: number): Rgba {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<text x="${Math.ceil(em)}" y="${baseline.toFixed(2)}" font-family="${family}" ` +
      `font-size="${em.toFixed(2)}" fill="#000">${xmlText(text)}</text></svg>`
    return render(svg, resvgOptions)
  }

  function rasterise(text: string, h: number): LabelGraphic {
    if (!Number.isInteger(h) || h < 4 || h > MAX_HEIGHT_DOTS) {
      throw new Error(
        `Cannot draw text ${h} dots high: give a whole number of dots from 4 to ${MAX_HEIGHT_DOTS}`,
      )
    }
    const chars = visibleChars(text)
    checkCoverage(chars)
    const missing = chars.filter((c) => covered.get(c) === false)
    if (missing.length > 0) throw new Error(missingFontMessage(missing))

    const pad = Math.ceil(h / 2)
    let em = h * EM_PER_HEIGHT
    let baseline = pad + h * BASELINE_PER_HEIGHT
    let width = Math.ceil([...text].length * em * 1.5 + 3 * em)
    let fitted = false
    for (;;) {
      const img = draw(text, em, baseline, width, h + 2 * pad)
      const ink = inkBounds(img)
      // Characters that print nothing although a font claims them: as good as missing.
      if (!ink && chars.length > 0) throw new Error(missingFontMessage(chars))
      // Nothing to print (an empty or all-space text): a blank graphic one byte wide keeps the layout.
      if (!ink) return toGraphic(crop(img, { left: 0, top: pad, right: 7, bottom: pad + h - 1 }))
      // Ink touching the right edge may have been cut off: draw again on a wider canvas.
      if (ink.right >= width - 1) {
        width *= 2
        continue
      }
      // Ink above or below the graphic: shrink about the baseline if too tall, then move it inside.
      if (!fitted && (ink.top < pad || ink.bottom >= pad + h)) {
        const scale = Math.min(1, (h - 1) / (ink.bottom - ink.top + 1))
        const top = baseline - (baseline - ink.top) * scale
        const bottom = baseline + (ink.bottom - baseline) * scale
        em *= scale
        baseline += top < pad ? pad - top : Math.min(0, pad + h - 1 - bottom)
        fitted = true
        continue
      }
      return toGraphic(crop(img, { left: ink.left, top: pad, right: ink.right, bottom: pad + h - 1 }))
    }
  }

  return (text, heightDots) => {
    const key = `${heightDots}\u0000${text}`
    let graphic = cache.get(key)
    if (!graphic) {
      graphic = rasterise(text, heightDots)
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string)
      cache.set(key, graphic)
    }
    return graphic
  }
}
