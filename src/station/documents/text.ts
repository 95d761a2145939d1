// The documents use Helvetica, one of the standard PDF fonts: nothing is embedded, so the files stay small and
// identical everywhere, but pdfkit writes its text in WinAnsiEncoding (Windows-1252) and does not check it. A
// character outside that set is written as a code above 255 and garbles the line. Every string drawn therefore
// goes through toWinAnsi: letters with a mark the set lacks lose the mark (ő → o, ș → s), a few letters without a
// decomposition are spelt out (ł → l), Cyrillic and Greek are transliterated (Москва → Moskva), and whatever is
// left (Chinese, Arabic, emoji…) becomes "?". The IMPC code beside every office name stays exact.

// Code points above Latin-1 that Windows-1252 has (pdfkit's WIN_ANSI_MAP).
const WIN_ANSI_EXTRA = new Set(
  [
    0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019,
    0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
  ].map((cp) => String.fromCodePoint(cp)),
)

function drawable(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(ch)
}

// Letters that do not decompose into a base letter and a mark, and common punctuation outside the set.
const SPELLED = new Map(
  'ł=l Ł=L đ=d Đ=D ħ=h Ħ=H ı=i ŀ=l Ŀ=L ŋ=n Ŋ=N ŧ=t Ŧ=T ſ=s ẞ=SS ə=e Ə=E ĸ=k ‐=- ‑=- ‒=- −=- ′=\' ″=" №=No.'
    .split(' ')
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const),
)

// Cyrillic and Greek, by a simple letter-for-letter romanisation (close to BGN/PCGN without its special cases).
const CYRILLIC_FROM = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґўђјљњћџѓќѕ'
const CYRILLIC_TO =
  'a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya i ye yi g w dj j lj nj c dz g k dz'
const GREEK_FROM = 'αβγδεζηθικλμνξοπρσςτυφχψω'
const GREEK_TO = 'a v g d e z i th i k l m n x o p r s s t y f ch ps o'

function table(from: string, to: string): Map<string, string> {
  const latin = to.split(' ')
  const map = new Map<string, string>()
  Array.from(from).forEach((lower, i) => {
    const out = latin[i] ?? '?'
    map.set(lower, out)
    const upper = lower.toUpperCase()
    if (upper !== lower) map.set(upper, out.charAt(0).toUpperCase() + out.slice(1))
  })
  return map
}

const ROMAN = new Map([...table(CYRILLIC_FROM, CYRILLIC_TO), ...table(GREEK_FROM, GREEK_TO)])
const PLAIN = /^[\x20-\x7e]*$/
const MARKS = /\p{M}/gu
const SPACE = /^\s$/u
const CONTROL = /^\p{Cc}$/u

function replacement(ch: string): string {
  if (SPACE.test(ch)) return ' '
  if (CONTROL.test(ch)) return ''
  // Before decomposing: й, ї, ў are letters of their own, not и, і, у with a mark.
  const direct = SPELLED.get(ch) ?? ROMAN.get(ch)
  if (direct !== undefined) return direct
  let out = ''
  for (const base of ch.normalize('NFD').replace(MARKS, '')) {
    out += drawable(base) ? base : (SPELLED.get(base) ?? ROMAN.get(base) ?? '?')
  }
  return out
}

/** The text with every character Helvetica (WinAnsiEncoding) cannot draw replaced, as described above. */
export function toWinAnsi(text: string): string {
  if (PLAIN.test(text)) return text
  let out = ''
  for (const ch of text.normalize('NFC')) out += drawable(ch) ? ch : replacement(ch)
  return out
}
