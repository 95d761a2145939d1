import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ImportError } from '../../../src/station'
import { readCsv } from '../../../src/station/manifest/csv'

function records(text: string): Array<[number, string[]]> {
  const out: Array<[number, string[]]> = []
  readCsv(text, 'test.csv', (line, fields) => out.push([line, fields]))
  return out
}

function encode(field: string): string {
  return /[",\r\n]/.test(field) || field === '' ? `"${field.replace(/"/g, '""')}"` : field
}

describe('readCsv', () => {
  it('reads quoted fields holding commas, quotes and line breaks, numbering records by their first line', () => {
    const text =
      'itemId,sender\r\nRR473124829GB,"Dupont, Marie"\r\n\r\nRB123456785GB,"the ""Atelier""\nRoubaix"\nEE204815390TZ,x'
    expect(records(text)).toEqual([
      [1, ['itemId', 'sender']],
      [2, ['RR473124829GB', 'Dupont, Marie']],
      [4, ['RB123456785GB', 'the "Atelier"\nRoubaix']],
      [6, ['EE204815390TZ', 'x']],
    ])
  })

  it('drops a UTF-8 byte order mark and accepts LF, CRLF and CR line ends', () => {
    expect(records('\uFEFFa,b\nc,d\r\ne,f\rg,h\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['c', 'd']],
      [3, ['e', 'f']],
      [4, ['g', 'h']],
    ])
  })

  it('names the line of a quoted field that is never closed', () => {
    const error = (() => {
      try {
        records('a,b\nc,d\ne,"cut sho')
      } catch (e) {
        return e as ImportError
      }
    })()
    expect(error).toBeInstanceOf(ImportError)
    expect(error).toMatchObject({ line: 3 })
    expect(error!.message).toMatch(/test\.csv line 3: a quoted field is never closed/)
  })

  it('refuses text after a closing quote', () => {
    expect(() => records('a\n"x"y\n')).toThrow(/line 2: text follows a closing quote/)
  })

  it('reads back whatever it is given, field for field (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', 'é', '1') })
    const row = fc.array(field, { minLength: 2, maxLength: 5 })
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const text = rows.map((r) => r.map(encode).join(',')).join('\r\n')
        expect(records(text).map(([, fields]) => fields)).toEqual(rows)
      }),
    )
  })
})
