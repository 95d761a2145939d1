// The parts the CN 22 and the CN 23 share: the category boxes, the table of contents with weights, values,
// tariff numbers and origins, and the totals. Kept in one place so both forms always agree.
import { type LabelCanvas, LINE_PITCH } from './canvas'
import { formatAmount } from './readable'
import type { BlockPlacement, CustomsCategory, CustomsDeclaration } from './types'

/** Category boxes in the order the forms print them, with their English names. */
export const CUSTOMS_CATEGORY_NAMES: Readonly<Record<CustomsCategory, string>> = {
  gift: 'Gift',
  commercial_sample: 'Commercial sample',
  documents: 'Documents',
  returned_goods: 'Returned goods',
  sale_of_goods: 'Sale of goods',
  other: 'Other',
}

const TEXT = 2.5
const CAPTION = 2.2
const BOX = 2.6
/** Table columns as shares of the block width: quantity, description, weight, value, HS code, origin. */
const COLUMNS = [0, 0.07, 0.46, 0.6, 0.74, 0.88] as const

function column(at: BlockPlacement, index: number): number {
  return at.xMm + (COLUMNS[index] ?? 0) * at.widthMm
}

function nonNegative(value: number): boolean {
  return Number.isFinite(value) && value >= 0
}

/** Throws when the declaration cannot be printed on the form: no contents, too many lines, impossible amounts. */
export function assertDeclaration(declaration: CustomsDeclaration, form: string, maxLines: number): void {
  const { contents } = declaration
  if (contents.length === 0) throw new RangeError(`${form}: the declaration lists no contents`)
  if (contents.length > maxLines) {
    throw new RangeError(`${form}: ${contents.length} content lines, the form has room for ${maxLines}`)
  }
  contents.forEach((line, i) => {
    if (!Number.isInteger(line.quantity) || line.quantity < 1) {
      throw new RangeError(`${form}: line ${i + 1} quantity must be a whole number of at least 1`)
    }
    if (!nonNegative(line.netWeightKg) || !nonNegative(line.value)) {
      throw new RangeError(`${form}: line ${i + 1} weight and value must be numbers of 0 or more`)
    }
  })
  if (declaration.totalGrossWeightKg !== undefined && !nonNegative(declaration.totalGrossWeightKg)) {
    throw new RangeError(`${form}: the total gross weight must be a number of 0 or more`)
  }
}

/** The six category boxes in two rows of three, the declared one filled; returns the y below. */
export function drawCategories(
  canvas: LabelCanvas,
  declaration: CustomsDeclaration,
  at: BlockPlacement,
): number {
  const names = Object.entries(CUSTOMS_CATEGORY_NAMES) as [CustomsCategory, string][]
  names.forEach(([category, name], i) => {
    const x = at.xMm + (i % 3) * (at.widthMm / 3)
    const y = at.yMm + Math.floor(i / 3) * (BOX + 1)
    canvas.box(x, y, BOX, BOX, 0.25)
    if (category === declaration.category) canvas.box(x + 0.5, y + 0.5, BOX - 1, BOX - 1, BOX - 1)
    canvas.text(name, x + BOX + 1, y + 0.2, TEXT)
  })
  let y = at.yMm + 2 * (BOX + 1)
  if (declaration.explanation) {
    canvas.text('EXPLANATION', at.xMm, y + 0.2, CAPTION)
    y +=
      canvas.paragraph(declaration.explanation, at.xMm + 18, y, TEXT, at.widthMm - 18, 1) * TEXT * LINE_PITCH
  }
  return y + 0.5
}

/** Total weight: the declared gross weight, or the sum of the net weights. */
export function totalWeightKg(declaration: CustomsDeclaration): number {
  return declaration.totalGrossWeightKg ?? declaration.contents.reduce((sum, l) => sum + l.netWeightKg, 0)
}

export function totalValue(declaration: CustomsDeclaration): number {
  return declaration.contents.reduce((sum, l) => sum + l.value, 0)
}

/** Column captions, one row per content line (descriptions on up to two lines), totals; returns the y below. */
export function drawContents(
  canvas: LabelCanvas,
  declaration: CustomsDeclaration,
  at: BlockPlacement,
): number {
  const captions = [
    'QTY',
    'DETAILED DESCRIPTION OF CONTENTS',
    'WEIGHT KG',
    `VALUE ${declaration.currency}`,
    'HS CODE',
    'ORIGIN',
  ]
  captions.forEach((caption, i) => canvas.text(caption, column(at, i), at.yMm, CAPTION))
  let y = at.yMm + CAPTION * LINE_PITCH + 0.3
  canvas.rule(at.xMm, y - 0.4, at.widthMm, 0.2)
  const descriptionWidth = (COLUMNS[2] - COLUMNS[1]) * at.widthMm - 1
  for (const line of declaration.contents) {
    canvas.text(String(line.quantity), column(at, 0), y, TEXT)
    const lines = canvas.paragraph(line.description, column(at, 1), y, TEXT, descriptionWidth, 2)
    canvas.text(line.netWeightKg.toFixed(3), column(at, 2), y, TEXT)
    canvas.text(formatAmount(line.value), column(at, 3), y, TEXT)
    canvas.text(line.hsCode ?? '', column(at, 4), y, TEXT)
    canvas.text(line.originCountry ?? '', column(at, 5), y, TEXT)
    y += Math.max(lines, 1) * TEXT * LINE_PITCH + 0.3
  }
  canvas.rule(at.xMm, y, at.widthMm, 0.2)
  y += 0.6
  canvas.text('TOTAL', column(at, 1), y, TEXT)
  canvas.text(totalWeightKg(declaration).toFixed(3), column(at, 2), y, TEXT)
  canvas.text(`${formatAmount(totalValue(declaration))} ${declaration.currency}`, column(at, 3), y, TEXT)
  return y + TEXT * LINE_PITCH + 0.3
}

/** The sender's signature line, when the declaration carries one; returns the y below. */
export function drawSignature(
  canvas: LabelCanvas,
  declaration: CustomsDeclaration,
  at: BlockPlacement,
): number {
  if (!declaration.signature) return at.yMm
  canvas.text("DATE AND SENDER'S SIGNATURE", at.xMm, at.yMm + 0.2, CAPTION)
  canvas.text(declaration.signature.date, at.xMm + 42, at.yMm, TEXT)
  canvas.text(declaration.signature.name, at.xMm + 60, at.yMm, TEXT)
  return at.yMm + TEXT * LINE_PITCH
}
