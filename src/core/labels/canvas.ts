// One place that writes ZPL fields, so that every text is escaped (or drawn as a graphic) the same way and every
// position is converted from millimetres the same way. Builders describe a label in millimetres; this turns it
// into dots for one resolution.
import { needsRaster } from './charset'
import { CODE128_QUIET_ZONE_MODULES, code128Symbol } from './code128'
import { escapeFieldData } from './escape'
import { assertGraphic, graphicField } from './graphic'
import { LABEL_SIZE_MM, labelDots, mmToDots, type Dpmm } from './resolution'
import type { LabelGraphic, LabelZpl, TextRasteriser } from './types'
import { charactersThatFit, wrapText } from './wrap'

/** UPU S10: bars at least 12.5 mm tall, or 15 % of the symbol width if that is more. */
export const MIN_BAR_HEIGHT_MM = 12.5
const BAR_HEIGHT_MM = 15
const BAR_HEIGHT_SHARE_OF_WIDTH = 0.15

/** Module width tried first: 0.375 mm at 8 dots/mm, 0.42 mm at 12 (S10 allows up to 0.51 mm). */
const PREFERRED_MODULE_DOTS: Record<Dpmm, number> = { 8: 3, 12: 5 }
/** Narrowest module the builders accept, 0.25 mm, which scanners at a bagging station read reliably. */
const MIN_MODULE_MM = 0.25

/** Line pitch of text, as a multiple of its height. */
export const LINE_PITCH = 1.2

export interface PlacedBarcode {
  /** Left edge of the bars, in millimetres. */
  xMm: number
  /** Bar height in millimetres. */
  heightMm: number
  /** Module width in dots (the `^BY` value). */
  moduleDots: number
}

export class LabelCanvas {
  readonly widthDots: number
  readonly heightDots: number
  /** Texts drawn as graphics, in order. */
  readonly rasterised: string[] = []
  private readonly fields: string[] = []

  constructor(
    readonly dpmm: Dpmm,
    private readonly rasterise?: TextRasteriser,
  ) {
    const { widthDots, heightDots } = labelDots(dpmm)
    this.widthDots = widthDots
    this.heightDots = heightDots
  }

  dots(mm: number): number {
    return mmToDots(mm, this.dpmm)
  }

  /**
   * Every text on every label goes through here. Font 0, escaped after `^FH_`; or, when font 0 lacks a
   * character and a rasteriser was given, a picture of the text, recorded in `rasterised`.
   */
  text(text: string, xMm: number, yMm: number, heightMm: number): void {
    if (text === '') return
    const x = this.dots(xMm)
    const y = this.dots(yMm)
    const height = this.dots(heightMm)
    if (this.rasterise && needsRaster(text)) {
      const graphic = this.rasterise(text, height)
      assertGraphic(graphic, `rasterised text ${JSON.stringify(text)}`)
      this.fields.push(graphicField(x, y, graphic))
      this.rasterised.push(text)
      return
    }
    this.fields.push(`^FO${x},${y}^A0N,${height},${height}^FH_^FD${escapeFieldData(text)}^FS`)
  }

  /** Text wrapped to a width, at most maxLines lines; returns how many lines it took. */
  paragraph(
    text: string,
    xMm: number,
    yMm: number,
    heightMm: number,
    widthMm: number,
    maxLines: number,
  ): number {
    const lines = wrapText(text, charactersThatFit(widthMm, heightMm), maxLines)
    lines.forEach((line, i) => this.text(line, xMm, yMm + i * heightMm * LINE_PITCH, heightMm))
    return lines.length
  }

  /** A black rectangle outline; as thick as it is high, a horizontal rule. */
  box(xMm: number, yMm: number, widthMm: number, heightMm: number, thicknessMm: number): void {
    const thickness = Math.max(1, this.dots(thicknessMm))
    const width = Math.max(thickness, this.dots(widthMm))
    const height = Math.max(thickness, this.dots(heightMm))
    this.fields.push(`^FO${this.dots(xMm)},${this.dots(yMm)}^GB${width},${height},${thickness}^FS`)
  }

  rule(xMm: number, yMm: number, widthMm: number, thicknessMm = 0.3): void {
    this.box(xMm, yMm, widthMm, thicknessMm, thicknessMm)
  }

  /**
   * The operator logo with its top-left corner at (xMm, yMm); returns its size in millimetres. Throws when it
   * is wider than the label or taller than the room the layout keeps for it.
   */
  logo(
    logo: LabelGraphic,
    xMm: number,
    yMm: number,
    maxHeightMm: number,
  ): { widthMm: number; heightMm: number } {
    const widthMm = logo.width / this.dpmm
    const heightMm = logo.height / this.dpmm
    if (xMm + widthMm > LABEL_SIZE_MM.widthMm - xMm || heightMm > maxHeightMm) {
      throw new RangeError(
        `The logo is ${widthMm.toFixed(1)} × ${heightMm.toFixed(1)} mm at ${this.dpmm} dots/mm; ` +
          `this label has room for ${(LABEL_SIZE_MM.widthMm - 2 * xMm).toFixed(1)} × ${maxHeightMm} mm`,
      )
    }
    this.graphic(logo, xMm, yMm, 'logo')
    return { widthMm, heightMm }
  }

  /** A graphic made for this resolution; `what` names it in errors. */
  graphic(graphic: LabelGraphic, xMm: number, yMm: number, what: string): void {
    assertGraphic(graphic, what)
    this.fields.push(graphicField(this.dots(xMm), this.dots(yMm), graphic))
  }

  /**
   * A Code 128 centred across the label, bars from yMm down, no interpretation line (the builders print the
   * grouped text themselves). The module width is the preferred one, or narrower until symbol and quiet zones
   * fit the label width; an identifier that fits at none throws.
   */
  code128(data: string, yMm: number): PlacedBarcode {
    const symbol = code128Symbol(data)
    const span = symbol.modules + 2 * CODE128_QUIET_ZONE_MODULES
    const narrowest = Math.ceil(MIN_MODULE_MM * this.dpmm)
    let moduleDots = PREFERRED_MODULE_DOTS[this.dpmm]
    while (moduleDots > narrowest && span * moduleDots > this.widthDots) moduleDots--
    if (span * moduleDots > this.widthDots) {
      throw new RangeError(`Code 128 of ${JSON.stringify(data)} does not fit the label width`)
    }
    const widthDots = symbol.modules * moduleDots
    const x = Math.floor((this.widthDots - widthDots) / 2)
    const height = Math.max(this.dots(BAR_HEIGHT_MM), Math.ceil(widthDots * BAR_HEIGHT_SHARE_OF_WIDTH))
    this.fields.push(
      `^FO${x},${this.dots(yMm)}^BY${moduleDots}^BCN,${height},N,N,N^FH_^FD${symbol.fieldData}^FS`,
    )
    return { xMm: x / this.dpmm, heightMm: height / this.dpmm, moduleDots }
  }

  /** The fields drawn so far, one per line. */
  body(): string {
    return this.fields.join('\n')
  }

  /** Throws when content reaches below the label: a layout bug, or data past the documented limits. */
  assertFits(bottomMm: number, what: string): void {
    if (bottomMm > LABEL_SIZE_MM.heightMm) {
      throw new RangeError(`${what} does not fit on the label: it needs ${bottomMm.toFixed(1)} mm`)
    }
  }

  /** The whole label: UTF-8 text (`^CI28`), print width and length for 4 × 6 in, then the fields. */
  finish(barcode: string): LabelZpl {
    const head = ['^XA', '^CI28', `^PW${this.widthDots}`, `^LL${this.heightDots}`, '^LH0,0']
    return {
      zpl: `${[...head, this.body(), '^XZ'].join('\n')}\n`,
      ...LABEL_SIZE_MM,
      dpmm: this.dpmm,
      barcode,
      rasterised: [...this.rasterised],
    }
  }
}
