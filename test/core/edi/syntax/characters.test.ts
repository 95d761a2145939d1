import { describe, expect, it } from 'vitest'
import { parseInterchange, SYNTAX_IDS } from '../../../../src/core/edi/syntax'
import { describeChar, syntaxCharset } from '../../../../src/core/edi/syntax/charset'
import { envelope } from './fixtures'

const ftx = (text: string, syntax: string) => parseInterchange(envelope([`FTX+AAI+++${text}'`], { syntax }))

describe('character repertoire of the syntax identifier', () => {
  it('knows the identifiers UNOA … UNOK, UNOW, UNOX, UNOY', () => {
    expect(SYNTAX_IDS).toEqual([
      'UNOA',
      'UNOB',
      'UNOC',
      'UNOD',
      'UNOE',
      'UNOF',
      'UNOG',
      'UNOH',
      'UNOI',
      'UNOJ',
      'UNOK',
      'UNOW',
      'UNOX',
      'UNOY',
    ])
  })

  it('lower case under UNOA is named where it is', () => {
    const { issues } = ftx('DAMAGED Bag', 'UNOA')
    expect(issues).toEqual([
      {
        message:
          `"a" (U+0061) at character 10 of FTX 4:1 is not in UNOA (level A: upper-case letters A–Z, digits, space ` +
          `and . , - ( ) / = ' + : ? ! " % & * ; < >); UNOA has no lower case (UNOB and UNOC have)`,
        line: 1,
        segment: 3,
        tag: 'FTX',
        element: 4,
        component: 1,
      },
    ])
  })

  it('Latin-1 text declared UNOA is recognised as such', () => {
    const { issues } = ftx('MÜLLER', 'UNOA')
    expect(issues[0]?.message).toMatch(
      /^"Ü" \(U\+00DC\) at character 2 of FTX 4:1 is not in UNOA .* may be Latin-1 text declared UNOA/,
    )
  })

  it('released service characters are data and must be in the repertoire: they are, under UNOA', () => {
    expect(ftx("O?'BRIEN ?+ SONS?: 50% ??", 'UNOA').issues).toEqual([])
  })

  it('UNOB has lower case but not Latin-1 letters', () => {
    expect(ftx('Damaged bag', 'UNOB').issues).toEqual([])
    expect(ftx('Zürich', 'UNOB').issues).toHaveLength(1)
  })

  it('UNOC takes Latin-1, refuses what lies beyond it', () => {
    expect(ftx('Zürich, Besançon, Ærø', 'UNOC').issues).toEqual([])
    expect(ftx('Łódź', 'UNOC').issues[0]?.message).toMatch(
      /^"Ł" \(U\+0141\) at character 1 of FTX 4:1 is not in UNOC \(ISO 8859-1, Latin alphabet No\. 1\); characters beyond Latin-1 need UNOW or UNOY/,
    )
  })

  it('the ISO 8859 parts take their own letters', () => {
    expect(ftx('Łódź', 'UNOD').issues).toEqual([])
    expect(ftx('МОСКВА №5', 'UNOE').issues).toEqual([])
    expect(ftx('ΑΘΗΝΑ', 'UNOF').issues).toEqual([])
    expect(ftx('İSTANBUL ğ', 'UNOK').issues).toEqual([])
    expect(ftx('ΑΘΗΝΑ', 'UNOE').issues).toHaveLength(1)
    expect(ftx('Ł', 'UNOK').issues).toHaveLength(1)
  })

  it('UNOW and UNOY take any character, astral ones included, but not an unpaired surrogate', () => {
    expect(ftx('東京 📦 Zürich', 'UNOW').issues).toEqual([])
    expect(ftx('東京 📦 Zürich', 'UNOY').issues).toEqual([])
    expect(ftx('BAG \uD83D', 'UNOW').issues[0]?.message).toContain(
      'U+D83D (half of a surrogate pair, not a character)',
    )
  })

  it('a control character inside data is an issue under every repertoire', () => {
    for (const id of ['UNOA', 'UNOC', 'UNOW']) {
      expect(ftx('LINE\tTAB', id).issues[0]?.message).toMatch(
        /^U\+0009 \(tab\) .*control characters are not data/,
      )
    }
  })

  it('lists ten offending components and counts the rest', () => {
    const body = Array.from({ length: 13 }, (_, i) => `FTX+AAI+++bag ${i}'`)
    const { issues } = parseInterchange(envelope(body, { syntax: 'UNOA' }))
    expect(issues).toHaveLength(11)
    expect(issues.at(-1)?.message).toBe(
      '3 more component(s) have characters outside UNOA; the first 10 are listed',
    )
  })

  it('unknown identifiers are reported in UNB and their data is not checked', () => {
    const { issues } = ftx('anything', 'UNOZ')
    expect(issues).toEqual([expect.objectContaining({ tag: 'UNB', element: 1, component: 1 })])
  })
})

describe('describeChar', () => {
  it('names visible and invisible characters by code point', () => {
    expect(describeChar('é', 0)).toBe('"é" (U+00E9)')
    expect(describeChar('a\nb', 1)).toBe('U+000A (line feed)')
    expect(describeChar('\u0085', 0)).toBe('U+0085 (next line)')
    expect(describeChar('\u0001', 0)).toBe('U+0001 (a control character)')
    expect(describeChar('📦', 0)).toBe('"📦" (U+1F4E6)')
  })

  it('only UTF-8 repertoires allow a byte-order mark', () => {
    expect(SYNTAX_IDS.filter((id) => syntaxCharset(id)?.allowsBom)).toEqual(['UNOW', 'UNOY'])
  })
})
