// Graphics come from outside core (a logo file, a text rasteriser) and go into the ZPL unescaped, since `^GFA`
// data cannot be hex-escaped. They are checked here so that a faulty rasteriser cannot put a `^` or `~` into the
// command stream, nor a byte count that makes the printer swallow the commands that follow.
import type { LabelGraphic } from './types'

// Hex digits, ACS run-length letters (G–Y, g–z) and `,` `!` `:`, and base64 with its `:Z64:`/`:B64:` framing.
const GRAPHIC_DATA = /^[0-9A-Za-z+/=:,!]+$/

function positiveInteger(value: number): boolean {
  return Number.isInteger(value) && value > 0
}

/** Throws when the graphic could not be sent as it is; `what` names it in the message ("logo"). */
export function assertGraphic(graphic: LabelGraphic, what: string): void {
  const { width, height, rowBytes, totalBytes, data } = graphic
  if (![width, height, rowBytes, totalBytes].every(positiveInteger)) {
    throw new RangeError(`${what}: width, height, rowBytes and totalBytes must be positive integers`)
  }
  if (rowBytes * height !== totalBytes) {
    throw new RangeError(`${what}: totalBytes ${totalBytes} is not rowBytes ${rowBytes} × height ${height}`)
  }
  if (width > rowBytes * 8) {
    throw new RangeError(`${what}: width ${width} dots does not fit in rows of ${rowBytes} bytes`)
  }
  if (!GRAPHIC_DATA.test(data)) {
    throw new RangeError(`${what}: data may hold only hex, ACS or base64 characters`)
  }
}

/** `^FO…^GFA…^FS` for a graphic whose top-left corner is at (x, y) dots. */
export function graphicField(x: number, y: number, graphic: LabelGraphic): string {
  const { totalBytes, rowBytes, data } = graphic
  return `^FO${x},${y}^GFA,${totalBytes},${totalBytes},${rowBytes},${data}^FS`
}
