// CN 31, the letter bill placed in the dispatch: what the office of exchange of destination checks the dispatch
// against on opening it. Beyond the receptacle list it carries the item totals by mail class and, annexed, the
// CN 33-style list of registered and insured items.
import { mailClass } from '../../core/codelists'
import { LETTER_BILL } from './forms'
import { formatCount } from './format'
import { type RenderOptions, renderDocument } from './render'
import {
  offices,
  officeLine,
  particulars,
  plannedTransport,
  receptacles,
  receptacleTotals,
  signatures,
} from './sections'
import { registeredList } from './registered'
import { CONTENT_WIDTH, LEFT, MUTED, type Sheet } from './sheet'
import { type Row, table, tableHeight } from './table'
import { dispatchTotals, type DispatchTotals } from './totals'
import type { DispatchDocumentData } from './types'

function className(code: string): string {
  const entry = mailClass(code)
  return entry && entry.confirmed !== false ? `${code} — ${entry.name.en}` : code
}

function totalsAndItems(sheet: Sheet, data: DispatchDocumentData, totals: DispatchTotals): void {
  const half = (CONTENT_WIDTH - 10) / 2
  const classRows: Row[] = data.itemsByClass.map((c) => [className(c.mailClass), formatCount(c.items)])
  if (classRows.length === 0) classRows.push([{ text: 'No items recorded', color: MUTED }, '0'])
  sheet.ensure(Math.max(tableHeight(2, true), tableHeight(classRows.length, true)) + 16)
  const top = sheet.y
  receptacleTotals(sheet, totals, LEFT, half)
  const left = sheet.y
  sheet.y = top
  table(sheet, {
    title: 'Items by mail class',
    columns: [
      { header: 'Mail class', width: half - 80 },
      { header: 'Items', width: 80, align: 'right' },
    ],
    rows: classRows,
    totalRow: ['Total', formatCount(totals.items)],
    x: LEFT + half + 10,
    keep: true,
  })
  sheet.y = Math.max(left, sheet.y) + 4
  const registered = data.registeredItems.length
  const note =
    registered === 0
      ? 'No registered or insured items in this dispatch.'
      : `Registered and insured items: ${formatCount(registered)}, listed in the special list (CN 33) below.`
  sheet.text(note, LEFT, sheet.y, { size: 8, color: MUTED, width: CONTENT_WIDTH })
  sheet.y += 16
}

/** The CN 31 letter bill of a closed dispatch, as A4 PDF bytes. */
export function renderLetterBill(data: DispatchDocumentData, options: RenderOptions = {}): Promise<Buffer> {
  return renderDocument(LETTER_BILL, data, options, (sheet) => {
    const totals = dispatchTotals(data)
    offices(sheet, data)
    particulars(sheet, data)
    plannedTransport(sheet, data)
    receptacles(sheet, data, totals, 'letter')
    totalsAndItems(sheet, data, totals)
    signatures(sheet, [
      { title: 'Dispatching office of exchange', detail: officeLine(data.origin) },
      { title: 'Receiving office of exchange', detail: officeLine(data.destination) },
    ])
    registeredList(sheet, data.registeredItems)
  })
}
