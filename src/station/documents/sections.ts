// The blocks the CN 31 and the delivery bills share: form header, offices, dispatch particulars, planned
// transport, receptacle list, totals, signature boxes and the "page N of M" footer. Each block starts at
// sheet.y and leaves sheet.y below itself.
import { mailCategory, mailSubclass } from '../../core/codelists'
import { groupS9 } from '../../core/labels'
import type { FormInfo } from './forms'
import { formatCount, formatDispatchNumber, formatLocalTime, formatTenths, tenthsOf } from './format'
import {
  CONTENT_WIDTH,
  FOOTER_TOP,
  INK,
  LEFT,
  MUTED,
  PAGE_WIDTH,
  RED,
  RIGHT,
  RULE,
  type Sheet,
} from './sheet'
import { type Column, type Row, table } from './table'
import type { DispatchTotals } from './totals'
import type { DispatchDocumentData, DocumentOffice } from './types'

const GAP = 10
const DASH = '—'

/** A code with its name from the code list, where the list holds a confirmed one. */
function named(code: string, entry: { name: { en: string }; confirmed?: boolean } | undefined): string {
  return entry && entry.confirmed !== false ? `${code} — ${entry.name.en}` : code
}

export function firstPageHeader(sheet: Sheet, form: FormInfo, data: DispatchDocumentData): void {
  const top = sheet.y
  sheet.text(form.form, LEFT, top, { size: 24, bold: true })
  const formWidth = sheet.measure(form.form, { size: 24, bold: true })
  const titleX = LEFT + formWidth + 12
  const titleWidth = RIGHT - 170 - titleX
  sheet.text(form.title, titleX, top + 2, { size: 12, bold: true, width: titleWidth })
  sheet.text(form.purpose, titleX, top + 18, { size: 8, color: MUTED, width: titleWidth })
  if (form.note)
    sheet.text(form.note, titleX, top + 29, { size: 7.5, bold: true, color: RED, width: titleWidth })
  const box = { x: RIGHT - 160, width: 160 }
  sheet.text('DISPATCH (S8)', box.x, top, { size: 6.5, bold: true, color: MUTED, ...box, align: 'right' })
  sheet.text(data.dispatchId, box.x, top + 9, { size: 11.5, bold: true, ...box, align: 'right' })
  const serial = `No. ${formatDispatchNumber(data.number)} / ${data.year}`
  sheet.text(serial, box.x, top + 24, { size: 9, ...box, align: 'right' })
  sheet.y = top + 42
  sheet.line(LEFT, sheet.y, RIGHT, sheet.y, INK, 1.2)
  sheet.y += GAP
}

export function continuationHeader(sheet: Sheet, form: FormInfo, data: DispatchDocumentData): void {
  const top = sheet.y
  sheet.text(`${form.form}  ${form.title}`, LEFT, top, { size: 9, bold: true, width: CONTENT_WIDTH - 170 })
  sheet.text(data.dispatchId, RIGHT - 160, top, { size: 9, bold: true, width: 160, align: 'right' })
  sheet.y = top + 14
  sheet.line(LEFT, sheet.y, RIGHT, sheet.y, INK, 0.8)
  sheet.y += GAP
}

function officeBox(sheet: Sheet, label: string, office: DocumentOffice, x: number, width: number): void {
  const top = sheet.y
  sheet.rect(x, top, width, 50, { stroke: RULE })
  sheet.text(label, x + 8, top + 6, { size: 6.5, bold: true, color: MUTED, width: width - 16 })
  sheet.text(office.code, x + 8, top + 16, { size: 15, bold: true, width: width - 16 })
  const name = office.name ?? 'Name not in the IMPC code list'
  sheet.text(name, x + 8, top + 35, { size: 9, color: office.name ? INK : MUTED, width: width - 16 })
}

export function offices(sheet: Sheet, data: DispatchDocumentData): void {
  const width = (CONTENT_WIDTH - GAP) / 2
  officeBox(sheet, 'OFFICE OF EXCHANGE OF ORIGIN', data.origin, LEFT, width)
  officeBox(sheet, 'OFFICE OF EXCHANGE OF DESTINATION', data.destination, LEFT + width + GAP, width)
  sheet.y += 50 + GAP
}

export function particulars(sheet: Sheet, data: DispatchDocumentData): void {
  const fields: [label: string, value: string, width: number][] = [
    ['MAIL CATEGORY', named(data.category, mailCategory(data.category)), 136],
    ['SUBCLASS', named(data.subclass, mailSubclass(data.subclass)), 156],
    ['DISPATCH NO.', formatDispatchNumber(data.number), 60],
    ['YEAR', String(data.year), 36],
    ['CLOSED (DATE AND TIME)', formatLocalTime(data.closedAt), 0],
  ]
  const top = sheet.y
  sheet.rect(LEFT, top, CONTENT_WIDTH, 30, { stroke: RULE })
  let x = LEFT
  for (const [label, value, w] of fields) {
    const width = w || RIGHT - x
    if (x > LEFT) sheet.line(x, top, x, top + 30)
    sheet.text(label, x + 6, top + 5, { size: 6.5, bold: true, color: MUTED, width: width - 12 })
    sheet.text(value, x + 6, top + 15, { size: 8.5, bold: true, width: width - 12 })
    x += width
  }
  sheet.y = top + 30 + GAP
}

export function plannedTransport(sheet: Sheet, data: DispatchDocumentData): void {
  const columns: Column[] = [
    { header: 'Carrier', width: 150 },
    { header: 'Flight / trip', width: 80 },
    { header: 'From', width: 70 },
    { header: 'To', width: 70 },
    { header: 'Departure', width: CONTENT_WIDTH - 370 },
  ]
  const rows: Row[] = data.transport.map((t) => [
    t.carrier,
    t.number,
    t.from,
    t.to,
    formatLocalTime(t.departure),
  ])
  if (rows.length === 0) rows.push([{ text: 'Not known at closing', color: MUTED }, DASH, DASH, DASH, DASH])
  table(sheet, { title: 'Planned transport', columns, rows })
  sheet.y += GAP
}

function receptacleId(id: string): string {
  return id.length === 29 ? groupS9(id) : id
}

/** The receptacle list; CN 31 adds item counts, delivery bills an empty column for the carrier's remarks. */
export function receptacles(
  sheet: Sheet,
  data: DispatchDocumentData,
  totals: DispatchTotals,
  form: 'letter' | 'delivery',
): void {
  const last: Column = { header: 'Last', width: 34, align: 'center' }
  const columns: Column[] = [
    { header: 'No.', width: 32, align: 'right' },
    { header: 'Receptacle identifier (S9)', width: 200 },
    { header: 'Type', width: 64 },
    { header: 'Weight kg', width: 60, align: 'right' },
    { header: 'R', width: 24, align: 'center' },
    last,
    form === 'letter'
      ? { header: 'Items', width: CONTENT_WIDTH - 414, align: 'right' }
      : { header: 'Observations', width: CONTENT_WIDTH - 414 },
  ]
  const rows: Row[] = data.receptacles.map((r) => [
    String(r.serial).padStart(3, '0'),
    receptacleId(r.id),
    r.type ?? DASH,
    formatTenths(tenthsOf(r.weightKg)),
    r.registered ? { text: 'R', bold: true, color: RED } : '',
    r.highest ? { text: 'Last', bold: true } : '',
    form === 'letter' ? formatCount(r.items) : '',
  ])
  const { all, registered } = totals
  const aside = `${formatCount(all.count)} receptacles · ${formatTenths(all.tenths)} kg · ${registered.count} registered (R)`
  table(sheet, { title: 'Receptacles', aside, columns, rows })
  sheet.y += GAP
}

export function receptacleTotals(
  sheet: Sheet,
  totals: DispatchTotals,
  x = LEFT,
  width = CONTENT_WIDTH,
): void {
  const columns: Column[] = [
    { header: 'Receptacles', width: width - 150 },
    { header: 'Number', width: 70, align: 'right' },
    { header: 'Weight kg', width: 80, align: 'right' },
  ]
  const line = (label: Row[number], c: { count: number; tenths: number }): Row => [
    label,
    formatCount(c.count),
    formatTenths(c.tenths),
  ]
  table(sheet, {
    title: 'Totals',
    columns,
    rows: [
      line('Ordinary', totals.ordinary),
      line({ text: 'Registered (R)', color: RED }, totals.registered),
    ],
    totalRow: line('Total', totals.all),
    x,
    keep: true,
  })
}

export interface SignatureBox {
  title: string
  detail: string
}

export function signatures(sheet: Sheet, boxes: readonly SignatureBox[]): void {
  const height = 78
  sheet.ensure(height + 20)
  sheet.y += 6
  const width = (CONTENT_WIDTH - GAP * (boxes.length - 1)) / boxes.length
  boxes.forEach((box, i) => {
    const x = LEFT + i * (width + GAP)
    const top = sheet.y
    sheet.rect(x, top, width, height, { stroke: RULE })
    sheet.text(box.title, x + 8, top + 7, { size: 8, bold: true, width: width - 16 })
    sheet.text(box.detail, x + 8, top + 18, { size: 7.5, color: MUTED, width: width - 16 })
    const sign = top + height - 16
    const half = (width - 24) / 2
    sheet.line(x + 8, sign, x + 8 + half, sign)
    sheet.line(x + 16 + half, sign, x + width - 8, sign)
    sheet.text('Signature', x + 8, sign + 3, { size: 6.5, color: MUTED })
    sheet.text('Date and stamp', x + 16 + half, sign + 3, { size: 6.5, color: MUTED })
  })
  sheet.y += height + GAP
}

export function officeLine(office: DocumentOffice): string {
  return office.name ? `${office.code} ${office.name}` : office.code
}

/** "Page N of M" and the dispatch on every page; drawn last, once the page count is known. */
export function footers(sheet: Sheet, form: FormInfo, data: DispatchDocumentData): void {
  const { start, count } = sheet.doc.bufferedPageRange()
  for (let i = 0; i < count; i++) {
    sheet.switchTo(start + i)
    sheet.line(LEFT, FOOTER_TOP, RIGHT, FOOTER_TOP)
    const y = FOOTER_TOP + 4
    const style = { size: 7.5, color: MUTED }
    sheet.text(`${form.form} ${form.title}`, LEFT, y, { ...style, width: 200 })
    sheet.text(data.dispatchId, PAGE_WIDTH / 2 - 80, y, { ...style, width: 160, align: 'center' })
    sheet.text(`Page ${i + 1} of ${count}`, RIGHT - 100, y, { ...style, width: 100, align: 'right' })
  }
}
