// The CN 23, the customs declaration for goods above the CN 22 limit and for parcels, as a label of its own that
// travels with the item it names by S10 barcode.
import { assertAddress, drawAddress } from './address'
import { LabelCanvas, LINE_PITCH } from './canvas'
import { assertDeclaration, drawCategories, drawContents, drawSignature } from './declaration'
import { assertItemId, drawS10 } from './item'
import { formatAmount } from './readable'
import { dpmmFor, LABEL_SIZE_MM } from './resolution'
import type { Cn23Declaration, LabelOptions, LabelZpl } from './types'

/** Content lines the CN 23 label has room for. */
export const CN23_MAX_CONTENT_LINES = 5

const MARGIN = 3
const WIDTH = LABEL_SIZE_MM.widthMm - 2 * MARGIN
const COLUMN = WIDTH / 2 + 1
const CAPTION = 2.2
const TEXT = 2.5
const ROW = CAPTION + TEXT * LINE_PITCH + 0.5

/** A caption with its value below, when the value is given. */
function captioned(
  canvas: LabelCanvas,
  caption: string,
  value: string | undefined,
  x: number,
  y: number,
): void {
  canvas.text(caption, x, y, CAPTION)
  if (value !== undefined) canvas.text(value, x, y + CAPTION + 0.5, TEXT)
}

/**
 * The CN 23 label: form title, S10 barcode of the item, sender and addressee with the sender's customs reference
 * and the importer's reference and contact, contents with totals and postal charges, category, comments,
 * licence, certificate and invoice numbers, office of origin and date of posting, signature.
 * Throws when the S10 is invalid, an address is too long or there are more than CN23_MAX_CONTENT_LINES lines.
 */
export function cn23Label(data: Cn23Declaration, options: LabelOptions): LabelZpl {
  assertItemId(data.itemId, 'a CN 23')
  assertAddress(data.sender, 'sender')
  assertAddress(data.addressee, 'addressee')
  assertDeclaration(data, 'CN 23', CN23_MAX_CONTENT_LINES)
  const canvas = new LabelCanvas(dpmmFor(options.dpi), options.rasterise)
  const rule = (y: number): void => canvas.rule(MARGIN, y, WIDTH, 0.3)
  const right = MARGIN + COLUMN

  let y = 2.5
  if (options.logo) y += canvas.logo(options.logo, MARGIN, y, 10).heightMm + 1
  canvas.text('CN 23', MARGIN, y, 5)
  canvas.text('CUSTOMS DECLARATION', MARGIN + 17, y + 1, 3.5)
  canvas.text('May be opened officially', MARGIN + WIDTH * 0.66, y + 1.5, TEXT)
  y += 6
  if (data.operator) {
    canvas.text('DESIGNATED OPERATOR', MARGIN, y + 0.2, CAPTION)
    canvas.text(data.operator, MARGIN + 30, y, TEXT)
    y += TEXT * LINE_PITCH
  }
  canvas.text('ITEM NO.', MARGIN, y + 1, CAPTION)
  y = drawS10(canvas, data.itemId, y + 2) + 0.8
  rule(y)

  y += 1
  canvas.text('FROM', MARGIN, y, CAPTION)
  canvas.text('TO', right, y, CAPTION)
  y += CAPTION * LINE_PITCH
  const sizes = { name: 2.8, line: TEXT, city: TEXT }
  const senderEnd = drawAddress(canvas, data.sender, { xMm: MARGIN, yMm: y, widthMm: COLUMN - 1 }, sizes)
  const addresseeEnd = drawAddress(canvas, data.addressee, { xMm: right, yMm: y, widthMm: COLUMN - 1 }, sizes)
  y = Math.max(senderEnd, addresseeEnd) + 0.5
  captioned(canvas, "SENDER'S CUSTOMS REFERENCE", data.senderReference, MARGIN, y)
  captioned(canvas, 'IMPORTER REFERENCE (TAX/VAT/CODE)', data.importerReference, right, y)
  y += ROW
  const charges =
    data.postalCharges === undefined ? undefined : `${formatAmount(data.postalCharges)} ${data.currency}`
  captioned(canvas, 'POSTAL CHARGES/FEES', charges, MARGIN, y)
  captioned(canvas, 'IMPORTER TEL./FAX/E-MAIL', data.importerContact, right, y)
  y += ROW
  rule(y)

  y = drawContents(canvas, data, { xMm: MARGIN, yMm: y + 1, widthMm: WIDTH })
  rule(y)
  y = drawCategories(canvas, data, { xMm: MARGIN, yMm: y + 0.8, widthMm: WIDTH })

  canvas.text('COMMENTS', MARGIN, y + 0.2, CAPTION)
  const commentLines = data.comments
    ? canvas.paragraph(data.comments, MARGIN + 15, y, TEXT, WIDTH - 15, 2)
    : 1
  y += commentLines * TEXT * LINE_PITCH + 0.3
  const third = WIDTH / 3
  captioned(canvas, 'LICENCE NO(S).', data.licenceNumbers, MARGIN, y)
  captioned(canvas, 'CERTIFICATE NO(S).', data.certificateNumbers, MARGIN + third, y)
  captioned(canvas, 'INVOICE NO.', data.invoiceNumber, MARGIN + 2 * third, y)
  y += ROW
  captioned(canvas, 'OFFICE OF ORIGIN', data.officeOfOrigin, MARGIN, y)
  captioned(canvas, 'DATE OF POSTING', data.dateOfPosting, MARGIN + 2 * third, y)
  y += ROW
  y = drawSignature(canvas, data, { xMm: MARGIN, yMm: y, widthMm: WIDTH })
  canvas.assertFits(y + MARGIN, 'The CN 23')
  return canvas.finish(data.itemId)
}
