// The pixel work shared by the text rasteriser and the logo loader: find the ink, crop, scale, and turn
// an RGBA bitmap into a LabelGraphic with zpl-image, always with the same black threshold.
import { rgbaToZ64 } from 'zpl-image'
import type { LabelGraphic } from '../../core/labels'

/** An RGBA image, 4 bytes a pixel, rows top to bottom. */
export interface Rgba {
  width: number
  height: number
  data: Uint8Array
}

/** Percent of black at which a pixel prints, as zpl-image counts it (alpha blended on white). */
export const BLACK_PERCENT = 50
const BLACK_LEVEL = (255 * BLACK_PERCENT) / 100

/** Whether the pixel at byte offset `i` prints as a black dot (zpl-image's exact rule). */
export function isInk(data: Uint8Array, i: number): boolean {
  const a = (data[i + 3] ?? 0) / 255
  const white = 255 * (1 - a)
  const gray =
    (data[i] ?? 0) * 0.3 * a +
    white +
    (data[i + 1] ?? 0) * 0.59 * a +
    white +
    (data[i + 2] ?? 0) * 0.11 * a +
    white
  return gray <= BLACK_LEVEL
}

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** The smallest box holding every black dot (inclusive edges), or null when nothing prints. */
export function inkBounds(img: Rgba): Box | null {
  let left = img.width
  let top = img.height
  let right = -1
  let bottom = -1
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (!isInk(img.data, (y * img.width + x) * 4)) continue
      if (x < left) left = x
      if (x > right) right = x
      if (y < top) top = y
      bottom = y
    }
  }
  return right < 0 ? null : { left, top, right, bottom }
}

export function crop(img: Rgba, box: Box): Rgba {
  const width = box.right - box.left + 1
  const height = box.bottom - box.top + 1
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    const from = ((box.top + y) * img.width + box.left) * 4
    data.set(img.data.subarray(from, from + width * 4), y * width * 4)
  }
  return { width, height, data }
}

/**
 * Scales to width × height, flattened on white. Each target dot averages the source pixels it covers
 * (so thin strokes survive shrinking a large logo); when enlarging that is the nearest pixel.
 */
export function scale(img: Rgba, width: number, height: number): Rgba {
  const data = new Uint8Array(width * height * 4)
  const span = (i: number, from: number, to: number): [number, number] => {
    const a = Math.min(from - 1, Math.floor((i * from) / to))
    return [a, Math.max(a + 1, Math.floor(((i + 1) * from) / to))]
  }
  for (let y = 0; y < height; y++) {
    const [y0, y1] = span(y, img.height, height)
    for (let x = 0; x < width; x++) {
      const [x0, x1] = span(x, img.width, width)
      let r = 0
      let g = 0
      let b = 0
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const i = (sy * img.width + sx) * 4
          const a = (img.data[i + 3] ?? 0) / 255
          const white = 255 * (1 - a)
          r += (img.data[i] ?? 0) * a + white
          g += (img.data[i + 1] ?? 0) * a + white
          b += (img.data[i + 2] ?? 0) * a + white
        }
      }
      const n = (y1 - y0) * (x1 - x0)
      data.set([r / n, g / n, b / n, 255], (y * width + x) * 4)
    }
  }
  return { width, height, data }
}

/** The bitmap as it is (no trimming: the caller decided the size) as a ^GFA graphic. */
export function toGraphic(img: Rgba): LabelGraphic {
  const z = rgbaToZ64(img.data, img.width, { black: BLACK_PERCENT, notrim: true })
  return { width: z.width, height: z.height, rowBytes: z.rowlen, totalBytes: z.length, data: z.z64 }
}
