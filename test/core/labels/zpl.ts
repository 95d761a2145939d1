// Reading the builders' ZPL back, written independently of src/ so that the tests check the builders rather
// than repeat them.
import { expect } from 'vitest'
import type { LabelZpl } from '../../../src/core/labels'

/** Undoes `^FH_` escaping: `_XX` bytes and UTF-8 characters, decoded as UTF-8 (`^CI28`). */
export function unescapeFieldData(payload: string): string {
  const bytes: number[] = []
  const encoder = new TextEncoder()
  for (let i = 0; i < payload.length;) {
    if (payload[i] === '_') {
      const hex = payload.slice(i + 1, i + 3)
      if (!/^[0-9A-F]{2}$/.test(hex)) throw new Error(`bad hex escape at ${i} in ${JSON.stringify(payload)}`)
      bytes.push(parseInt(hex, 16))
      i += 3
      continue
    }
    const ch = String.fromCodePoint(payload.codePointAt(i) ?? 0)
    bytes.push(...encoder.encode(ch))
    i += ch.length
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes))
}

/** The raw `^FD` payloads of a format, in order. */
export function rawFieldData(zpl: string): string[] {
  return [...zpl.matchAll(/\^FD([^^]*)\^FS/g)].map((m) => m[1] ?? '')
}

/** The texts of a format's text fields (barcodes excluded), unescaped. */
export function printedTexts(zpl: string): string[] {
  return [...zpl.matchAll(/\^A0N,\d+,\d+\^FH_\^FD([^^]*)\^FS/g)].map((m) => unescapeFieldData(m[1] ?? ''))
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1
}

/**
 * What must hold for any label, whatever its data: one format, no control command, every field hex-escaped,
 * and line breaks only between commands (so no text broke out of its field).
 */
export function expectSafeZpl(zpl: string): void {
  expect(count(zpl, '^XA')).toBe(1)
  expect(count(zpl, '^XZ')).toBe(1)
  expect(zpl).not.toContain('~')
  expect(count(zpl, '^FD')).toBe(count(zpl, '^FH_^FD'))
  for (const line of zpl.split('\n').filter((l) => l !== '')) expect(line.startsWith('^')).toBe(true)
  // eslint-disable-next-line no-control-regex
  expect(zpl).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/)
}

export interface BarcodeGeometry {
  /** The data the bars carry. */
  data: string
  xDots: number
  moduleDots: number
  heightDots: number
  /** Width of the bars in modules, counted from the field data: start, one per character, check, stop. */
  modules: number
  printWidthDots: number
}

/** The one Code 128 of a label, read back from its `^FO…^BY…^BC…^FD` field and `^PW`. */
export function barcodeGeometry(label: LabelZpl): BarcodeGeometry {
  const fields = [...label.zpl.matchAll(/\^FO(\d+),\d+\^BY(\d+)\^BCN,(\d+),N,N,N\^FH_\^FD>:([^^]*)\^FS/g)]
  expect(fields).toHaveLength(1)
  const [, x, moduleDots, height, fieldData] = fields[0] ?? []
  const data = unescapeFieldData(fieldData ?? '')
  const printWidth = /\^PW(\d+)/.exec(label.zpl)?.[1]
  return {
    data,
    xDots: Number(x),
    moduleDots: Number(moduleDots),
    heightDots: Number(height),
    modules: (data.length + 2) * 11 + 13,
    printWidthDots: Number(printWidth),
  }
}
