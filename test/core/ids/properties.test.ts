import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countryList, impcList, mailSubclassList, serviceIndicatorList } from '../../../src/core/codelists'
import { buildDispatchId, buildReceptacleId, formatS10, identify, normalizeCode } from '../../../src/core/ids'
import type { DispatchIdParts, ReceptacleIdParts } from '../../../src/core/ids'

function pairsBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let a = from.charCodeAt(0); a <= to.charCodeAt(0); a++) {
    for (let b = 65; b <= 90; b++) {
      const pair = String.fromCharCode(a, b)
      if (pair >= from && pair <= to) out.push(pair)
    }
  }
  return out
}

const assigned = serviceIndicatorList.entries.filter((r) => r.status === 'assigned')
const serviceIndicator = fc.constantFrom(...assigned.flatMap((r) => pairsBetween(r.from, r.to)))
const serial = fc.integer({ min: 0, max: 99_999_999 }).map((n) => String(n).padStart(8, '0'))
const country = fc.constantFrom(...countryList.entries.map((c) => c.code))

const listedOffice = fc.constantFrom(...impcList.entries.map((o) => o.code))
const anyOffice = fc.stringMatching(/^[A-Z]{6}$/)
const dispatchParts = (office: fc.Arbitrary<string>): fc.Arbitrary<DispatchIdParts> =>
  fc.record({
    origin: office,
    destination: office,
    category: fc.constantFrom('A', 'B', 'C', 'D'),
    subclass: fc.constantFrom(...mailSubclassList.entries.map((s) => s.code)),
    year: fc.integer({ min: 0, max: 9 }),
    dispatchNumber: fc.integer({ min: 1, max: 9999 }),
  })
const receptacleParts = (office: fc.Arbitrary<string>): fc.Arbitrary<ReceptacleIdParts> =>
  fc
    .tuple(
      dispatchParts(office),
      fc.record({
        receptacleSerial: fc.integer({ min: 1, max: 999 }),
        highest: fc.constantFrom(true, false, null),
        registered: fc.constantFrom(true, false, null),
        // Tenths of a kilogram, as on the label; 0 and 9999 carry warnings of their own.
        weightKg: fc.integer({ min: 1, max: 9998 }).map((tenths) => tenths / 10),
      }),
    )
    .map(([dispatch, receptacle]) => ({ ...dispatch, ...receptacle }))

describe('S10 properties', () => {
  it('every well-formed item id with an assigned service and an ISO country is valid, with its fields', () => {
    fc.assert(
      fc.property(serviceIndicator, serial, country, (si, s, c) => {
        const id = formatS10(si, s, c)
        const result = identify(id)
        expect(result.kind).toBe('item')
        expect(result.valid).toBe(true)
        expect(result.errors).toEqual([])
        expect(result.warnings).toEqual([])
        expect(result.fields).toStrictEqual({
          serviceIndicator: si,
          service: expect.any(String),
          serial: s,
          checkDigit: Number(id[10]),
          country: c,
        })
      }),
    )
  })

  it('every other check digit is rejected as a check digit error', () => {
    fc.assert(
      fc.property(serviceIndicator, serial, country, (si, s, c) => {
        const id = formatS10(si, s, c)
        for (let digit = 0; digit <= 9; digit++) {
          if (String(digit) === id[10]) continue
          const result = identify(`${id.slice(0, 10)}${digit}${id.slice(11)}`)
          expect(result.valid).toBe(false)
          expect(result.errors.map((e) => e.code)).toEqual(['check_digit'])
          expect(result.fields).toMatchObject({ checkDigit: digit, serial: s })
        }
      }),
    )
  })

  it('reads the same id however a scanner or a person decorates it', () => {
    const decoration = fc.record({
      aim: fc.constantFrom('', ']C0', ']C1'),
      separator: fc.constantFrom('', ' ', '-', '\t'),
      lower: fc.boolean(),
      suffix: fc.constantFrom('', '\r', '\n', '\r\n', '\0'),
    })
    fc.assert(
      fc.property(serviceIndicator, serial, country, decoration, (si, s, c, d) => {
        const id = formatS10(si, s, c)
        const grouped = [id.slice(0, 2), id.slice(2, 5), id.slice(5, 8), id.slice(8, 11), id.slice(11)].join(
          d.separator,
        )
        const raw = `${d.aim}${d.lower ? grouped.toLowerCase() : grouped}${d.suffix}`
        const result = identify(raw)
        expect(result).toMatchObject({ input: raw, normalized: id, kind: 'item', valid: true })
        expect(result.symbology).toBe(d.aim === '' ? null : d.aim)
      }),
    )
  })
})

describe('S8/S9 properties', () => {
  it('every built dispatch id between two listed offices identifies as valid with the same fields', () => {
    fc.assert(
      fc.property(dispatchParts(listedOffice), (parts) => {
        fc.pre(parts.origin !== parts.destination)
        const result = identify(buildDispatchId(parts))
        expect(result).toMatchObject({ kind: 'dispatch', valid: true, errors: [], warnings: [] })
        expect(result.fields).toStrictEqual({ ...parts, mailClass: parts.subclass[0] })
      }),
    )
  })

  it('every built receptacle id between two listed offices identifies as valid with the same fields', () => {
    fc.assert(
      fc.property(receptacleParts(listedOffice), (parts) => {
        fc.pre(parts.origin !== parts.destination)
        const result = identify(buildReceptacleId(parts))
        expect(result).toMatchObject({ kind: 'receptacle', valid: true, errors: [], warnings: [] })
        expect(result.fields).toStrictEqual({ ...parts, mailClass: parts.subclass[0] })
      }),
    )
  })

  it('offices outside the list give warnings, never errors, and the same fields', () => {
    fc.assert(
      fc.property(receptacleParts(anyOffice), (parts) => {
        const result = identify(buildReceptacleId(parts))
        expect(result.kind).toBe('receptacle')
        expect(result.valid).toBe(true)
        expect(result.fields).toStrictEqual({ ...parts, mailClass: parts.subclass[0] })
        const allowed = ['unknown_office', 'unknown_country', 'same_office']
        for (const warning of result.warnings) expect(allowed).toContain(warning.code)
      }),
    )
  })
})

describe('normalisation and robustness properties', () => {
  const scannerish = fc.string({
    unit: fc.constantFrom(
      ']',
      'C',
      'c',
      '0',
      'd',
      '2',
      'E',
      ' ',
      '-',
      '\0',
      '\t',
      '\r',
      '\n',
      '\u00a0',
      'ı',
      '.',
      'r',
    ),
  })

  it('normalising twice gives the same result as normalising once', () => {
    fc.assert(
      fc.property(fc.oneof(scannerish, fc.string({ unit: 'binary' })), (raw) => {
        const once = normalizeCode(raw).normalized
        expect(normalizeCode(once).normalized).toBe(once)
      }),
      { numRuns: 1000 },
    )
  })

  it('identify never throws and keeps its promises for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(scannerish, fc.string({ unit: 'binary' }), fc.stringMatching(/^[A-Z0-9]{0,32}$/)),
        (raw) => {
          const result = identify(raw)
          expect(result.input).toBe(raw)
          expect(result.valid).toBe(result.errors.length === 0)
          if (result.kind === 'unknown') {
            expect(result.valid).toBe(false)
            expect(result.fields).toStrictEqual({})
          }
          for (const finding of [...result.errors, ...result.warnings]) expect(finding.message).toMatch(/\.$/)
        },
      ),
      { numRuns: 1000 },
    )
  })
})
