import { describe, expect, it } from 'vitest'
import { parseInterchange } from '../../../../src/core/edi/syntax'
import { envelope, PREDES_INTERCHANGE, PREDES_TEXT, withoutPositions } from './fixtures'

describe('parseInterchange: a PREDES from Paris-CDG to London Heathrow', () => {
  it('reads the whole interchange, releasing separators in the free text', () => {
    const { interchange, issues } = parseInterchange(PREDES_TEXT)
    expect(issues).toEqual([])
    expect(withoutPositions(interchange)).toStrictEqual(PREDES_INTERCHANGE)
  })

  it('remembers where each segment was: line, segment number (UNB = 1), offset of its tag', () => {
    const { interchange } = parseInterchange(PREDES_TEXT)
    const message = interchange?.messages[0]
    expect(message?.position).toEqual({ line: 3, segment: 2, offset: PREDES_TEXT.indexOf('UNH') })
    expect(message?.segments[0]?.position).toEqual({
      line: 4,
      segment: 3,
      offset: PREDES_TEXT.indexOf('BGM'),
    })
    expect(message?.segments.at(-1)?.position).toMatchObject({ line: 12, segment: 11 })
  })

  it('reads the same interchange with CRLF line endings, or none, or without UNA', () => {
    const expected = withoutPositions(parseInterchange(PREDES_TEXT).interchange)
    for (const text of [
      PREDES_TEXT.replaceAll('\n', '\r\n'),
      PREDES_TEXT.replaceAll('\n', ''),
      PREDES_TEXT.replace("UNA:+.? '\n", ''),
    ]) {
      const { interchange, issues } = parseInterchange(text)
      expect(issues).toEqual([])
      expect(withoutPositions(interchange)).toStrictEqual(expected)
    }
  })

  it('counts lines with CRLF endings', () => {
    const { interchange } = parseInterchange(PREDES_TEXT.replaceAll('\n', '\r\n'))
    expect(interchange?.messages[0]?.segments[0]?.position?.line).toBe(4)
  })

  it('reads the test indicator in UNB 11', () => {
    const text = PREDES_TEXT.replace("FR0000123'", "FR0000123++++++1'")
    const { interchange, issues } = parseInterchange(text)
    expect(issues).toEqual([])
    expect(interchange?.header.test).toBe(true)
  })

  it('keeps spaces inside data, leading and trailing ones included', () => {
    const { interchange, issues } = parseInterchange(envelope(["FTX+AAI+++  DAMAGED BAG  : SEAL 12 '"]))
    expect(issues).toEqual([])
    expect(interchange?.messages[0]?.segments[0]?.elements[3]).toEqual(['  DAMAGED BAG  ', ' SEAL 12 '])
  })
})

describe('parseInterchange: UNA service string advice', () => {
  it('uses the service characters UNA declares', () => {
    const text =
      'UNA|^,! ~UNB^UNOC|3^FRA01|ZZ^GBA01|ZZ^260314|1030^R1~UNH^7^PREDES|2|1|UP~FTX^A!^B|C!|D!!~UNT^3^7~UNZ^1^R1~'
    const { interchange, issues } = parseInterchange(text)
    expect(issues).toEqual([])
    expect(interchange?.service).toEqual({
      component: '|',
      element: '^',
      decimal: ',',
      release: '!',
      repetition: ' ',
      segment: '~',
    })
    expect(interchange?.messages[0]?.segments[0]?.elements).toEqual([['A^B', 'C|D!']])
  })

  it('a separator without UNA is named, so the partner knows to add one', () => {
    const { issues } = parseInterchange("UNB|UNOC:3|FRA01|GBA01|260314:1030|R1'")
    expect(issues[0]).toMatchObject({ line: 1, segment: 1, tag: 'UNB' })
    expect(issues[0]?.message).toMatch(/followed by "\|".*must start with UNA/)
  })

  it('refuses a UNA that makes a letter a separator, or uses one character twice', () => {
    expect(parseInterchange("UNAA+.? 'UNB+UNOC:3'").issues).toEqual([
      expect.objectContaining({ tag: 'UNA', element: 1, line: 1, message: expect.stringMatching(/letters/) }),
    ])
    const twice = parseInterchange("UNA:+.:  'UNB'")
    expect(twice.interchange).toBeNull()
    expect(twice.issues[0]).toMatchObject({ tag: 'UNA', element: 4 })
    expect(twice.issues[0]?.message).toContain(
      'release character ":" is also the component data element separator',
    )
  })

  it('a UNA cut short is reported', () => {
    expect(parseInterchange('UNA:+.').issues).toEqual([
      expect.objectContaining({ tag: 'UNA', message: expect.stringContaining('cut short') }),
    ])
  })

  it('a file of only UNA is reported, with or without a line break', () => {
    for (const text of ["UNA:+.? '", "UNA:+.? '\r\n"]) {
      const { interchange, issues } = parseInterchange(text)
      expect(interchange).toBeNull()
      expect(issues.map((i) => i.message)).toEqual(['the file holds a UNA and no segments after it'])
    }
  })

  it('reads level B files (UNOB, no UNA) with the information separators', () => {
    const text = [
      'UNB\x1DUNOB\x1F3\x1Dfra01\x1Dgba01\x1D260314\x1F1030\x1DR1',
      'UNH\x1D1\x1DPREDES\x1F2\x1F1\x1FUP',
    ]
      .concat(['FTX\x1Dsmall letters', 'UNT\x1D3\x1D1', 'UNZ\x1D1\x1DR1', ''])
      .join('\x1C')
    const { interchange, issues } = parseInterchange(text)
    expect(issues).toEqual([])
    expect(interchange?.header.sender.id).toBe('fra01')
    expect(interchange?.messages[0]?.segments[0]?.elements).toEqual([['small letters']])
  })
})

describe('parseInterchange: empty files and byte-order marks', () => {
  it.each(['', '\n', '\r\n\r\n'])('%j is an empty file', (text) => {
    expect(parseInterchange(text)).toEqual({
      interchange: null,
      issues: [expect.objectContaining({ message: 'the file is empty' })],
    })
  })

  it('accepts a UTF-8 byte-order mark on a UNOW or UNOY interchange', () => {
    for (const id of ['UNOW', 'UNOY']) {
      const { issues } = parseInterchange(`\uFEFF${envelope(["FTX+AAI+++Zürich Σ 東京'"], { syntax: id })}`)
      expect(issues).toEqual([])
    }
  })

  it('reports a byte-order mark on a UNOC interchange', () => {
    const { interchange, issues } = parseInterchange(`\uFEFF${PREDES_TEXT}`)
    expect(interchange).not.toBeNull()
    expect(issues).toEqual([
      expect.objectContaining({
        line: 1,
        message: expect.stringMatching(/byte-order mark .* UNB declares "UNOC"/),
      }),
    ])
  })

  it('recognises a UTF-8 byte-order mark decoded as Latin-1', () => {
    const { issues } = parseInterchange(`\u00EF\u00BB\u00BF${PREDES_TEXT}`)
    expect(issues).toEqual([expect.objectContaining({ message: expect.stringContaining('wrong encoding') })])
  })
})
