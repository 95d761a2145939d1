// Field data travels inside `^FD…^FS`, in the same byte stream as the commands. A `^` or `~` in an addressee's
// name would end the field and start a command (`~JA` cancels every queued label at once), so all field data
// is written after `^FH_` with anything the printer could read as syntax turned into `_XX` hex escapes.

/** The `^FH` hex indicator every field uses; it must itself be escaped inside the data. */
export const HEX_INDICATOR = '_'

// A lone UTF-16 surrogate has no UTF-8 form: TextEncoder would send U+FFFD, so do the same on purpose.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

function mustEscape(codePoint: number): boolean {
  return (
    codePoint < 0x20 || // control characters: CR/LF and friends have no business in a field
    codePoint === 0x7f ||
    codePoint === 0x5e || // ^ format prefix
    codePoint === 0x7e || // ~ control prefix
    codePoint === 0x5f || // _ the hex indicator itself
    codePoint === 0x5c // \ has meanings of its own in field blocks
  )
}

/** `_XX`, two uppercase hex digits, for one character below U+0080. */
export function hexEscape(codePoint: number): string {
  return `${HEX_INDICATOR}${codePoint.toString(16).toUpperCase().padStart(2, '0')}`
}

/**
 * Field data for use after `^FH_`: `^`, `~`, `_`, `\` and control characters (below U+0020, and U+007F) become
 * `_XX`; every other character passes through as itself, sent as UTF-8 under `^CI28`. UTF-8 never uses a byte
 * below 0x80 inside a multi-byte character, so no other character can smuggle a `^` or `~` to the printer.
 */
export function escapeFieldData(text: string): string {
  let out = ''
  for (const ch of text.replace(LONE_SURROGATE, '\uFFFD')) {
    const codePoint = ch.codePointAt(0) ?? 0
    out += mustEscape(codePoint) ? hexEscape(codePoint) : ch
  }
  return out
}
