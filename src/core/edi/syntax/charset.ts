// The character repertoire each syntax identifier (UNB 1) declares. A partner who declares UNOA and sends
// lower case or Latin-1 letters has sent a file its own declaration says is wrong; the station reports
// where, instead of guessing what was meant.
import { ISO_8859_UPPER } from './charset-tables'

export interface SyntaxCharset {
  id: string
  /** How a person would describe the repertoire. */
  description: string
  /** Matches one character outside the repertoire. */
  outside: RegExp
  /** Whether a UTF-8 byte-order mark may precede the interchange. */
  allowsBom: boolean
}

const LEVEL_A = `A-Z0-9 .,\\-()/='+:?!"%&*;<>`
const LEVEL_A_WORDS = `upper-case letters A–Z, digits, space and . , - ( ) / = ' + : ? ! " % & * ; < >`

function hexClass(table: string): string {
  return table
    .trim()
    .split(/\s+/)
    .map((run) =>
      run
        .split('-')
        .map((h) => `\\u${h.padStart(4, '0')}`)
        .join('-'),
    )
    .join('')
}

function iso8859(id: string, part: string, name: string): SyntaxCharset {
  return {
    id,
    description: `${id} (ISO 8859-${part}, ${name})`,
    outside: new RegExp(`[^\\x20-\\x7E${hexClass(ISO_8859_UPPER[id] ?? '')}]`),
    allowsBom: false,
  }
}

function universal(id: string, description: string, extra = ''): SyntaxCharset {
  // Any Unicode character but controls and unpaired surrogates (which no encoding can carry).
  const except = extra ? `(?![${extra}])` : ''
  return { id, description, outside: new RegExp(`${except}[\\p{Cc}\\p{Cs}]`, 'u'), allowsBom: true }
}

const CHARSETS: readonly SyntaxCharset[] = [
  {
    id: 'UNOA',
    description: `UNOA (level A: ${LEVEL_A_WORDS})`,
    outside: new RegExp(`[^${LEVEL_A}]`),
    allowsBom: false,
  },
  {
    id: 'UNOB',
    description: `UNOB (level B: ${LEVEL_A_WORDS.replace('upper-case letters A–Z', 'letters A–Z and a–z')})`,
    outside: new RegExp(`[^${LEVEL_A}a-z]`),
    allowsBom: false,
  },
  {
    id: 'UNOC',
    description: 'UNOC (ISO 8859-1, Latin alphabet No. 1)',
    outside: /[^\x20-\x7E\xA0-\xFF]/,
    allowsBom: false,
  },
  iso8859('UNOD', '2', 'Latin alphabet No. 2'),
  iso8859('UNOE', '5', 'Latin/Cyrillic'),
  iso8859('UNOF', '7', 'Latin/Greek'),
  iso8859('UNOG', '3', 'Latin alphabet No. 3'),
  iso8859('UNOH', '4', 'Latin alphabet No. 4'),
  iso8859('UNOI', '6', 'Latin/Arabic'),
  iso8859('UNOJ', '8', 'Latin/Hebrew'),
  iso8859('UNOK', '9', 'Latin alphabet No. 5'),
  universal('UNOW', 'UNOW (ISO 10646, UTF-8)'),
  { ...universal('UNOX', 'UNOX (ISO 2022 code extension)', '\\x1B'), allowsBom: false },
  universal('UNOY', 'UNOY (ISO 10646 without code extension)'),
]

const BY_ID = new Map(CHARSETS.map((c) => [c.id, c]))

export const SYNTAX_IDS: readonly string[] = CHARSETS.map((c) => c.id)

export function syntaxCharset(id: string): SyntaxCharset | undefined {
  return BY_ID.get(id)
}

/** Index of the first character of `value` outside the repertoire, or -1. */
export function firstOutside(charset: SyntaxCharset, value: string): number {
  const m = charset.outside.exec(value)
  return m ? m.index : -1
}

const CONTROL_NAMES: Readonly<Record<number, string>> = {
  0x09: 'tab',
  0x0a: 'line feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x85: 'next line',
  0xa0: 'no-break space',
  0xfeff: 'byte-order mark',
}

/** `"é" (U+00E9)` or `U+000A (line feed)`: a character named so it can be found even if invisible. */
export function describeChar(value: string, index: number): string {
  const cp = value.codePointAt(index) ?? 0
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
  const name = CONTROL_NAMES[cp]
  if (name) return `${hex} (${name})`
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return `${hex} (a control character)`
  if (cp >= 0xd800 && cp <= 0xdfff) return `${hex} (half of a surrogate pair, not a character)`
  return `"${String.fromCodePoint(cp)}" (${hex})`
}
