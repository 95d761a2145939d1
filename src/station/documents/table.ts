// Tables that may run over pages. When a row does not fit, a new page starts and the heading (marked
// "continued") and the column headers are drawn again, so each page of a long dispatch can be checked alone.
// Small tables are kept whole instead (`keep`), and can be set side by side with `x`.
import { FILL, LEFT, MUTED, RULE, type Sheet, STRIPE } from './sheet'

export interface Column {
  header: string
  width: number
  align?: 'left' | 'right' | 'center'
}

export interface Cell {
  text: string
  bold?: boolean
  color?: string
}

export type Row = readonly (string | Cell)[]

export interface TableOptions {
  title: string
  /** Short figure shown at the right of the heading, e.g. the totals. */
  aside?: string
  columns: readonly Column[]
  rows: readonly Row[]
  /** Left edge; defaults to the left margin. */
  x?: number
  /** Never split this table: start a new page first if it does not fit. */
  keep?: boolean
  /** Last row drawn as a total: bold, on a rule. */
  totalRow?: Row
}

const HEADING = 17
const HEAD = 15
export const ROW_HEIGHT = 13.5
const PAD = 4
const SIZE = 8.5

export function tableHeight(rows: number, total = false): number {
  return HEADING + HEAD + (rows + (total ? 1 : 0)) * ROW_HEIGHT + 2
}

export function heading(sheet: Sheet, title: string, x: number, width: number, aside?: string): void {
  sheet.text(title, x, sheet.y, { size: 10.5, bold: true, width })
  if (aside) sheet.text(aside, x, sheet.y + 2, { size: 8, color: MUTED, width, align: 'right' })
  sheet.y += HEADING
}

function header(sheet: Sheet, x: number, columns: readonly Column[], width: number): void {
  sheet.rect(x, sheet.y, width, HEAD, { fill: FILL })
  let left = x
  for (const col of columns) {
    sheet.text(col.header, left + PAD, sheet.y + 4, {
      size: 7.5,
      bold: true,
      color: MUTED,
      width: col.width - 2 * PAD,
      align: col.align ?? 'left',
    })
    left += col.width
  }
  sheet.y += HEAD
}

function row(sheet: Sheet, x: number, columns: readonly Column[], cells: Row, bold = false): void {
  let left = x
  columns.forEach((col, i) => {
    const cell = cells[i] ?? ''
    const { text, bold: cellBold, color } = typeof cell === 'string' ? { text: cell } : cell
    if (text) {
      sheet.text(text, left + PAD, sheet.y + 3, {
        size: SIZE,
        bold: bold || cellBold === true,
        ...(color === undefined ? {} : { color }),
        width: col.width - 2 * PAD,
        align: col.align ?? 'left',
      })
    }
    left += col.width
  })
  sheet.y += ROW_HEIGHT
}

export function table(sheet: Sheet, options: TableOptions): void {
  const { title, aside, columns, rows, x = LEFT, keep = false, totalRow } = options
  const width = columns.reduce((sum, c) => sum + c.width, 0)
  sheet.ensure(keep ? tableHeight(rows.length, totalRow !== undefined) : HEADING + HEAD + ROW_HEIGHT)
  heading(sheet, title, x, width, aside)
  header(sheet, x, columns, width)
  rows.forEach((cells, i) => {
    if (sheet.ensure(ROW_HEIGHT)) {
      heading(sheet, `${title} (continued)`, x, width, aside)
      header(sheet, x, columns, width)
    }
    if (i % 2 === 1) sheet.rect(x, sheet.y, width, ROW_HEIGHT, { fill: STRIPE })
    row(sheet, x, columns, cells)
  })
  if (totalRow) {
    sheet.ensure(ROW_HEIGHT)
    sheet.line(x, sheet.y, x + width, sheet.y, MUTED, 0.75)
    row(sheet, x, columns, totalRow, true)
  }
  sheet.line(x, sheet.y, x + width, sheet.y, RULE)
  sheet.y += 2
}
