// Reads back what the tests need from a pdfkit PDF without a PDF library: the page count and, per page, the
// lines of text. pdfkit writes one content stream per page (deflated unless compress is off) and each text run
// as a TJ array of hex strings in WinAnsiEncoding.
import { inflateSync } from 'node:zlib'

/** Windows-1252 characters of 0x80–0x9F that the documents may use. */
const CP1252: Record<number, string> = { 0x80: '€', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”' }
Object.assign(CP1252, { 0x95: '•', 0x96: '–', 0x97: '—', 0x8c: 'Œ', 0x9c: 'œ', 0x8a: 'Š', 0x9a: 'š' })

export function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length
}

/** Raw content streams, inflated. */
export function contentStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1')
  const streams: string[] = []
  for (const m of text.matchAll(/\d+ 0 obj\s*<<((?:(?!endobj)[^])*?)>>\s*stream\n/g)) {
    const start = (m.index ?? 0) + m[0].length
    const length = Number(/\/Length (\d+)/.exec(m[1] ?? '')?.[1])
    const body = pdf.subarray(start, start + length)
    streams.push((m[1]?.includes('/FlateDecode') ? inflateSync(body) : body).toString('latin1'))
  }
  return streams
}

/** Hex strings of every TJ operator, as written. */
export function textRuns(stream: string): string[][] {
  return [...stream.matchAll(/\[([^\]]*)\] TJ/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<([0-9a-f]*)>/g)].map((h) => h[1] ?? ''),
  )
}

function decode(hex: string): string {
  let out = ''
  for (let i = 0; i < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16)
    out += CP1252[code] ?? String.fromCharCode(code)
  }
  return out
}

/** The text of each page, one line per text run. */
export function pageTexts(pdf: Buffer): string[] {
  return contentStreams(pdf).map((s) =>
    textRuns(s)
      .map((run) => run.map(decode).join(''))
      .join('\n'),
  )
}

export function allText(pdf: Buffer): string {
  return pageTexts(pdf).join('\n')
}
