// The CN 33-style special list annexed to the CN 31: every registered or insured item of the dispatch by its
// S10 id, five columns read top to bottom, numbered so a count can be checked and an item found. Thousands of
// ids fill a few pages, not hundreds.
import { groupS10 } from '../../core/labels'
import { formatCount } from './format'
import { CONTENT_WIDTH, LEFT, MUTED, RULE, type Sheet } from './sheet'
import { heading } from './table'

const COLUMNS = 5
const ROW = 11.5
const NUMBER_WIDTH = 26
const TITLE = 'Special list — Registered and insured items (CN 33)'

function itemId(id: string): string {
  return id.length === 13 ? groupS10(id) : id
}

export function registeredList(sheet: Sheet, ids: readonly string[]): void {
  if (ids.length === 0) return
  sheet.ensure(17 + 3 * ROW)
  const aside = `${formatCount(ids.length)} items`
  const columnWidth = CONTENT_WIDTH / COLUMNS
  let done = 0
  while (done < ids.length) {
    if (done > 0) sheet.newPage()
    heading(sheet, done > 0 ? `${TITLE} (continued)` : TITLE, LEFT, CONTENT_WIDTH, aside)
    sheet.line(LEFT, sheet.y, LEFT + CONTENT_WIDTH, sheet.y)
    sheet.y += 3
    const capacity = Math.max(1, Math.floor(sheet.room / ROW)) * COLUMNS
    const count = Math.min(capacity, ids.length - done)
    const rows = Math.ceil(count / COLUMNS)
    const top = sheet.y
    for (let c = 0; c < COLUMNS; c++) {
      const x = LEFT + c * columnWidth
      if (c > 0) sheet.line(x - 3, top, x - 3, top + rows * ROW)
      for (let r = 0; r < rows; r++) {
        const k = c * rows + r
        if (k >= count) break
        const y = top + r * ROW
        const n = done + k + 1
        sheet.text(`${n}`, x, y, { size: 7, color: MUTED, width: NUMBER_WIDTH - 4, align: 'right' })
        sheet.text(itemId(ids[done + k] ?? ''), x + NUMBER_WIDTH, y - 0.5, { size: 8 })
      }
    }
    sheet.y = top + rows * ROW + 2
    sheet.line(LEFT, sheet.y, LEFT + CONTENT_WIDTH, sheet.y, RULE)
    sheet.y += 8
    done += count
  }
}
