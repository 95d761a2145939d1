// Looking at what a label actually draws: the dots of a ^GFA graphic (decoded back from Z64) and the
// dark pixels of a rendered PNG, so tests can compare them.
import { inflateSync } from 'node:zlib'
import { PNG } from 'pngjs'
import type { LabelGraphic } from '../../../src/station/labels'

/** The graphic's dots, row by row: true where the printer burns a dot. */
export function graphicDots(g: LabelGraphic): boolean[][] {
  const match = /^:Z64:([A-Za-z0-9+/=]+):[0-9a-f]{4}$/.exec(g.data)
  if (!match?.[1]) throw new Error(`not a Z64 graphic: ${g.data.slice(0, 40)}`)
  const bytes = inflateSync(Buffer.from(match[1], 'base64'))
  if (bytes.length !== g.totalBytes)
    throw new Error(`graphic has ${bytes.length} bytes, says ${g.totalBytes}`)
  const rows: boolean[][] = []
  for (let y = 0; y < g.height; y++) {
    const row: boolean[] = []
    for (let x = 0; x < g.width; x++)
      row.push(((bytes[y * g.rowBytes + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0)
    rows.push(row)
  }
  return rows
}

export const countDots = (dots: boolean[][]): number => dots.flat().filter(Boolean).length

/** The ^GFA command that prints the graphic at (x, y). */
export const gfa = (g: LabelGraphic, x: number, y: number): string =>
  `^FO${x},${y}^GFA,${g.totalBytes},${g.totalBytes},${g.rowBytes},${g.data}^FS`

export interface Area {
  x: number
  y: number
  width: number
  height: number
}

/** A rendered PNG as dark (true) or light pixels. */
export function pngDots(png: Buffer): {
  width: number
  height: number
  dark: (x: number, y: number) => boolean
} {
  const img = PNG.sync.read(png)
  const dark = (x: number, y: number): boolean => {
    const i = (y * img.width + x) * 4
    const a = (img.data[i + 3] ?? 0) / 255
    const gray = ((img.data[i] ?? 0) + (img.data[i + 1] ?? 0) + (img.data[i + 2] ?? 0)) / 3
    return gray * a + 255 * (1 - a) < 128
  }
  return { width: img.width, height: img.height, dark }
}

/** Dark pixels of the PNG inside the area (and outside it, when `inside` is false). */
export function darkPixels(png: Buffer, area: Area, inside = true): number {
  const img = pngDots(png)
  let n = 0
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const within = x >= area.x && x < area.x + area.width && y >= area.y && y < area.y + area.height
      if (within === inside && img.dark(x, y)) n++
    }
  }
  return n
}
