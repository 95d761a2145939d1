// The operator's logo on labels: a PNG (resources/labels/logo.png by default, see its README) scaled to
// the height the label builder asks for and thresholded to a 1-bit ^GFA graphic. Blank margins of the
// file are cut first so the mark itself fills the height.
import { readFileSync } from 'node:fs'
import { PNG } from 'pngjs'
import { crop, inkBounds, scale, toGraphic } from './bitmap'
import type { LabelGraphic } from '../../core/labels'

export function loadLogo(path: string, heightDots: number): LabelGraphic {
  if (!Number.isInteger(heightDots) || heightDots < 1 || heightDots > 2000) {
    throw new Error(
      `Cannot draw the logo ${heightDots} dots high: give a whole number of dots from 1 to 2000`,
    )
  }
  let png: PNG
  try {
    png = PNG.sync.read(readFileSync(path))
  } catch (e) {
    throw new Error(`Could not read the label logo ${path}: ${(e as Error).message}`, { cause: e })
  }
  const img = { width: png.width, height: png.height, data: png.data }
  const ink = inkBounds(img)
  if (!ink) throw new Error(`The label logo ${path} is blank: nothing in it is dark enough to print`)
  const mark = crop(img, ink)
  const width = Math.max(1, Math.round((mark.width * heightDots) / mark.height))
  return toGraphic(scale(mark, width, heightDots))
}
