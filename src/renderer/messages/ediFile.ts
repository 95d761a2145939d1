// A partner's EDI file as text, read in the browser exactly as the station's mailbox reads it
// (src/station/exchange/mailbox.ts): UTF-8 when its UNB declares UNOW or UNOY and the bytes are valid
// UTF-8, else Latin-1, one character per byte, so nothing is lost and the engine sees every byte. Not
// TextDecoder('iso-8859-1'): browsers treat that label as windows-1252 and turn 0x80–0x9F into other
// characters, hiding the very bytes a quarantine must name.

export type EdiEncoding = 'utf8' | 'latin1'

/** As the contract takes it; a larger file is refused before it is sent. */
export const MAX_EDI_CHARS = 50_000_000

/** Every byte one character (U+0000–U+00FF). */
export function latin1(bytes: Uint8Array): string {
  const parts: string[] = []
  // In slices: String.fromCharCode with a very long argument list overflows the stack.
  for (let at = 0; at < bytes.length; at += 8192) {
    parts.push(String.fromCharCode(...bytes.subarray(at, at + 8192)))
  }
  return parts.join('')
}

/** The UNB is at the start (after a byte-order mark and a UNA at most), with any element separator. */
export function declaresUtf8(bytes: Uint8Array): boolean {
  return /UNB[^A-Za-z0-9]UNO[WY]/.test(latin1(bytes.subarray(0, 512)))
}

export function decodeEdiBytes(bytes: Uint8Array): { text: string; encoding: EdiEncoding } {
  if (declaresUtf8(bytes)) {
    try {
      // The byte-order mark is kept: the engine decides whether the declaration allows it.
      return {
        text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
        encoding: 'utf8',
      }
    } catch {
      // Declared UTF-8 but is not: read every byte, and let the engine say what is wrong.
    }
  }
  return { text: latin1(bytes), encoding: 'latin1' }
}
