// A thin writer over pdfkit that keeps the documents' layout rules in one place: A4 with fixed margins, every
// string passed through toWinAnsi, text placed at exact points with no pdfkit line wrapping (pdfkit would add
// pages on its own when a line runs past the margin), and new pages started only by us, each with the
// continuation header that says which form and dispatch it belongs to.
import { toWinAnsi } from './text'

export const PAGE_WIDTH = 595.28
export const PAGE_HEIGHT = 841.89
export const MARGIN = 36
export const LEFT = MARGIN
export const RIGHT = PAGE_WIDTH - MARGIN
export const CONTENT_WIDTH = RIGHT - LEFT
/** Top of the footer band; content ends above it. */
export const FOOTER_TOP = PAGE_HEIGHT - MARGIN - 6
export const BOTTOM = FOOTER_TOP - 10

export const INK = '#1b1e21'
export const MUTED = '#5b6168'
export const RULE = '#aab0b6'
export const FILL = '#e9ecef'
export const STRIPE = '#f6f7f8'
export const RED = '#c8102e'

export interface TextStyle {
  size?: number
  bold?: boolean
  color?: string
  /** Box width: text longer than this is cut with an ellipsis; needed for right and center alignment. */
  width?: number
  align?: 'left' | 'right' | 'center'
}

const ELLIPSIS = '…'

export class Sheet {
  y = MARGIN
  private color = ''

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly continuation: (sheet: Sheet) => void,
  ) {}

  /** Points left above the footer on this page. */
  get room(): number {
    return BOTTOM - this.y
  }

  /** Starts a new page when less than `height` is left on this one; true when it did. */
  ensure(height: number): boolean {
    if (this.y + height <= BOTTOM) return false
    this.newPage()
    return true
  }

  newPage(): void {
    this.doc.addPage()
    this.color = ''
    this.y = MARGIN
    this.continuation(this)
  }

  /** Goes back to a buffered page (0-based), e.g. to write "page N of M" once M is known. */
  switchTo(index: number): void {
    this.doc.switchToPage(index)
    this.color = ''
  }

  /** Draws one line of text with its top at (x, y). */
  text(value: string, x: number, y: number, style: TextStyle = {}): void {
    const { size = 9, bold = false, color = INK, width, align = 'left' } = style
    const doc = this.doc
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size)
    this.fill(color)
    let line = toWinAnsi(value)
    let left = x
    // Measuring costs as much as drawing: only boxed text is measured (a list of 2 000 ids is not).
    if (width !== undefined) {
      let lineWidth = doc.widthOfString(line)
      if (lineWidth > width) {
        line = this.cut(line, width)
        lineWidth = doc.widthOfString(line)
      }
      if (align === 'right') left = x + width - lineWidth
      if (align === 'center') left = x + (width - lineWidth) / 2
    }
    doc.text(line, left, y, { lineBreak: false })
  }

  /** Width of a line of text as text() would draw it. */
  measure(value: string, style: Pick<TextStyle, 'size' | 'bold'> = {}): number {
    const { size = 9, bold = false } = style
    return this.doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(size)
      .widthOfString(toWinAnsi(value))
  }

  rect(x: number, y: number, w: number, h: number, style: { fill?: string; stroke?: string }): void {
    const doc = this.doc
    doc.rect(x, y, w, h)
    if (style.fill && style.stroke) {
      this.color = ''
      doc.lineWidth(0.5).fillAndStroke(style.fill, style.stroke)
    } else if (style.fill) {
      this.fill(style.fill)
      doc.fill()
    } else {
      doc
        .lineWidth(0.5)
        .strokeColor(style.stroke ?? RULE)
        .stroke()
    }
  }

  line(x1: number, y1: number, x2: number, y2: number, color = RULE, width = 0.5): void {
    this.doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(color).stroke()
  }

  // pdfkit writes a colour operator on every call; skipping repeats keeps long lists small.
  private fill(color: string): void {
    if (color === this.color) return
    this.doc.fillColor(color)
    this.color = color
  }

  private cut(line: string, width: number): string {
    let lo = 0
    let hi = line.length
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (this.doc.widthOfString(line.slice(0, mid) + ELLIPSIS) <= width) lo = mid
      else hi = mid - 1
    }
    return line.slice(0, lo).trimEnd() + ELLIPSIS
  }
}
