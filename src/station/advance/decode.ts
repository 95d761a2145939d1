// Bytes → text for ITMATT files. Accepted: UTF-8 (with or without BOM) and ISO-8859-1, as the XML
// declaration says (UTF-8 when it says nothing; CSV is always UTF-8). Anything else is refused before a
// character is read, and a byte that is not UTF-8 is refused with its offset: a file is read as what it
// says it is, never guessed at.
import { TextDecoder } from 'node:util'
import { ItmattError } from './errors'

export type TextEncoding = 'utf8' | 'latin1'

const ACCEPTED: Record<string, TextEncoding> = {
  'utf-8': 'utf8',
  utf8: 'utf8',
  'iso-8859-1': 'latin1',
  iso8859_1: 'latin1',
  'iso_8859-1': 'latin1',
  'iso8859-1': 'latin1',
  latin1: 'latin1',
  'latin-1': 'latin1',
}

/** How much of the start of a file the encoding check looks at: the XML declaration is within it. */
const HEAD = 512

/**
 * The encoding the start of an XML document (after any byte-order mark) declares,
 * `<?xml … encoding="…"?>`; null when it declares none. Throws for an encoding the station refuses.
 */
export function declaredEncoding(file: string, head: string): TextEncoding | null {
  const decl = /^<\?xml\s[^?>]*?\bencoding\s*=\s*(["'])([^"']*)\1/.exec(head)
  if (!decl) return null
  const name = decl[2]!
  const encoding = ACCEPTED[name.toLowerCase()]
  if (encoding) return encoding
  const column = decl.index + decl[0].length - name.length - 1
  throw new ItmattError(
    file,
    { line: 1, column: column + 1 },
    `the file declares encoding="${name}"; ITMATT files are read as UTF-8 or ISO-8859-1 only: save it as UTF-8`,
  )
}

function utf16(bytes: Uint8Array): boolean {
  const [a, b] = [bytes[0], bytes[1]]
  return (a === 0xfe && b === 0xff) || (a === 0xff && b === 0xfe) || a === 0 || (a === 0x3c && b === 0)
}

/** Offset of the first byte of the first invalid UTF-8 sequence in `bytes`; -1 when all is valid. */
export function invalidUtf8At(bytes: Uint8Array, final: boolean): number {
  const n = bytes.length
  let i = 0
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) lo = 0xa0
      else if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) lo = 0x90
      else if (b === 0xf4) hi = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return final ? i : -1
      const c = bytes[i + k]!
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i
    }
    i += need + 1
  }
  return -1
}

/** Length of an unfinished UTF-8 sequence at the end of `bytes` (0 to 3). */
function unfinishedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!
    if (b < 0x80) return 0
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2
      return length > back ? back : 0
    }
  }
  return 0
}

/** Decodes a file's bytes chunk by chunk into text, refusing what is not the declared encoding. */
export class ByteDecoder {
  private head: Uint8Array | null = new Uint8Array(0)
  private encoding: TextEncoding | null = null
  private decoder: TextDecoder | null = null
  private offset = 0
  private tail: Uint8Array = new Uint8Array(0)

  constructor(
    private readonly file: string,
    private readonly format: 'xml' | 'csv',
    /** A part of a file that starts after its head: the encoding the head declared, the first byte's offset. */
    part?: { encoding: TextEncoding; offset: number },
  ) {
    if (part) {
      this.head = null
      this.offset = part.offset
      this.use(part.encoding)
    }
  }

  /** The encoding chosen from the file's head; null until enough of it was read. */
  get chosen(): TextEncoding | null {
    return this.encoding
  }

  /** Text for the next bytes; may hold a few bytes back until the encoding is known. */
  push(chunk: Uint8Array): string {
    if (this.head !== null) {
      const joined = new Uint8Array(this.head.length + chunk.length)
      joined.set(this.head)
      joined.set(chunk, this.head.length)
      if (joined.length < HEAD) {
        this.head = joined
        return ''
      }
      this.head = null
      this.choose(joined)
      return this.decode(joined, false)
    }
    return this.decode(chunk, false)
  }

  end(): string {
    if (this.head !== null) {
      const head = this.head
      this.head = null
      this.choose(head)
      return this.decode(head, true)
    }
    return this.decode(new Uint8Array(0), true)
  }

  private choose(start: Uint8Array): void {
    if (utf16(start)) {
      throw new ItmattError(
        this.file,
        { byte: 0 },
        'the file is UTF-16 (or UTF-32); ITMATT files are read as UTF-8 or ISO-8859-1 only: save it as UTF-8',
      )
    }
    const bom = start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf ? 3 : 0
    let encoding: TextEncoding = 'utf8'
    if (this.format === 'xml') {
      const head = Buffer.from(start.subarray(bom, bom + HEAD)).toString('latin1')
      encoding = declaredEncoding(this.file, head) ?? 'utf8'
      if (bom > 0 && encoding !== 'utf8') {
        throw new ItmattError(
          this.file,
          { line: 1, column: 1 },
          'the file starts with a UTF-8 byte-order mark but declares ISO-8859-1',
        )
      }
    }
    this.use(encoding)
  }

  private use(encoding: TextEncoding): void {
    this.encoding = encoding
    if (encoding === 'utf8') this.decoder = new TextDecoder('utf-8', { fatal: true })
  }

  private decode(bytes: Uint8Array, final: boolean): string {
    const at = this.offset
    this.offset += bytes.length
    if (this.encoding === 'latin1')
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1')
    try {
      const text = this.decoder!.decode(bytes, { stream: !final })
      this.keepTail(bytes)
      return text
    } catch {
      throw this.invalid(bytes, at, final)
    }
  }

  /** The last three bytes read, where an unfinished sequence the next chunk completes starts. */
  private keepTail(bytes: Uint8Array): void {
    if (bytes.length >= 3) {
      this.tail = bytes.slice(bytes.length - 3)
      return
    }
    const joined = new Uint8Array(this.tail.length + bytes.length)
    joined.set(this.tail)
    joined.set(bytes, this.tail.length)
    this.tail = joined.slice(Math.max(0, joined.length - 3))
  }

  /** Finds the offending byte again, from the sequence the previous chunk left unfinished. */
  private invalid(bytes: Uint8Array, at: number, final: boolean): ItmattError {
    const carried = unfinishedTail(this.tail)
    const joined = new Uint8Array(carried + bytes.length)
    joined.set(this.tail.subarray(this.tail.length - carried))
    joined.set(bytes, carried)
    const found = invalidUtf8At(joined, final)
    const offset = at - carried + (found < 0 ? joined.length : found)
    const shown = Array.from(joined.subarray(Math.max(0, found), Math.max(0, found) + 4))
      .map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(' ')
    return new ItmattError(
      this.file,
      { byte: offset },
      `bytes ${shown} are not UTF-8; save the file as UTF-8${this.format === 'xml' ? ', or declare encoding="ISO-8859-1" if that is what it is' : ''}`,
    )
  }
}
