// Printer font 0 draws Latin script only; an addressee in Moscow, Algiers or Beijing would come out as empty
// boxes. Text outside these ranges is sent as a picture instead, when the station can draw one.

/**
 * Code point ranges (inclusive) taken as printable by ZPL font 0 under `^CI28`: Basic Latin, Latin-1 Supplement,
 * Latin Extended-A, and the dashes, curly quotes and euro sign. UNCONFIRMED: what each printer model's font 0
 * actually covers has not been checked on hardware; correct these ranges, not the code, when it is.
 */
export const FONT0_PRINTABLE_RANGES: readonly (readonly [first: number, last: number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x017f], // Latin-1 Supplement, Latin Extended-A
  [0x2013, 0x2014], // – —
  [0x2018, 0x2019], // ‘ ’
  [0x201c, 0x201d], // “ ”
  [0x20ac, 0x20ac], // €
]

// Control characters are escaped and printed as nothing by any font; they are no reason to draw a picture.
const CONTROL = /^\p{Cc}$/u

function printable(codePoint: number): boolean {
  return FONT0_PRINTABLE_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last)
}

/** True when some character of the text is one printer font 0 cannot print (see FONT0_PRINTABLE_RANGES). */
export function needsRaster(text: string): boolean {
  for (const ch of text) {
    if (!CONTROL.test(ch) && !printable(ch.codePointAt(0) ?? 0)) return true
  }
  return false
}
