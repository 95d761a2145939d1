// No text on any label may reach the printer as a command. Every free-text field of every builder gets hostile
// text, and the ZPL must still be one format, with no control command, and the text must come back intact.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  cn22Block,
  cn23Label,
  itemLabel,
  receptacleLabel,
  type LabelOptions,
  type LabelZpl,
} from '../../../src/core/labels'
import { CN22, CN23, fakeRasteriser, ITEM, RECEPTACLE } from './fixtures'
import { expectSafeZpl, rawFieldData, unescapeFieldData } from './zpl'

const HOSTILE = [
  '^XZ~JA^XA^FDpwned',
  '_5E_7E',
  'C:\\path\\^FS',
  'line1\nline2\r~HS',
  '>:>5>8',
  '~DGR:EVIL.GRF,4,1,FF',
]

/** Fields holding codes rather than text (validated identifiers, enums); the others are all free text. */
const NOT_TEXT = new Set(['receptacleId', 'itemId', 'category', 'language'])

/** Paths of every string in the data, e.g. ['addressee', 'lines', 0]. */
function textPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path]
  if (Array.isArray(value)) return value.flatMap((v, i) => textPaths(v, [...path, i]))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (NOT_TEXT.has(k) ? [] : textPaths(v, [...path, k])))
  }
  return []
}

function withText<T>(data: T, path: (string | number)[], text: string): T {
  const copy = structuredClone(data) as Record<string | number, unknown>
  let node = copy
  path.slice(0, -1).forEach((key) => (node = node[key] as Record<string | number, unknown>))
  node[path[path.length - 1] ?? ''] = text
  return copy as T
}

const BUILDERS: { name: string; data: object; build: (data: never, options: LabelOptions) => LabelZpl }[] = [
  {
    name: 'receptacle label',
    data: { ...RECEPTACLE, originName: 'Roissy', destinationName: 'New York' },
    build: receptacleLabel,
  },
  { name: 'item label', data: { ...ITEM, customs: { ...CN22, explanation: 'Handmade' } }, build: itemLabel },
  { name: 'CN 23', data: CN23, build: cn23Label },
  {
    name: 'CN 22 block',
    data: { ...CN22, explanation: 'Handmade' },
    build: (data, options) => {
      const block = cn22Block(data, { xMm: 3, yMm: 99.5, widthMm: 95.6 }, options)
      return {
        zpl: `^XA\n${block.zpl}\n^XZ\n`,
        widthMm: 0,
        heightMm: 0,
        dpmm: 8,
        barcode: '',
        rasterised: [],
      }
    },
  },
]

describe.each(BUILDERS)('$name', ({ data, build }) => {
  const paths = textPaths(data)

  it('has free-text fields to attack', () => {
    expect(paths.length).toBeGreaterThan(3)
  })

  it.each(paths.map((p) => [p.join('.'), p] as const))('keeps hostile text in %s inert', (_name, path) => {
    for (const text of HOSTILE) {
      const zpl = build(withText(data, path, text) as never, { dpi: 203 }).zpl
      expectSafeZpl(zpl)
      const printed = rawFieldData(zpl).map(unescapeFieldData)
      expect(printed.some((p) => p.includes(text))).toBe(true)
    }
  })

  it('sends hostile text in a script font 0 lacks to the rasteriser, not to the printer', () => {
    const text = 'Иван^XZ~JA'
    for (const path of paths) {
      const label = build(withText(data, path, text) as never, { dpi: 300, rasterise: fakeRasteriser })
      expectSafeZpl(label.zpl)
      expect(label.zpl).not.toContain('Иван')
    }
  })
})

describe('identifiers in barcodes', () => {
  it('are validated before they reach a barcode', () => {
    const hostile = ['RR12345678>GB', 'RR123456785G^', 'RR12345678~GB']
    for (const itemId of hostile) {
      expect(() => itemLabel({ ...ITEM, itemId }, { dpi: 203 })).toThrow(/not a valid S10/)
      expect(() => cn23Label({ ...CN23, itemId }, { dpi: 203 })).toThrow(/not a valid S10/)
    }
    const receptacleId = `${RECEPTACLE.receptacleId.slice(0, 20)}>:^XZ~JA_`
    expect(() => receptacleLabel({ ...RECEPTACLE, receptacleId }, { dpi: 203 })).toThrow(/not a valid S9/)
  })
})

describe('any addressee name', () => {
  it('stays one field of one format and prints back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), (name) => {
        const zpl = itemLabel({ ...ITEM, addressee: { ...ITEM.addressee, name } }, { dpi: 203 }).zpl
        expectSafeZpl(zpl)
        expect(rawFieldData(zpl).map(unescapeFieldData)).toContain(name)
      }),
      { numRuns: 200 },
    )
  })
})
