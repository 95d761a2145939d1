import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SERVICE, encodeInterchange, parseInterchange } from '../../../../src/core/edi/syntax'
import { syntaxCharset } from '../../../../src/core/edi/syntax/charset'
import type { EdiIssue, EdiMessage, Interchange, Segment, ServiceChars } from '../../../../src/core/edi/types'
import { PREDES_INTERCHANGE, PREDES_TEXT, withoutPositions } from './fixtures'

const LEVEL_A = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/=\'+:?!"%&*;<>']
const LOWER = [...'abcdefghijklmnopqrstuvwxyz']
const LATIN1 = Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i))
const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', '¦', '§', '¤']

const ALPHABETS: Record<string, string[]> = {
  UNOA: LEVEL_A,
  UNOB: [...LEVEL_A, ...LOWER],
  UNOC: [...LEVEL_A, ...LOWER, ...PUNCTUATION, ...LATIN1],
  UNOW: [...LEVEL_A, ...LOWER, ...PUNCTUATION, ...LATIN1],
  UNOY: [...LEVEL_A, ...LOWER, ...PUNCTUATION, ...LATIN1],
}
const UNIVERSAL = new Set(['UNOW', 'UNOY'])

const customService: fc.Arbitrary<ServiceChars> = fc
  .record({
    chars: fc.uniqueArray(fc.constantFrom(...PUNCTUATION), { minLength: 5, maxLength: 5 }),
    repetitionUsed: fc.boolean(),
    decimal: fc.constantFrom('.', ','),
  })
  .map(({ chars: [component, element, release, repetition, segment], repetitionUsed, decimal }) => ({
    component: component!,
    element: element!,
    decimal,
    release: release!,
    repetition: repetitionUsed ? repetition! : ' ',
    segment: segment!,
  }))

const service = fc.oneof(fc.constant({ ...DEFAULT_SERVICE }), customService)

/** Characters for data under `id`: its alphabet, the service characters it contains, and beyond Latin-1 for UTF-8. */
function dataChar(id: string, svc: ServiceChars): fc.Arbitrary<string> {
  const charset = syntaxCharset(id)!
  const servicePart = Object.values(svc).filter((c) => !charset.outside.test(c))
  const listed = fc.constantFrom(...ALPHABETS[id]!, ...servicePart)
  if (!UNIVERSAL.has(id)) return listed
  const beyond = fc
    .integer({ min: 0x100, max: 0x10ffff })
    .filter((cp) => cp < 0xd800 || cp > 0xdfff)
    .map((cp) => String.fromCodePoint(cp))
  return fc.oneof({ arbitrary: listed, weight: 3 }, { arbitrary: beyond, weight: 1 })
}

const SERVICE_TAGS = new Set(['UNA', 'UNB', 'UNG', 'UNH', 'UNT', 'UNE', 'UNZ'])
const tag = fc.stringMatching(/^[A-Z0-9]{3}$/).filter((t) => !SERVICE_TAGS.has(t))

function text(char: fc.Arbitrary<string>, min: number, max: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: char, minLength: min, maxLength: max })
    .filter((s) => s.length >= min && s.length <= max)
}

function interchange(): fc.Arbitrary<Interchange> {
  return fc
    .record({ svc: service, id: fc.constantFrom(...Object.keys(ALPHABETS)), v4: fc.boolean() })
    .chain(({ svc, id, v4 }) => {
      const c = dataChar(id, svc)
      const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`))
      const segment: fc.Arbitrary<Segment> = fc.record({
        tag,
        elements: fc.array(fc.array(text(c, 0, 12), { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
      })
      const message: fc.Arbitrary<EdiMessage> = fc.record({
        header: fc.record({
          ref: text(c, 1, 14),
          type: text(c, 1, 6),
          version: text(c, 1, 3),
          release: text(c, 1, 3),
          agency: text(c, 1, 3),
          association: fc.option(text(c, 1, 6)),
        }),
        segments: fc.array(segment, { maxLength: 8 }),
      })
      return fc.record({
        service: fc.constant(svc),
        header: fc.record({
          syntax: fc.constant({ id, version: v4 ? '4' : '3' }),
          sender: fc.record({ id: text(c, 1, 35), qualifier: fc.option(text(c, 1, 4)) }),
          recipient: fc.record({ id: text(c, 1, 35), qualifier: fc.option(text(c, 1, 4)) }),
          prepared: fc.record({ date: digits(v4 ? 8 : 6), time: digits(4) }),
          controlRef: text(c, 1, 14),
          test: fc.boolean(),
        }),
        messages: fc.array(message, { maxLength: 3 }),
      })
    })
}

/** What EDIFACT can carry of a segment: trailing empty components and elements are not written. */
function trimmed(seg: Segment): Segment {
  const elements = seg.elements.map((components) => {
    let last = components.length - 1
    while (last > 0 && components[last] === '') last--
    return components.slice(0, last + 1)
  })
  while (elements.length > 0 && elements.at(-1)!.every((c) => c === '')) elements.pop()
  return { tag: seg.tag, elements }
}

function carried(generated: Interchange): Interchange {
  // fast-check builds records without a prototype; the parser returns plain objects.
  const ic = JSON.parse(JSON.stringify(generated)) as Interchange
  return {
    ...ic,
    messages: ic.messages.map((m) => ({ header: m.header, segments: m.segments.map(trimmed) })),
  }
}

function expectWellFormedIssues(issues: EdiIssue[]): void {
  for (const i of issues) {
    expect(i.message.length).toBeGreaterThan(0)
    for (const n of [i.line, i.segment, i.element, i.component]) {
      if (n !== null) expect(Number.isInteger(n) && n >= 1).toBe(true)
    }
  }
}

describe('round trip: encode → parse gives back the interchange', () => {
  it('for random segments full of separators, release characters, spaces and Unicode, any service characters', () => {
    fc.assert(
      fc.property(interchange(), fc.boolean(), fc.boolean(), (ic, una, newlines) => {
        const encoded = encodeInterchange(ic, { una, newlines })
        const { interchange: parsed, issues } = parseInterchange(encoded)
        expect(issues).toEqual([])
        expect(withoutPositions(parsed)).toStrictEqual(carried(ic))
      }),
      { numRuns: 400 },
    )
  })

  it('parse → encode → parse is stable for the PREDES fixture', () => {
    const first = parseInterchange(PREDES_TEXT).interchange!
    expect(encodeInterchange(first, { una: true, newlines: true })).toBe(PREDES_TEXT)
  })
})

describe('hostile input: never throws, never hangs, always explains', () => {
  it('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const { interchange: ic, issues } = parseInterchange(s)
        expectWellFormedIssues(issues)
        if (issues.length === 0) expect(ic).not.toBeNull()
      }),
      { numRuns: 1000 },
    )
  })

  it('strings made of EDIFACT service characters and envelope tags', () => {
    const pieces = fc.constantFrom(
      'UNA',
      'UNB',
      'UNH',
      'UNT',
      'UNZ',
      '+',
      ':',
      '?',
      "'",
      ' ',
      '\r\n',
      '\uFEFF',
      '1',
      'UNOC',
      '3',
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        expectWellFormedIssues(parseInterchange(parts.join('')).issues)
      }),
      { numRuns: 1000 },
    )
  })

  const custom = encodeInterchange(
    { ...PREDES_INTERCHANGE, service: { ...DEFAULT_SERVICE, component: '|', release: '!', segment: '~' } },
    { newlines: true },
  )

  it.each([
    ['the PREDES fixture', PREDES_TEXT],
    ['the PREDES fixture with CRLF', PREDES_TEXT.replaceAll('\n', '\r\n')],
    ['the PREDES fixture with other service characters', custom],
  ])('%s truncated at every position gives issues, never a shorter interchange', (_, full) => {
    const whole = withoutPositions(parseInterchange(full).interchange)
    for (let cut = 0; cut < full.length; cut++) {
      const { interchange: ic, issues } = parseInterchange(full.slice(0, cut))
      if (issues.length === 0) {
        // Only the line break after the last terminator may be cut without loss.
        expect(full.slice(cut)).toMatch(/^[\r\n]+$/)
        expect(withoutPositions(ic)).toStrictEqual(whole)
      }
    }
  })

  it('character flips, insertions and deletions in a valid file', () => {
    const edit = fc.record({
      at: fc.nat({ max: PREDES_TEXT.length - 1 }),
      kind: fc.constantFrom('flip', 'insert', 'delete'),
      char: fc.oneof(
        fc.constantFrom("'", '+', ':', '?', '\n', '\uFEFF', 'é', '\uD800'),
        fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      ),
    })
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let s = PREDES_TEXT
        for (const { at, kind, char } of edits) {
          const i = Math.min(at, s.length)
          s = s.slice(0, i) + (kind === 'delete' ? '' : char) + s.slice(kind === 'insert' ? i : i + 1)
        }
        const { issues } = parseInterchange(s)
        expectWellFormedIssues(issues)
      }),
      { numRuns: 2000 },
    )
  })
})
