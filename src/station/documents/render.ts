// One pdfkit document per dispatch document, made reproducible: the creation and modification dates are the
// dispatch's closing time (pdfkit would take the clock), the file identifier pdfkit derives from them follows,
// only the standard Helvetica is used (no font subset with a random tag), and deflate has no randomness. So the
// same snapshot gives the same bytes on any machine and any day, which lets a reprint be compared with the
// original and lets tests pin the output.
import PDFDocument from 'pdfkit'
import type { FormInfo } from './forms'
import { instantOf } from './format'
import { continuationHeader, firstPageHeader, footers } from './sections'
import { PAGE_HEIGHT, PAGE_WIDTH, Sheet } from './sheet'
import type { DispatchDocumentData } from './types'

export interface RenderOptions {
  /** Deflate the page content (default true). Off, the text can be read in the file as is. */
  compress?: boolean
}

export async function renderDocument(
  form: FormInfo,
  data: DispatchDocumentData,
  options: RenderOptions,
  draw: (sheet: Sheet) => void,
): Promise<Buffer> {
  const closed = instantOf(data.closedAt)
  const doc = new PDFDocument({
    size: [PAGE_WIDTH, PAGE_HEIGHT],
    margin: 0,
    bufferPages: true,
    compress: options.compress ?? true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `${form.form} ${form.title} ${data.dispatchId}`,
      Subject: `Dispatch ${data.dispatchId} from ${data.origin.code} to ${data.destination.code}`,
      Author: data.origin.code,
      Creator: 'Post Station',
      Producer: 'Post Station (PDFKit)',
      CreationDate: closed,
      ModDate: closed,
    },
  })
  const chunks: Buffer[] = []
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const sheet = new Sheet(doc, (s) => continuationHeader(s, form, data))
  firstPageHeader(sheet, form, data)
  draw(sheet)
  footers(sheet, form, data)
  doc.end()
  return bytes
}
