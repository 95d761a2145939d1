// The item label, laid out in the spirit of the IPC harmonised label: fixed zones for header, sender, addressee,
// the S10 barcode and the CN 22, so that people and machines find each thing in the same place on every item.
import { parseItemId } from '../ids'
import { assertAddress, drawAddress } from './address'
import { LabelCanvas } from './canvas'
import { drawCn22 } from './customs'
import { groupS10 } from './readable'
import { dpmmFor, LABEL_SIZE_MM } from './resolution'
import type { ItemLabelData, LabelOptions, LabelZpl } from './types'

const MARGIN = 3
const WIDTH = LABEL_SIZE_MM.widthMm - 2 * MARGIN
/** Top of each zone, in millimetres; a zone ends 1 mm above the next, where a rule separates them. */
const ZONES = { header: 2, sender: 14.5, addressee: 37.5, barcode: 76, customs: 99.5 } as const
const MAX_LOGO_HEIGHT_MM = 10
const CAPTION = 2.2
const ADDRESS_X = MARGIN + 10

/** Throws when the identifier is not a valid S10: a wrong barcode on an item is worse than no label. */
export function assertItemId(itemId: string, what: string): void {
  const reading = parseItemId(itemId)
  if (reading.errors.length > 0) {
    const reasons = reading.errors.map((e) => e.message).join(' ')
    throw new Error(
      `Cannot print ${what}: ${JSON.stringify(itemId)} is not a valid S10 item identifier. ${reasons}`,
    )
  }
}

/** S10 barcode and its grouped text, from y; returns the y below. */
export function drawS10(canvas: LabelCanvas, itemId: string, y: number): number {
  const bars = canvas.code128(itemId, y)
  const textY = y + bars.heightMm + 1.5
  canvas.text(groupS10(itemId), bars.xMm, textY, 5)
  return textY + 5
}

/** The rule above a zone; throws if what was drawn above it reaches into it (a layout bug). */
function separate(canvas: LabelCanvas, zoneTop: number, aboveEnd = 0): void {
  if (aboveEnd > zoneTop - 1) {
    throw new RangeError(
      `Item label layout: content reaches ${aboveEnd.toFixed(1)} mm, past ${zoneTop - 1} mm`,
    )
  }
  canvas.rule(MARGIN, zoneTop - 1, WIDTH)
}

/**
 * The item label: header with operator and product (and logo), FROM and TO blocks, the S10 in Code 128 with
 * its grouped text, and an optional CN 22. Throws when the S10 is invalid, an address has more than
 * MAX_ADDRESS_LINES street lines or the CN 22 more than CN22_MAX_CONTENT_LINES lines.
 */
export function itemLabel(data: ItemLabelData, options: LabelOptions): LabelZpl {
  assertItemId(data.itemId, 'an item label')
  assertAddress(data.sender, 'sender')
  assertAddress(data.addressee, 'addressee')
  const canvas = new LabelCanvas(dpmmFor(options.dpi), options.rasterise)

  let headerX = MARGIN
  if (options.logo) headerX += canvas.logo(options.logo, MARGIN, ZONES.header, MAX_LOGO_HEIGHT_MM).widthMm + 3
  canvas.text(data.header.operator, headerX, ZONES.header, 3)
  canvas.text(data.header.product, headerX, ZONES.header + 4, 6)
  separate(canvas, ZONES.sender)

  canvas.text('FROM', MARGIN, ZONES.sender + 0.3, CAPTION)
  const senderAt = { xMm: ADDRESS_X, yMm: ZONES.sender, widthMm: WIDTH - 10 }
  const senderEnd = drawAddress(canvas, data.sender, senderAt, { name: 2.8, line: 2.5, city: 2.5 })
  separate(canvas, ZONES.addressee, senderEnd)

  canvas.text('TO', MARGIN, ZONES.addressee + 0.5, 3.5)
  const addresseeAt = { xMm: ADDRESS_X, yMm: ZONES.addressee, widthMm: WIDTH - 10 }
  const addresseeEnd = drawAddress(canvas, data.addressee, addresseeAt, { name: 5, line: 3.5, city: 5 })
  separate(canvas, ZONES.barcode, addresseeEnd)

  const barcodeEnd = drawS10(canvas, data.itemId, ZONES.barcode + 0.5)
  if (data.customs) {
    separate(canvas, ZONES.customs, barcodeEnd)
    const customsEnd = drawCn22(canvas, data.customs, { xMm: MARGIN, yMm: ZONES.customs, widthMm: WIDTH })
    canvas.assertFits(customsEnd + MARGIN, 'The CN 22 block of the item label')
  } else {
    canvas.assertFits(barcodeEnd + MARGIN, 'The item label')
  }
  return canvas.finish(data.itemId)
}
