// Which customs declaration an item needs, and the CN 22 as a block of the item label: the small form for
// low-value goods that travels stuck to the item.
import { LabelCanvas, LINE_PITCH } from './canvas'
import { assertDeclaration, drawCategories, drawContents, drawSignature } from './declaration'
import { dpmmFor } from './resolution'
import type { BlockPlacement, CustomsDeclaration, LabelBlock, LabelOptions } from './types'

/**
 * PARAMETER: contents worth more than this many SDR (special drawing rights) need a CN 23 instead of a CN 22
 * (UPU Convention; operators' instructions quote 300 SDR). Converting the declared currency to SDR is the
 * caller's job; parcels use a CN 23 whatever their value.
 */
export const CUSTOMS_FORM_RULE = { cn22MaxValueSdr: 300 } as const

export type CustomsForm = 'CN 22' | 'CN 23'

/** The customs form for contents of the given value in SDR: CN 22 up to the limit, CN 23 above it. */
export function customsFormFor(
  valueSdr: number,
  rule: { cn22MaxValueSdr: number } = CUSTOMS_FORM_RULE,
): CustomsForm {
  return valueSdr <= rule.cn22MaxValueSdr ? 'CN 22' : 'CN 23'
}

/** Content lines the CN 22 block has room for; more goods need a CN 23. */
export const CN22_MAX_CONTENT_LINES = 3

/** Draws the CN 22 from `at` downwards; returns the y below it. Throws on a declaration the form cannot hold. */
export function drawCn22(canvas: LabelCanvas, declaration: CustomsDeclaration, at: BlockPlacement): number {
  assertDeclaration(declaration, 'CN 22', CN22_MAX_CONTENT_LINES)
  const { xMm, widthMm } = at
  let y = at.yMm
  canvas.text('CUSTOMS DECLARATION', xMm, y, 3.5)
  canvas.text('CN 22', xMm + 40, y, 3.5)
  canvas.text('May be opened officially', xMm + widthMm * 0.64, y + 0.5, 2.5)
  y += 3.5 * LINE_PITCH
  if (declaration.operator) {
    canvas.text('DESIGNATED OPERATOR', xMm, y + 0.2, 2.2)
    canvas.text(declaration.operator, xMm + 30, y, 2.5)
    y += 2.5 * LINE_PITCH
  }
  y = drawCategories(canvas, declaration, { xMm, yMm: y + 0.3, widthMm })
  y = drawContents(canvas, declaration, { xMm, yMm: y + 0.5, widthMm })
  return drawSignature(canvas, declaration, { xMm, yMm: y, widthMm })
}

/**
 * The CN 22 as a block of ZPL fields for placing inside a label (the item label uses it for its customs block).
 * Same escaping and rasterising as whole labels; `heightMm` is how far down from `at.yMm` it reaches.
 */
export function cn22Block(
  declaration: CustomsDeclaration,
  at: BlockPlacement,
  options: LabelOptions,
): LabelBlock {
  const canvas = new LabelCanvas(dpmmFor(options.dpi), options.rasterise)
  const bottom = drawCn22(canvas, declaration, at)
  return { zpl: canvas.body(), heightMm: bottom - at.yMm, rasterised: [...canvas.rasterised] }
}
