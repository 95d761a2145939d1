// ~HS and ~HQES replies as printers send them, byte for byte (STX 0x02, ETX 0x03, CRLF). Shaped from the
// ZPL guide's field layout, the docs.zebra.com ~HQES example and Ladder99's zebra-test.js string 3; not
// captured from a printer on this bench (none here).

/** A ZD/GK-class direct-thermal printer, idle: 9600 8N1, 1218-dot labels, tear-off. */
export const HS_READY =
  '\x02030,0,0,1218,000,0,0,0,000,0,0,0\x03\r\n' +
  '\x02000,0,0,0,0,2,4,0,00000000,1,000\x03\r\n' +
  '\x021234,0\x03\r\n'

/** Out of paper (and therefore paused), thermal transfer. */
export const HS_PAPER_OUT =
  '\x02030,1,1,1218,000,0,0,0,000,0,0,0\x03\r\n' +
  '\x02001,0,0,0,1,2,6,0,00000000,1,000\x03\r\n' +
  '\x021234,0\x03\r\n'

/** Every flag of strings 1 and 2 set; 2 formats and 15 labels pending; cutter mode; RAM installed. */
export const HS_ALL_FLAGS =
  '\x02506,1,1,0800,002,1,1,1,000,1,1,1\x03\r\n' +
  '\x02129,0,1,1,1,3,6,1,00000015,1,003\x03\r\n' +
  '\x020000,1\x03\r\n'

/** Without CRLF between the strings (some firmware), and an older string 2 without `www`. */
export const HS_NO_CRLF =
  '\x02030,0,0,1218,000,0,0,0,000,0,0,0\x03\x02000,0,0,1,0,1,4,0,00000000,1\x03\x021234\x03'

/** The docs.zebra.com example: errors head open + paused, warning "clean printhead". */
export const HQES_HEAD_OPEN =
  '\x02\r\nPRINTER STATUS\r\n   ERRORS:   1 00000000 00010004\r\n   WARNINGS: 1 00000000 00000002\r\n\x03\r\n'

export const HQES_OK =
  '\x02\r\nPRINTER STATUS\r\n   ERRORS:   0 00000000 00000000\r\n   WARNINGS: 0 00000000 00000000\r\n\x03\r\n'

/** Splits bytes into pieces of the given sizes (the rest in one last piece). */
export function chunks(text: string, ...sizes: number[]): Buffer[] {
  const bytes = Buffer.from(text, 'latin1')
  const out: Buffer[] = []
  let at = 0
  for (const size of sizes) {
    out.push(bytes.subarray(at, at + size))
    at += size
  }
  out.push(bytes.subarray(at))
  return out
}
